package io.lambdasim.workload.importer.traces;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Parsing of the numbers public traces hold, with the reason a field is unusable as the exception's message. */
final class Fields {

    private static final int SHOWN_MAX = 40;
    private static final BigDecimal MICROS_PER_SECOND = BigDecimal.valueOf(1_000_000L);

    /** A field that cannot be used; the message is the reason, without file, line or field name. */
    static final class BadField extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BadField(String reason) {
            super(reason, null, false, false);
        }
    }

    private Fields() {
    }

    /**
     * A count written as a whole number ({@code 17}); {@code 17.0}, as pandas writes a column that has empty cells,
     * is accepted too.
     *
     * @param what what is counted, for messages ("invocations", "requests")
     * @throws BadField if empty, not a number, not whole, negative or too large
     */
    static long count(String text, String what) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new BadField("is empty; expected a whole number of " + what);
        }
        if (t.length() <= 18 && allDigits(t)) {
            return Long.parseLong(t);
        }
        BigDecimal value = decimal(t);
        if (value == null) {
            throw new BadField(shown(t) + " is not a whole number of " + what);
        }
        if (value.signum() < 0) {
            throw new BadField(shown(t) + " is negative; a count of " + what + " cannot be");
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw new BadField(shown(t) + " is not a whole number of " + what);
        }
        if (value.precision() - value.scale() > 19) {
            throw new BadField(shown(t) + " is too large for a count of " + what);
        }
        try {
            return value.toBigIntegerExact().longValueExact();
        } catch (ArithmeticException e) {
            throw new BadField(shown(t) + " is too large for a count of " + what);
        }
    }

    /**
     * A non-negative decimal number (plain or with an exponent).
     *
     * @param what what it measures, for messages ("seconds", "milliseconds")
     * @throws BadField if empty, not a number or negative
     */
    static BigDecimal nonNegative(String text, String what) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new BadField("is empty; expected a number of " + what);
        }
        BigDecimal value = decimal(t);
        if (value == null) {
            throw new BadField(shown(t) + " is not a number of " + what);
        }
        if (value.signum() < 0) {
            throw new BadField(shown(t) + " is negative; a number of " + what + " cannot be");
        }
        return value;
    }

    /** Like {@link #nonNegative} but an empty field is NaN (not recorded). */
    static double optionalMillis(String text) {
        if (text.isBlank()) {
            return Double.NaN;
        }
        return nonNegative(text, "milliseconds").doubleValue();
    }

    /** Seconds to microseconds, rounded to the nearest, halves up. */
    static long secondsToMicros(BigDecimal seconds) {
        if (seconds.precision() - seconds.scale() > 12) {
            throw new BadField(shown(seconds.toString()) + " is too large a number of seconds");
        }
        if (seconds.signum() == 0 || seconds.scale() - seconds.precision() > 10) {
            return 0L; // below 1e-10 s: rounds to 0 µs (and avoids scaling absurd exponents)
        }
        try {
            return seconds.multiply(MICROS_PER_SECOND).setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException e) {
            throw new BadField(shown(seconds.toPlainString()) + " is too large a number of seconds");
        }
    }

    /** The text as a message shows it: quoted, control characters escaped, long texts cut. */
    static String shown(String text) {
        StringBuilder b = new StringBuilder("\"");
        int n = Math.min(text.length(), SHOWN_MAX);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\uFFFD') {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        if (text.length() > SHOWN_MAX) {
            b.append("...");
        }
        return b.append('"').toString();
    }

    private static BigDecimal decimal(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            // BigDecimal accepts only ASCII digits, sign, point and exponent: refuse anything else up front
            // (it would also accept non-ASCII digits).
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return null;
            }
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean allDigits(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
