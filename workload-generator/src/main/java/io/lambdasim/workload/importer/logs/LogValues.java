package io.lambdasim.workload.importer.logs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * The numbers of log records, read exactly: decimal milliseconds to microseconds through {@link BigDecimal} (never
 * {@code double}), whole milliseconds, megabytes, and Logs Insights' bytes (10^6 per MB). Every failure is a
 * {@link FieldException} naming the field and quoting the value.
 */
final class LogValues {

    /** A plain or exponent-form decimal ({@code 118.04}, {@code 6.7E7}). */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /** Integer digits beyond this cannot fit a long (and would make BigDecimal scale absurdly). */
    private static final int MAX_INTEGER_DIGITS = 18;
    private static final int MAX_QUOTED = 40;
    private static final BigDecimal BYTES_PER_MB = BigDecimal.valueOf(1_000_000);

    private LogValues() {
    }

    /** A non-negative decimal number of milliseconds as microseconds, rounded half up to the microsecond. */
    static long msToUs(String field, String text) {
        long fast = plainMsToUs(text);
        if (fast >= 0) {
            return fast;
        }
        BigDecimal ms = nonNegative(field, text);
        return ms.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A non-negative whole number ({@code 119}, {@code 119.0} and {@code 1.19E2} are all 119). */
    static long whole(String field, String text) {
        if (isDigits(text)) {
            return Long.parseLong(text);
        }
        BigDecimal d = nonNegative(field, text);
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            throw new FieldException(field, "not a whole number: " + quote(text));
        }
        return d.longValueExact();
    }

    /** A whole number of megabytes, at most {@link Integer#MAX_VALUE}. */
    static int wholeMb(String field, String text) {
        long mb = whole(field, text);
        if (mb > Integer.MAX_VALUE) {
            throw new FieldException(field, "too large: " + quote(text));
        }
        return (int) mb;
    }

    /** Logs Insights' memory fields: bytes, 10^6 per MB ({@code 1024000000} is 1024 MB). */
    static int mbFromBytes(String field, String text) {
        BigDecimal bytes = nonNegative(field, text);
        BigDecimal mb = bytes.divide(BYTES_PER_MB);
        if (mb.signum() != 0 && mb.stripTrailingZeros().scale() > 0) {
            throw new FieldException(field, quote(text) + " is not a whole number of MB in bytes (Logs Insights "
                    + "counts 10^6 bytes per MB: 1024 MB is 1024000000)");
        }
        if (mb.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new FieldException(field, "too large: " + quote(text));
        }
        return mb.intValueExact();
    }

    /**
     * The fast path of {@link #msToUs} for what logs hold almost always, digits with at most three decimals
     * ({@code 118.04}): exact µs, or -1 to take the general path.
     */
    private static long plainMsToUs(String t) {
        int n = t.length();
        int dot = t.indexOf('.');
        int intEnd = dot < 0 ? n : dot;
        if (intEnd == 0 || intEnd > 12 || (dot >= 0 && (n - dot - 1 > 3 || n - dot - 1 == 0))) {
            return -1;
        }
        long us = 0;
        for (int i = 0; i < intEnd; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            us = us * 10 + (c - '0');
        }
        long frac = 0;
        int digits = 0;
        for (int i = intEnd + 1; i < n; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            frac = frac * 10 + (c - '0');
            digits++;
        }
        for (; digits < 3; digits++) {
            frac *= 10;
        }
        return us * 1000 + frac;
    }

    private static boolean isDigits(String t) {
        int n = t.length();
        if (n == 0 || n > 18) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal nonNegative(String field, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new FieldException(field, "empty");
        }
        if (!NUMBER.matcher(t).matches()) {
            throw new FieldException(field, "not a number: " + quote(t));
        }
        BigDecimal d = new BigDecimal(t);
        if (d.signum() < 0) {
            throw new FieldException(field, "negative: " + quote(t));
        }
        if (d.precision() - d.scale() > MAX_INTEGER_DIGITS) {
            throw new FieldException(field, "too large: " + quote(t));
        }
        return d;
    }

    /**
     * {@code text} in single quotes for a message: tabs shown as {@code \t}, other control characters and
     * undecodable bytes as {@code ?}, cut after
     * {@value #MAX_QUOTED} characters (binary junk stays readable).
     */
    static String quote(String text) {
        StringBuilder b = new StringBuilder("'");
        int n = Math.min(text.length(), MAX_QUOTED);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                b.append("\\t");
            } else {
                b.append(Character.isISOControl(c) || c == '\uFFFD' ? '?' : c);
            }
        }
        if (text.length() > MAX_QUOTED) {
            b.append("...");
        }
        return b.append('\'').toString();
    }
}
