package io.lambdasim.workload.importer.cloudwatch;

import java.util.regex.Pattern;

/** Metric values written as text, read strictly (no NaN, no Infinity, no hex, no thousands separators). */
final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() {
    }

    /**
     * A decimal number such as {@code 118}, {@code 97.0}, {@code -3}, {@code 6.7E7}.
     *
     * @throws IllegalArgumentException {@code not a number: "<text>"}
     */
    static double parse(String text) {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            throw new IllegalArgumentException("not a number: \"" + text + "\"");
        }
        double v = Double.parseDouble(t);
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException("out of range: \"" + text + "\"");
        }
        return v;
    }

    /**
     * As {@link #parse(String)}, also accepting a decimal comma ({@code 97,5}) when the file's delimiter is not a
     * comma (one comma, no point: a semicolon CSV written in a locale with decimal commas).
     */
    static double parse(String text, char delimiter) {
        String t = text.strip();
        if (delimiter != ',' && t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',')) {
            t = t.replace(',', '.');
        }
        try {
            return parse(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a number: \"" + text + "\"");
        }
    }

    /** A value for messages: whole numbers without ".0". */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
