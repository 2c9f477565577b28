package io.lambdasim.app.ui.editors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes a value at a path of a scenario's JSON tree, written as the reader's messages write it:
 * {@code functions[0].arrivals.rate_per_second}, {@code designs[2].overrides.memory_mb}.
 */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** The value at {@code path}, or a missing node. */
    public static JsonNode get(JsonNode root, String path) {
        JsonNode n = root;
        for (Object step : steps(path)) {
            n = step instanceof Integer i ? n.path(i) : n.path((String) step);
        }
        return n;
    }

    /** The value at {@code path} as text for a field ("" when absent). */
    public static String text(JsonNode root, String path) {
        JsonNode n = get(root, path);
        if (n.isMissingNode() || n.isNull()) {
            return "";
        }
        return n.isNumber() ? n.decimalValue().stripTrailingZeros().toPlainString() : n.asText();
    }

    /**
     * Sets {@code path} to {@code value} as typed (a number when {@code number}, else a string), creating the objects
     * on the way; an empty value removes the field (the reader's default applies).
     *
     * @throws IllegalArgumentException if a number field is not a number
     */
    public static void set(ObjectNode root, String path, String value, boolean number) {
        List<Object> steps = steps(path);
        JsonNode parent = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            JsonNode next = step instanceof Integer k ? parent.path(k) : parent.path((String) step);
            if (next.isMissingNode() || next.isNull() || !next.isContainerNode()) {
                if (parent instanceof ObjectNode o && step instanceof String key) {
                    next = steps.get(i + 1) instanceof Integer ? o.putArray(key) : o.putObject(key);
                } else {
                    throw new IllegalArgumentException(path + ": no such place in the scenario");
                }
            }
            parent = next;
        }
        Object last = steps.get(steps.size() - 1);
        String v = value == null ? "" : value.strip();
        if (parent instanceof ObjectNode o && last instanceof String key) {
            if (v.isEmpty()) {
                o.remove(key);
            } else if (number) {
                o.put(key, number(path, v));
            } else {
                o.put(key, v);
            }
        } else if (parent instanceof ArrayNode a && last instanceof Integer k) {
            if (number) {
                a.set(k, a.numberNode(number(path, v)));
            } else {
                a.set(k, a.textNode(v));
            }
        } else {
            throw new IllegalArgumentException(path + ": no such place in the scenario");
        }
    }

    private static BigDecimal number(String path, String v) {
        try {
            return new BigDecimal(v.replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(path + ": '" + v + "' is not a number");
        }
    }

    /** {@code a.b[2].c} as ["a", "b", 2, "c"]. */
    static List<Object> steps(String path) {
        List<Object> out = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String key = bracket < 0 ? part : part.substring(0, bracket);
            if (!key.isEmpty()) {
                out.add(key);
            }
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                out.add(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        return out;
    }
}
