package io.lambdasim.workload.generator;

import java.math.BigDecimal;

/** Numbers in descriptions. */
final class Numbers {

    private Numbers() {
    }

    /** A double as short plain text: {@code 4}, {@code 0.2}, {@code 1000000} (not {@code 1.0E6}). */
    static String plain(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
