package io.lambdasim.workload.importer.cloudwatch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timestamps as CloudWatch exports write them, read to UTC epoch microseconds: epoch seconds (the API form; numbers of
 * 100,000,000,000 or more are epoch milliseconds), ISO-8601 with {@code Z} or an offset (the CLI form), and date-times
 * without a zone (read in an assumed offset, UTC unless a CSV header names one).
 */
final class CloudWatchTime {

    /** Epoch numbers at least this large are milliseconds (as seconds they would be after the year 5000). */
    static final BigDecimal MILLIS_FROM = new BigDecimal("100000000000");

    private static final BigDecimal MICROS_PER_SECOND = BigDecimal.valueOf(1_000_000L);
    private static final BigDecimal MICROS_PER_MILLI = BigDecimal.valueOf(1_000L);
    private static final Pattern EPOCH = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
                    + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{2}):?(\\d{2})?");

    /** How a timestamp gave its zone. */
    enum Zone {
        /** Epoch seconds or milliseconds: UTC by definition. */
        EPOCH,
        /** {@code Z}, {@code +00:00}, {@code UTC}. */
        UTC,
        /** A non-zero offset, converted. */
        OFFSET,
        /** No zone: read in the assumed offset. */
        NONE
    }

    /**
     * A timestamp read.
     *
     * @param us     UTC epoch microseconds
     * @param zone   how its zone was given
     * @param offset the offset applied ("+01:00"), "Z" for UTC and epoch
     */
    record Stamp(long us, Zone zone, String offset) {
    }

    private CloudWatchTime() {
    }

    /** An epoch number (the API form): seconds, or milliseconds from {@link #MILLIS_FROM}. */
    static Stamp epoch(BigDecimal number) {
        if (number.signum() < 0) {
            throw new IllegalArgumentException("negative epoch time " + number.toPlainString());
        }
        BigDecimal us = number.compareTo(MILLIS_FROM) >= 0 ? number.multiply(MICROS_PER_MILLI)
                : number.multiply(MICROS_PER_SECOND);
        try {
            return new Stamp(us.setScale(0, RoundingMode.HALF_UP).longValueExact(), Zone.EPOCH, "Z");
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("epoch time " + number.toPlainString() + " is out of range");
        }
    }

    /**
     * Text: digits (epoch), or an ISO-8601 date-time ({@code T} or a space between date and time, seconds and
     * fractions optional, {@code Z}, {@code UTC}, {@code GMT} or {@code ±hh[:mm]} optional).
     *
     * @param assumed the offset for date-times without a zone
     * @throws IllegalArgumentException with the reason, which does not repeat the text
     */
    static Stamp parse(String text, ZoneOffset assumed) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty timestamp");
        }
        if (EPOCH.matcher(t).matches()) {
            return epoch(new BigDecimal(t));
        }
        Matcher m = DATE_TIME.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a timestamp (expected ISO-8601 such as 2026-03-02T10:01:00Z, "
                    + "or epoch seconds)");
        }
        LocalDateTime local;
        try {
            int nanos = 0;
            if (m.group(7) != null) {
                nanos = Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
            }
            local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a valid date-time (" + e.getMessage() + ")");
        }
        String zone = m.group(8);
        Zone kind;
        ZoneOffset offset;
        if (zone == null) {
            kind = Zone.NONE;
            offset = assumed;
        } else if (zone.equalsIgnoreCase("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            kind = Zone.UTC;
            offset = ZoneOffset.UTC;
        } else {
            offset = offset(zone);
            kind = offset.getTotalSeconds() == 0 ? Zone.UTC : Zone.OFFSET;
        }
        Instant instant = local.toInstant(offset);
        long us = Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
        return new Stamp(us, kind, offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
    }

    /** {@code +01:00}, {@code -0500}, {@code +01}. */
    static ZoneOffset offset(String text) {
        Matcher m = OFFSET.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an offset: " + text);
        }
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            return m.group(1).equals("-") ? ZoneOffset.ofHoursMinutes(-hours, -minutes)
                    : ZoneOffset.ofHoursMinutes(hours, minutes);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("offset " + text + " is out of range");
        }
    }

    /** ISO-8601 UTC text of epoch microseconds, for messages. */
    static String format(long us) {
        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000L).toString();
    }
}
