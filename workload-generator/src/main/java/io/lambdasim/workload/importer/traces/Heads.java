package io.lambdasim.workload.importer.traces;

import java.util.Locale;

/** What detection and header checks look at: a file's first line and whether it looks like text at all. */
final class Heads {

    private Heads() {
    }

    /** The first non-blank line of {@code head}, without a byte order mark, CR or surrounding spaces. */
    static String firstLine(String head) {
        if (head == null) {
            return "";
        }
        String h = head.startsWith("\uFEFF") ? head.substring(1) : head;
        int from = 0;
        while (from < h.length()) {
            int end = h.indexOf('\n', from);
            if (end < 0) {
                end = h.length();
            }
            String line = h.substring(from, end).strip();
            if (!line.isEmpty()) {
                return line;
            }
            from = end + 1;
        }
        return "";
    }

    /** The first line's fields, quotes dropped, trimmed and lower-cased: good enough to recognise a header. */
    static String[] headerFields(String head) {
        String[] fields = firstLine(head).replace("\"", "").split(",", -1);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].strip().toLowerCase(Locale.ROOT);
        }
        return fields;
    }

    /**
     * Whether {@code text} is not text: it holds NUL characters, or more than 1 in 20 of its characters are control
     * characters (other than tab, CR, LF) or replacement characters of malformed UTF-8.
     */
    static boolean looksBinary(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == '\uFFFD') {
                odd++;
            }
        }
        return odd * 20 > text.length();
    }

    /** The last part of a file name or path as given to {@code detect}. */
    static String baseName(String fileName) {
        if (fileName == null) {
            return "";
        }
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
    }
}
