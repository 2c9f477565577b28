package io.lambdasim.model.billing;

import java.math.BigDecimal;

/** Plain-text rendering of exact quantities, the same in the app, the command line and reports. */
public final class Numbers {

    private Numbers() {
    }

    /**
     * A decimal with comma thousands separators, keeping its own scale and never using exponent notation:
     * 2419200 → "2,419,200", 0.40 → "0.40", 1234.5678 → "1,234.5678".
     */
    public static String grouped(BigDecimal value) {
        String plain = value.toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder sb = new StringBuilder(plain.length() + intPart.length() / 3 + 1);
        if (negative) {
            sb.append('-');
        }
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (intPart.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(intPart.charAt(i));
        }
        if (dot >= 0) {
            sb.append(plain, dot, plain.length());
        }
        return sb.toString();
    }
}
