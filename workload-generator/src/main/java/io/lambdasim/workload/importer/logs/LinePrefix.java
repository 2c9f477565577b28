package io.lambdasim.workload.importer.logs;

/**
 * What comes before a record on a log line, as {@code aws logs tail} and console copies print it: an optional
 * timestamp ({@code 2026-03-02T10:01:07.112000+00:00}, or date and time as two words), an optional log group and an
 * optional log stream, in any order, separated by spaces or tabs.
 *
 * @param stamp    the timestamp, or null if the line has none
 * @param function the function the group or stream names, or null
 */
record LinePrefix(LogTimestamps.Stamp stamp, String function) {

    static final LinePrefix NONE = new LinePrefix(null, null);

    /** Reads {@code prefix}; a {@link FieldException} on {@code prefix} or {@code timestamp} if a word is unknown. */
    static LinePrefix parse(String prefix) {
        if (prefix.isBlank()) {
            return NONE;
        }
        String[] words = Words.split(prefix, Integer.MAX_VALUE);
        LogTimestamps.Stamp stamp = null;
        String group = null;
        String stream = null;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String timestamp = null;
            if (i + 1 < words.length && LogTimestamps.isDateThenTime(w, words[i + 1])) {
                timestamp = w + " " + words[++i];
            } else if (LogTimestamps.isTimestamp(w)) {
                timestamp = w;
            }
            if (timestamp != null) {
                if (stamp != null) {
                    throw new FieldException("prefix", "two timestamps before the record");
                }
                stamp = LogTimestamps.parse("timestamp", timestamp);
            } else if (FunctionNames.isLogStream(w)) {
                stream = w;
            } else if (FunctionNames.isLogGroup(w)) {
                group = w;
            } else {
                throw new FieldException("prefix", "cannot read " + LogValues.quote(w) + " before the record: "
                        + "expected a timestamp such as 2026-03-02T10:01:07.112Z, a log group or a log stream");
            }
        }
        return new LinePrefix(stamp, FunctionNames.of(group, stream));
    }
}
