package io.lambdasim.workload.importer.logs;

import java.util.ArrayList;
import java.util.List;

/** Splitting on runs of whitespace without a regular expression (the hot path of gigabyte logs). */
final class Words {

    private Words() {
    }

    /**
     * The whitespace-separated words of {@code s}, at most {@code limit}: the last holds the rest of the text,
     * stripped. A blank {@code s} gives one empty word, as {@code s.strip().split("\\s+", limit)} does.
     */
    static String[] split(String s, int limit) {
        List<String> out = new ArrayList<>(Math.min(limit, 8));
        int n = s.length();
        int i = 0;
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        while (i < n) {
            if (out.size() == limit - 1) {
                out.add(s.substring(i).strip());
                return out.toArray(new String[0]);
            }
            int start = i;
            while (i < n && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            out.add(s.substring(start, i));
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out.toArray(new String[0]);
    }
}
