package io.lambdasim.workload.importer.logs;

/**
 * Reads the text of a REPORT line from {@code RequestId:} on: {@code Name: value [unit]} fields separated by tabs (with
 * a trailing tab), or by spaces where a copy turned the tabs into spaces, in any order, including the pre-2020 form
 * with a space before the tab ({@code Billed Duration: 100 ms \t}). Fields are found by their names, longest first
 * ({@code Billed Restore Duration} before {@code Restore Duration} before {@code Duration}). RequestId and Duration
 * are required; every other field is optional; text that is no known field is ignored and kept for a warning.
 */
final class ReportMessage {

    /** What starts a REPORT record in a log line. */
    static final String MARKER = "REPORT RequestId:";

    /** The field names, longest first where one ends another ({@code Billed Restore Duration}...). */
    private static final String[] LABELS = {"Billed Restore Duration", "Restore Duration", "Billed Duration",
        "Init Duration", "Max Memory Used", "Memory Size", "Duration", "RequestId", "Status", "Error Type"};
    /** An X-Ray segment sometimes follows on the same line; it is not part of the report. */
    private static final String XRAY = "XRAY TraceId:";

    private ReportMessage() {
    }

    /** Parses {@code text}, which starts at {@code RequestId:}. */
    static ReportFields parse(String text) {
        int xray = wordAt(text, XRAY);
        String body = xray >= 0 ? text.substring(0, xray) : text;
        ReportFields f = new ReportFields();
        java.util.Set<String> seen = new java.util.HashSet<>();
        String label = null;
        int valueStart = 0;
        int i = 0;
        int n = body.length();
        while (i < n) {
            String found = i == 0 || Character.isWhitespace(body.charAt(i - 1)) ? labelAt(body, i) : null;
            if (found == null) {
                i++;
                continue;
            }
            if (label == null) {
                ignore(f, body.substring(0, i));
            } else {
                field(f, label, body.substring(valueStart, i));
            }
            label = found;
            if (!seen.add(label)) {
                throw new FieldException(label, "given twice");
            }
            i += label.length() + 1;
            valueStart = i;
        }
        if (label == null) {
            throw new FieldException("RequestId", "missing");
        }
        field(f, label, body.substring(valueStart));
        if (f.requestId == null) {
            throw new FieldException("RequestId", "missing");
        }
        if (f.durationUs < 0) {
            throw new FieldException("Duration", "missing");
        }
        return f;
    }

    /** The field name followed by a colon at {@code i}, or null. */
    private static String labelAt(String s, int i) {
        for (String l : LABELS) {
            int end = i + l.length();
            if (end < s.length() && s.charAt(end) == ':' && s.startsWith(l, i)) {
                return l;
            }
        }
        return null;
    }

    /** Where {@code word} starts after whitespace (or at 0) in {@code s}, or -1. */
    private static int wordAt(String s, String word) {
        for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
            if (i == 0 || Character.isWhitespace(s.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    private static void field(ReportFields f, String label, String value) {
        String[] tokens = Words.split(value, 3);
        String first = tokens[0];
        switch (label) {
            case "RequestId" -> {
                if (first.isEmpty()) {
                    throw new FieldException(label, "empty");
                }
                f.requestId = first;
                ignore(f, rest(tokens, 1));
            }
            case "Status" -> {
                if (first.isEmpty()) {
                    throw new FieldException(label, "empty");
                }
                f.status(first);
                ignore(f, rest(tokens, 1));
            }
            case "Error Type" -> ignore(f, rest(tokens, 1));
            case "Duration" -> f.durationUs = LogValues.msToUs(label, number(label, tokens, "ms", value));
            case "Init Duration" -> f.initUs = LogValues.msToUs(label, number(label, tokens, "ms", value));
            case "Restore Duration" -> f.restoreUs = LogValues.msToUs(label, number(label, tokens, "ms", value));
            case "Billed Duration" -> f.billedMs = LogValues.whole(label, number(label, tokens, "ms", value));
            case "Billed Restore Duration" ->
                    f.billedRestoreMs = LogValues.whole(label, number(label, tokens, "ms", value));
            case "Memory Size" -> f.memoryMb = LogValues.wholeMb(label, number(label, tokens, "MB", value));
            case "Max Memory Used" -> f.maxMemoryUsedMb = LogValues.wholeMb(label, number(label, tokens, "MB", value));
            default -> throw new IllegalStateException(label);
        }
        if (tokens.length == 3 && !label.equals("RequestId") && !label.equals("Status")
                && !label.equals("Error Type")) {
            ignore(f, tokens[2]);
        }
    }

    /** The number of a {@code number unit} value, checking the unit. */
    private static String number(String label, String[] tokens, String unit, String value) {
        if (tokens[0].isEmpty()) {
            throw new FieldException(label, "empty");
        }
        if (tokens.length < 2 || !tokens[1].equals(unit)) {
            throw new FieldException(label, "expected a number of " + unit + " such as '"
                    + (unit.equals("ms") ? "118.04 ms" : "1024 MB") + "', was " + LogValues.quote(value.strip()));
        }
        return tokens[0];
    }

    private static String rest(String[] tokens, int from) {
        return from >= tokens.length ? ""
                : String.join(" ", java.util.Arrays.asList(tokens).subList(from, tokens.length));
    }

    private static void ignore(ReportFields f, String text) {
        if (f.ignored == null && !text.isBlank()) {
            f.ignored = text.strip();
        }
    }
}
