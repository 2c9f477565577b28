package io.lambdasim.workload.importer.logs;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timestamps of log records: ISO-8601 date and time with a {@code T} or a space, a fraction of up to nine digits
 * (kept to the microsecond, truncated), and an optional zone ({@code Z}, {@code +00:00}, {@code +0100}, {@code +01},
 * {@code UTC}): {@code 2026-03-02T10:01:07.112000+00:00} as {@code aws logs tail} prints it,
 * {@code 2026-03-02 10:01:07.112} as Logs Insights does. A timestamp without a zone is UTC; whether a file may mix
 * both kinds is {@link ImportContext}'s business.
 */
final class LogTimestamps {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2}):(\\d{2})(?:[.,](\\d{1,9}))?"
                    + " ?(Z|z|UTC|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME =
            Pattern.compile("\\d{2}:\\d{2}:\\d{2}([.,]\\d{1,9})?(Z|z|[+-]\\d{2}(:?\\d{2})?)?");
    private static final long US_PER_S = 1_000_000L;
    private static final String UTC = "+00:00";

    /**
     * A timestamp read from a file.
     *
     * @param epochUs UTC epoch microseconds
     * @param offset  the zone it was written with, normalised ({@code +00:00}, {@code +01:00}), or null if it had none
     */
    record Stamp(long epochUs, String offset) {
    }

    private LogTimestamps() {
    }

    /** Whether {@code token} is a whole timestamp (date, {@code T}, time). */
    static boolean isTimestamp(String token) {
        return startsWithDate(token) && token.length() > 10 && ISO.matcher(token).matches();
    }

    /** Whether {@code a} is a date and {@code b} a time, as in {@code 2026-03-02 10:01:07.112}. */
    static boolean isDateThenTime(String a, String b) {
        return a.length() == 10 && startsWithDate(a) && DATE.matcher(a).matches() && TIME.matcher(b).matches();
    }

    /** A cheap test before the regular expression: {@code dddd-dd-dd...}. */
    private static boolean startsWithDate(String s) {
        return s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && Character.isDigit(s.charAt(0));
    }

    /** Parses {@code text}; a {@link FieldException} on {@code field} if it is not a valid timestamp. */
    static Stamp parse(String field, String text) {
        String t = text.strip();
        Matcher m = ISO.matcher(t);
        if (!m.matches()) {
            throw new FieldException(field, "not a timestamp: " + LogValues.quote(t)
                    + " (expected ISO-8601 such as 2026-03-02T10:01:07.112Z)");
        }
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)));
            String offset = offset(m.group(8));
            long seconds = local.toEpochSecond(offset == null || offset.equals(UTC) ? ZoneOffset.UTC
                    : ZoneOffset.of(offset));
            return new Stamp(Math.addExact(Math.multiplyExact(seconds, US_PER_S), micros(m.group(7))), offset);
        } catch (DateTimeException | ArithmeticException e) {
            throw new FieldException(field, "not a valid date and time: " + LogValues.quote(t));
        }
    }

    /** Epoch milliseconds (as {@code filter-log-events} gives them) to microseconds. */
    static long epochMsToUs(String field, String text) {
        try {
            return Math.multiplyExact(LogValues.whole(field, text), 1_000L);
        } catch (ArithmeticException e) {
            throw new FieldException(field, "too large: " + LogValues.quote(text));
        }
    }

    private static long micros(String fraction) {
        if (fraction == null) {
            return 0;
        }
        String six = (fraction + "00000").substring(0, 6);
        return Long.parseLong(six);
    }

    private static String offset(String zone) {
        if (zone == null) {
            return null;
        }
        if (zone.equalsIgnoreCase("Z") || zone.equals("UTC") || zone.equals(UTC)) {
            return UTC;
        }
        String digits = zone.substring(1).replace(":", "");
        String hh = digits.substring(0, 2);
        String mm = digits.length() >= 4 ? digits.substring(2, 4) : "00";
        return zone.charAt(0) + hh + ":" + mm;
    }
}
