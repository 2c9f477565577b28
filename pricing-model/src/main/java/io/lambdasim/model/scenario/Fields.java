package io.lambdasim.model.scenario;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.lambdasim.workload.distribution.DurationDistribution;
import io.lambdasim.workload.time.TimeSpans;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One JSON object of a scenario file, read field by field: each getter checks the type and range of its value and
 * throws a {@link ScenarioException} naming the file, line and path when they are wrong. Fields that the object may
 * not have are refused when it is created. A JSON {@code null} counts as an absent field.
 */
final class Fields {

    /** Where a value is: as shown to people ({@code functions[0].memory_mb}) and as a JSON pointer. */
    record Where(String display, String pointer) {

        static final Where ROOT = new Where("", "");

        Where field(String name) {
            return new Where(display.isEmpty() ? name : display + "." + name,
                    pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
        }

        Where index(int i) {
            return new Where(display + "[" + i + "]", pointer + "/" + i);
        }

        /** The display form of a JSON pointer: array indexes in brackets, names joined by dots. */
        static String displayOf(JsonPointer pointer) {
            StringBuilder sb = new StringBuilder();
            for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
                if (p.mayMatchElement() && p.getMatchingProperty().chars().allMatch(Character::isDigit)) {
                    sb.append('[').append(p.getMatchingIndex()).append(']');
                } else {
                    sb.append(sb.length() == 0 ? "" : ".").append(p.getMatchingProperty());
                }
            }
            return sb.toString();
        }
    }

    private final JsonInput in;
    private final JsonNode node;
    private final Where where;

    /** The object {@code node} at {@code where}; refuses any field not among {@code allowed}. */
    Fields(JsonInput in, JsonNode node, Where where, Set<String> allowed) {
        this.in = in;
        this.node = node;
        this.where = where;
        if (!node.isObject()) {
            throw in.error(where, "expected an object {...}, found " + kind(node));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw in.error(where.field(name), "unknown field" + suggestion(name, allowed));
            }
        }
    }

    Where where() {
        return where;
    }

    /** The JSON object itself. */
    JsonNode node() {
        return node;
    }

    Where where(String name) {
        return where.field(name);
    }

    ScenarioException error(String name, String reason) {
        return in.error(where.field(name), reason);
    }

    ScenarioException error(String name, String reason, Throwable cause) {
        return in.error(where.field(name), reason, cause);
    }

    /** An error about this object as a whole. */
    ScenarioException errorHere(String reason) {
        return in.error(where, reason);
    }

    /** An error about this object as a whole. */
    ScenarioException errorHere(String reason, Throwable cause) {
        return in.error(where, reason, cause);
    }

    boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    Optional<JsonNode> get(String name) {
        return has(name) ? Optional.of(node.get(name)) : Optional.empty();
    }

    JsonNode required(String name) {
        return get(name).orElseThrow(() -> error(name, "required field missing"));
    }

    /** The file (or other source) the scenario is read from, as given. */
    String source() {
        return in.source();
    }

    String text(String name) {
        JsonNode v = required(name);
        if (!v.isTextual()) {
            throw error(name, "expected a string, found " + kind(v));
        }
        return v.asText();
    }

    String text(String name, String defaultValue) {
        return has(name) ? text(name) : defaultValue;
    }

    boolean bool(String name, boolean defaultValue) {
        if (!has(name)) {
            return defaultValue;
        }
        JsonNode v = node.get(name);
        if (!v.isBoolean()) {
            throw error(name, "expected true or false, found " + kind(v));
        }
        return v.booleanValue();
    }

    long longValue(String name, long defaultValue) {
        if (!has(name)) {
            return defaultValue;
        }
        JsonNode v = node.get(name);
        if (!v.isIntegralNumber()) {
            throw error(name, "expected a whole number, found " + kind(v));
        }
        if (!v.canConvertToLong()) {
            throw error(name, v.asText() + " is too large (at most " + Long.MAX_VALUE + ")");
        }
        return v.longValue();
    }

    int integer(String name, int min, int max, String unit) {
        required(name);
        return integer(name, 0, min, max, unit);
    }

    /** A whole number within {@code min..max}; {@code unit} (such as "MB") is shown in the error, may be "". */
    int integer(String name, int defaultValue, int min, int max, String unit) {
        if (!has(name)) {
            return defaultValue;
        }
        JsonNode v = node.get(name);
        if (!v.isIntegralNumber()) {
            throw error(name, "expected a whole number, found " + kind(v));
        }
        if (!v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
            throw error(name, v.asText() + " is outside " + grouped(min) + " to " + grouped(max)
                    + (unit.isEmpty() ? "" : " " + unit));
        }
        return v.intValue();
    }

    /** A number greater than 0 and at most {@code max}. */
    double positive(String name, double max) {
        JsonNode v = required(name);
        if (!v.isNumber()) {
            throw error(name, "expected a number, found " + kind(v));
        }
        double d = v.doubleValue();
        if (!(d > 0) || d > max) {
            throw error(name, v.asText() + " is outside (0, " + plain(max) + "]");
        }
        return d;
    }

    /** A number within {@code min..max}, both included ("X is outside min to max" otherwise). */
    double number(String name, double min, double max) {
        return numberAt(where.field(name), required(name), min, max);
    }

    /** A number within {@code min..max}, or {@code defaultValue} when absent. */
    double number(String name, double defaultValue, double min, double max) {
        return has(name) ? number(name, min, max) : defaultValue;
    }

    private double numberAt(Where at, JsonNode v, double min, double max) {
        if (!v.isNumber()) {
            throw in.error(at, "expected a number, found " + kind(v));
        }
        double d = v.doubleValue();
        if (!(d >= min && d <= max)) {
            throw in.error(at, v.asText() + " is outside " + plain(min) + " to " + plain(max));
        }
        return d;
    }

    /** An array of exactly {@code count} numbers, each within {@code min..max}. */
    List<Double> numbers(String name, int count, double min, double max) {
        JsonNode v = required(name);
        if (!v.isArray()) {
            throw error(name, "expected an array of " + count + " numbers, found " + kind(v));
        }
        if (v.size() != count) {
            throw error(name, "needs " + count + " numbers, has " + v.size());
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(numberAt(where.field(name).index(i), v.get(i), min, max));
        }
        return out;
    }

    /** A non-empty array of whole numbers, each within {@code min..max}. */
    List<Integer> integers(String name, int min, int max) {
        JsonNode v = required(name);
        if (!v.isArray()) {
            throw error(name, "expected an array of whole numbers, found " + kind(v));
        }
        if (v.isEmpty()) {
            throw error(name, "needs at least 1 element");
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            Where at = where.field(name).index(i);
            if (!e.isIntegralNumber()) {
                throw in.error(at, "expected a whole number, found " + kind(e));
            }
            if (!e.canConvertToInt() || e.intValue() < min || e.intValue() > max) {
                throw in.error(at, e.asText() + " is outside " + grouped(min) + " to " + grouped(max));
            }
            out.add(e.intValue());
        }
        return out;
    }

    /** A time span such as {@code "30s"} within {@code minUs..maxUs}. */
    long span(String name, long defaultUs, long minUs, long maxUs) {
        if (!has(name)) {
            return defaultUs;
        }
        String text = text(name);
        long us;
        try {
            us = TimeSpans.parseUs(text);
        } catch (IllegalArgumentException e) {
            throw error(name, e.getMessage(), e);
        }
        if (us < minUs || us > maxUs) {
            throw error(name, text + " is outside " + TimeSpans.format(minUs) + " to " + TimeSpans.format(maxUs));
        }
        return us;
    }

    long span(String name, long minUs, long maxUs) {
        required(name);
        return span(name, 0, minUs, maxUs);
    }

    /** A distribution spec ({@code "exp:100ms"}), or a plain span meaning a constant ({@code "600s"}). */
    DurationDistribution distribution(String name) {
        return parseDistribution(name, text(name));
    }

    Optional<DurationDistribution> optionalDistribution(String name) {
        return has(name) ? Optional.of(distribution(name)) : Optional.empty();
    }

    private DurationDistribution parseDistribution(String name, String text) {
        try {
            return ScenarioReader.distribution(text);
        } catch (IllegalArgumentException e) {
            throw error(name, e.getMessage(), e);
        }
    }

    /** One of the keys of {@code choices} (in its order in error messages). */
    <E> E choice(String name, E defaultValue, Map<String, E> choices) {
        if (!has(name)) {
            return defaultValue;
        }
        String t = text(name);
        E e = choices.get(t);
        if (e == null) {
            throw error(name, "\"" + t + "\" is not one of " + String.join(", ", choices.keySet()));
        }
        return e;
    }

    Fields object(String name, Set<String> allowed) {
        return new Fields(in, required(name), where.field(name), allowed);
    }

    Optional<Fields> optionalObject(String name, Set<String> allowed) {
        return has(name) ? Optional.of(object(name, allowed)) : Optional.empty();
    }

    /** The elements of array {@code name}, each an object; at least {@code min} of them. */
    List<Fields> objects(String name, int min, Set<String> allowed) {
        JsonNode v = required(name);
        if (!v.isArray()) {
            throw error(name, "expected an array [...], found " + kind(v));
        }
        if (v.size() < min) {
            throw error(name, "needs at least " + min + " element" + (min == 1 ? "" : "s"));
        }
        List<Fields> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(new Fields(in, v.get(i), where.field(name).index(i), allowed));
        }
        return out;
    }

    static Set<String> names(String... names) {
        return new LinkedHashSet<>(Arrays.asList(names));
    }

    static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case STRING -> "the string \"" + v.asText() + "\"";
            case NUMBER -> "the number " + v.asText();
            case BOOLEAN -> v.asText();
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> v.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    static String grouped(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    private static String suggestion(String name, Set<String> allowed) {
        Optional<String> close = allowed.stream().filter(a -> distance(a, name) <= 2 || a.equalsIgnoreCase(name))
                .min(Comparator.comparingInt(a -> distance(a, name)));
        return close.map(c -> " (did you mean \"" + c + "\"?)")
                .orElse(" (known fields: " + String.join(", ", allowed) + ")");
    }

    /** Levenshtein distance, for suggesting the field that was meant. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** A double as plain decimal text, for messages ({@code 1000000}, not {@code 1.0E6}). */
    static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
