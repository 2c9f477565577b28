package io.lambdasim.workload.time;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time spans written as text ({@code "120ms"}, {@code "1.5s"}, {@code "10min"}) converted exactly to the simulation's
 * unit, a {@code long} count of microseconds (ADR 0002), and back.
 *
 * <p>A span is a non-negative decimal number (digits, at most one decimal point, no sign, no exponent) followed by a
 * unit: {@code us} or {@code µs} (microseconds), {@code ms}, {@code s}, {@code m} or {@code min}, {@code h},
 * {@code d}. Whitespace around the number and between the number and the unit is allowed. Units are lower case
 * ({@code M} could mean months). The conversion goes through {@link BigDecimal}, never through {@code double}, and
 * rounds once to the nearest microsecond, halves up ({@code "0.0005ms"} is 1 µs).
 */
public final class TimeSpans {

    /** The units a span may be written in, for error messages. */
    public static final String UNITS = "us (or µs), ms, s, m (or min), h, d";

    private static final Pattern SPAN = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*(\\p{L}*)");
    private static final BigInteger MAX_US = BigInteger.valueOf(Long.MAX_VALUE);

    private static final long US_PER_MS = 1_000L;
    private static final long US_PER_S = 1_000_000L;
    private static final long US_PER_MIN = 60L * US_PER_S;
    private static final long US_PER_H = 60L * US_PER_MIN;
    private static final long US_PER_D = 24L * US_PER_H;

    /** Units used when formatting, largest first. */
    private static final long[] FORMAT_FACTORS = {US_PER_D, US_PER_H, US_PER_MIN, US_PER_S, US_PER_MS, 1L};
    private static final String[] FORMAT_SUFFIXES = {"d", "h", "min", "s", "ms", "us"};
    private static final int FORMAT_MAX_DECIMALS = 2;

    private TimeSpans() {
    }

    /**
     * Parses a span that names its unit ({@code "120ms"}, {@code "1.5s"}) into microseconds.
     *
     * @throws IllegalArgumentException naming the text if it is not a span, has no unit or an unknown one, is
     *     negative, or exceeds {@link Long#MAX_VALUE} µs
     */
    public static long parseUs(String text) {
        return parseUs(text, null);
    }

    /**
     * Parses a span into microseconds; a plain number ({@code "250"}) is read in {@code defaultUnit}, which must be
     * one of {@code MICROS}, {@code MILLIS}, {@code SECONDS}, {@code MINUTES}, {@code HOURS}, {@code DAYS}, or
     * {@code null} to require a unit.
     *
     * @throws IllegalArgumentException as {@link #parseUs(String)}, or if {@code defaultUnit} is another unit
     */
    public static long parseUs(String text, ChronoUnit defaultUnit) {
        Objects.requireNonNull(text, "text");
        Long defaultFactor = defaultUnit == null ? null : factorOf(defaultUnit);
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("\"" + text + "\" is empty; write a time span, for example 120ms");
        }
        if (trimmed.startsWith("-")) {
            throw new IllegalArgumentException("\"" + text + "\" is negative; a time span cannot be");
        }
        Matcher m = SPAN.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a time span; write a number and a unit, "
                    + "for example 120ms or 1.5s (units: " + UNITS + ")");
        }
        String number = m.group(1);
        String unit = m.group(2);
        long factor;
        if (unit.isEmpty()) {
            if (defaultFactor == null) {
                throw new IllegalArgumentException("\"" + text + "\" has no unit; write for example " + number
                        + "ms (units: " + UNITS + ")");
            }
            factor = defaultFactor;
        } else {
            factor = factorOf(unit, text);
        }
        BigInteger us = new BigDecimal(number).multiply(BigDecimal.valueOf(factor))
                .setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
        if (us.compareTo(MAX_US) > 0) {
            throw new IllegalArgumentException("\"" + text + "\" is too long: more than " + Long.MAX_VALUE + " µs");
        }
        return us.longValueExact();
    }

    /**
     * Formats microseconds as a short span that {@link #parseUs(String)} reads back exactly: the largest unit in which
     * the value is at least 1 and needs at most two decimals ({@code 120000 → "120ms"}, {@code 1500000 → "1.5s"},
     * {@code 1991000 → "1991ms"}, {@code 5400000000 → "1.5h"}, {@code 1234 → "1234us"}, {@code 0 → "0ms"}). A
     * negative value gets a leading {@code -} (which the parser rejects).
     */
    public static String format(long us) {
        if (us == 0) {
            return "0ms";
        }
        BigDecimal value = BigDecimal.valueOf(us).abs();
        String sign = us < 0 ? "-" : "";
        for (int i = 0; i < FORMAT_FACTORS.length; i++) {
            BigDecimal factor = BigDecimal.valueOf(FORMAT_FACTORS[i]);
            if (value.compareTo(factor) < 0) {
                continue;
            }
            BigDecimal[] qr = value.multiply(BigDecimal.TEN.pow(FORMAT_MAX_DECIMALS)).divideAndRemainder(factor);
            if (qr[1].signum() == 0) {
                BigDecimal inUnit = new BigDecimal(qr[0].toBigIntegerExact(), FORMAT_MAX_DECIMALS);
                return sign + inUnit.stripTrailingZeros().toPlainString() + FORMAT_SUFFIXES[i];
            }
        }
        throw new AssertionError("every value of at least 1 µs is a whole number of µs: " + us);
    }

    private static long factorOf(String unit, String text) {
        return switch (unit) {
            case "us", "\u00b5s", "\u03bcs" -> 1L; // ASCII, micro sign, Greek mu
            case "ms" -> US_PER_MS;
            case "s" -> US_PER_S;
            case "m", "min" -> US_PER_MIN;
            case "h" -> US_PER_H;
            case "d" -> US_PER_D;
            default -> throw new IllegalArgumentException(
                    "\"" + text + "\" has an unknown unit \"" + unit + "\" (units: " + UNITS + ")");
        };
    }

    private static long factorOf(ChronoUnit unit) {
        return switch (unit) {
            case MICROS -> 1L;
            case MILLIS -> US_PER_MS;
            case SECONDS -> US_PER_S;
            case MINUTES -> US_PER_MIN;
            case HOURS -> US_PER_H;
            case DAYS -> US_PER_D;
            default -> throw new IllegalArgumentException("unsupported default unit " + unit + " (use MICROS to DAYS)");
        };
    }
}
