package io.lambdasim.workload.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import read: rows accepted and rejected (with reasons, the first {@link #MAX_LISTED} listed), the time span,
 * the functions found, gaps, duplicates, the time zone assumed, and warnings. Mutable while importing; not
 * thread-safe.
 */
public final class ImportReport {

    /** At most this many rejections and warnings are kept with their text; all are counted. */
    public static final int MAX_LISTED = 1000;

    private String format = "";
    private long accepted;
    private long rejectedCount;
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private long warningCount;
    private long duplicates;
    private long gaps;
    private long firstUs = Long.MAX_VALUE;
    private long lastUs = Long.MIN_VALUE;
    private final Map<String, Long> functions = new TreeMap<>();
    private String timeZone = "UTC";

    public void format(String id) {
        this.format = id;
    }

    public String format() {
        return format;
    }

    /** Counts an accepted row of {@code function} at {@code timeUs}. */
    public void accepted(String function, long timeUs) {
        accepted++;
        functions.merge(function, 1L, Long::sum);
        firstUs = Math.min(firstUs, timeUs);
        lastUs = Math.max(lastUs, timeUs);
    }

    public void rejected(Rejection r) {
        rejectedCount++;
        if (rejections.size() < MAX_LISTED) {
            rejections.add(r);
        }
    }

    public void rejected(String file, long line, String field, String reason) {
        rejected(new Rejection(file, line, field, reason));
    }

    public void warning(String text) {
        warningCount++;
        if (warnings.size() < MAX_LISTED) {
            warnings.add(text);
        }
    }

    public void duplicate() {
        duplicates++;
    }

    public void gap() {
        gaps++;
    }

    public void timeZone(String zone) {
        this.timeZone = zone;
    }

    public long acceptedCount() {
        return accepted;
    }

    public long rejectedCount() {
        return rejectedCount;
    }

    public List<Rejection> rejections() {
        return Collections.unmodifiableList(rejections);
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    public long warningCount() {
        return warningCount;
    }

    public long duplicates() {
        return duplicates;
    }

    public long gaps() {
        return gaps;
    }

    /** UTC epoch µs of the earliest accepted row, or Long.MAX_VALUE if none. */
    public long firstUs() {
        return firstUs;
    }

    public long lastUs() {
        return lastUs;
    }

    /** Accepted rows per function. */
    public Map<String, Long> functions() {
        return Collections.unmodifiableMap(functions);
    }

    public String timeZone() {
        return timeZone;
    }
}
