package io.lambdasim.workload.generator;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Growth (or decline) of the rate over the simulated period, a factor of 1 at time 0 that changes by {@code perMonth}
 * each month of 30 days:
 * <ul>
 *   <li>{@link Shape#EXPONENTIAL}: compound growth, {@code (1 + perMonth)^(t / 30 d)}: +20 % a month is 1.2 after a
 *       month, 1.44 after two;</li>
 *   <li>{@link Shape#LINEAR}: a straight ramp, {@code 1 + perMonth · t / 30 d}: +20 % a month is 1.2 after a month, 1.4
 *       after two; a decline stops at 0.</li>
 * </ul>
 *
 * @param perMonth the change a month, above -1 (-100 %) and at most 10 (+1,000 %): 0.2 for +20 %
 * @param shape    compound or straight
 */
public record Growth(double perMonth, Shape shape) implements RateFactor {

    /** How the growth accumulates. */
    public enum Shape {
        /** {@code (1 + perMonth)^months}. */
        EXPONENTIAL,
        /** {@code 1 + perMonth · months}, at least 0. */
        LINEAR
    }

    /** The month growth is stated for: 30 days, in µs. */
    public static final long MONTH_US = 30 * LocalTimeline.DAY_US;
    /** The largest growth a month accepted (+1,000 %). */
    public static final double MAX_PER_MONTH = 10;

    public Growth {
        Objects.requireNonNull(shape, "shape");
        if (!(perMonth > -1 && perMonth <= MAX_PER_MONTH)) {
            throw new IllegalArgumentException("growth per month must be above -1 (-100 %) and at most "
                    + (int) MAX_PER_MONTH + ", was " + perMonth);
        }
    }

    /** Compound growth of {@code perMonth} a month. */
    public static Growth exponential(double perMonth) {
        return new Growth(perMonth, Shape.EXPONENTIAL);
    }

    /** A straight ramp of {@code perMonth} a month. */
    public static Growth linear(double perMonth) {
        return new Growth(perMonth, Shape.LINEAR);
    }

    @Override
    public String describe() {
        String percent = BigDecimal.valueOf(perMonth).movePointRight(2).stripTrailingZeros().toPlainString();
        return (perMonth >= 0 ? "+" : "") + percent + " % a month" + (shape == Shape.LINEAR ? " (linear)" : "");
    }
}
