package io.lambdasim.workload.importer.cloudwatch;

import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.IntervalAggregate;
import io.lambdasim.workload.trace.TraceSink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The datapoints of one import, possibly from several files and formats, combined by (function, interval start):
 * Invocations from one file and Duration from another, or page 1 and page 2 of a paginated export, make one
 * {@link IntervalAggregate} per function per interval. The importers {@linkplain CloudWatchImporter#collect collect}
 * into a table; {@link #emit} then delivers the rows.
 *
 * <ul>
 *   <li>A datapoint seen again (same function, interval, metric and statistic: overlapping pages, a file imported
 *       twice) is kept once; each interval with such a repeat counts once in {@link ImportReport#duplicates()}, and a
 *       repeat with a different value is also a warning.</li>
 *   <li>The interval length is the greatest common divisor of the gaps between a function's timestamps over all
 *       functions ({@value #DEFAULT_INTERVAL_US} µs when no function has two).</li>
 *   <li>Intervals absent inside a function's span are not invented as zero rows: each counts once in
 *       {@link ImportReport#gaps()}, with one warning per function.</li>
 *   <li>An interval's invocation count is Invocations Sum, or else Duration SampleCount (a warning says how many);
 *       an interval with neither is rejected.</li>
 * </ul>
 *
 * <p>Not thread-safe; emits once.
 */
public final class MetricTable {

    /** The interval length used when no function has two timestamps: CloudWatch's 1-minute resolution. */
    public static final long DEFAULT_INTERVAL_US = 60_000_000L;

    private static final int MEASURES = Measure.values().length;
    private static final double LARGEST_COUNT = 9.007199254740992E15;
    private static final int LINE_BITS = 40;
    private static final long LINE_MASK = (1L << LINE_BITS) - 1;

    private final Map<String, TreeMap<Long, Cell>> functions = new TreeMap<>();
    private final List<String> files = new ArrayList<>();
    private final Map<String, Integer> fileIndex = new HashMap<>();
    private final ZoneNotes zones = new ZoneNotes();
    private final Map<String, String> partialOnly = new LinkedHashMap<>();
    private final Set<String> complete = new HashSet<>();
    private long pages;
    private long pagesWithNextToken;
    private boolean emitted;

    /** What one function says in one interval; where each value was read, packed by {@link #where}. */
    private static final class Cell {
        final double[] values = new double[MEASURES];
        final long[] wheres = new long[MEASURES];
        final String file;
        final long line;
        boolean duplicated;
        boolean invocationsRejected;
        boolean sampleCountRejected;

        Cell(String file, long line) {
            Arrays.fill(values, Double.NaN);
            this.file = file;
            this.line = line;
        }

        boolean has(Measure m) {
            return !Double.isNaN(values[m.ordinal()]);
        }

        double get(Measure m) {
            return values[m.ordinal()];
        }

        long count(Measure m) {
            return has(m) ? (long) get(m) : -1L;
        }

        boolean empty() {
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Whether no datapoint has been collected. */
    public boolean isEmpty() {
        return functions.isEmpty();
    }

    /**
     * The interval length: the greatest common divisor of the gaps between consecutive timestamps of each function,
     * {@link #DEFAULT_INTERVAL_US} if no function has two.
     */
    public long intervalUs() {
        long gcd = 0;
        for (TreeMap<Long, Cell> series : functions.values()) {
            Long previous = null;
            for (Long start : series.keySet()) {
                if (previous != null) {
                    gcd = gcd(gcd, start - previous);
                }
                previous = start;
            }
        }
        return gcd == 0 ? DEFAULT_INTERVAL_US : gcd;
    }

    /**
     * Delivers one {@link IntervalAggregate} per function per interval, in function then time order, and completes
     * {@code report}: accepted rows, rejected intervals without a count, duplicates, gaps, unfinished paginated
     * queries, and the time zone.
     *
     * @throws IllegalStateException if called twice
     */
    public void emit(TraceSink sink, ImportReport report) {
        if (emitted) {
            throw new IllegalStateException("this table has already been emitted");
        }
        emitted = true;
        long interval = intervalUs();
        for (Map.Entry<String, TreeMap<Long, Cell>> entry : functions.entrySet()) {
            String function = entry.getKey();
            TreeMap<Long, Cell> series = entry.getValue();
            long fromSampleCount = 0;
            for (Map.Entry<Long, Cell> e : series.entrySet()) {
                long start = e.getKey();
                Cell c = e.getValue();
                if (c.duplicated) {
                    report.duplicate();
                }
                Measure source;
                if (c.has(Measure.INVOCATIONS)) {
                    source = Measure.INVOCATIONS;
                } else if (c.invocationsRejected) {
                    continue;
                } else if (c.has(Measure.DURATION_SAMPLE_COUNT)) {
                    source = Measure.DURATION_SAMPLE_COUNT;
                    fromSampleCount++;
                } else {
                    if (!c.sampleCountRejected && !c.empty()) {
                        report.rejected(c.file, c.line, "Invocations", "no Invocations Sum (nor Duration SampleCount) "
                                + "for " + function + " at " + CloudWatchTime.format(start) + "; its " + present(c)
                                + " dropped");
                    }
                    continue;
                }
                double average = c.get(Measure.DURATION_AVERAGE);
                if (Double.isNaN(average) && c.has(Measure.DURATION_SUM) && c.get(Measure.DURATION_SAMPLE_COUNT) > 0) {
                    average = c.get(Measure.DURATION_SUM) / c.get(Measure.DURATION_SAMPLE_COUNT);
                }
                sink.aggregate(new IntervalAggregate(start, interval, function, c.count(source), average,
                        c.get(Measure.DURATION_MINIMUM), c.get(Measure.DURATION_MAXIMUM), c.get(Measure.DURATION_P50),
                        c.get(Measure.DURATION_P90), c.get(Measure.DURATION_P99), c.count(Measure.ERRORS),
                        c.count(Measure.THROTTLES), -1, -1, where(c.wheres[source.ordinal()])));
                report.accepted(function, start);
            }
            if (fromSampleCount > 0) {
                report.warning(function + ": the invocation counts of " + fromSampleCount
                        + (fromSampleCount == 1 ? " interval are" : " intervals are")
                        + " Duration SampleCount (no Invocations Sum was given for them)");
            }
            countGaps(function, series, interval, report);
        }
        for (Map.Entry<String, String> p : partialOnly.entrySet()) {
            report.warning(p.getValue() + ": Id \"" + p.getKey() + "\": StatusCode PartialData and no page read has "
                    + "this query Complete: its data is incomplete (fetch the remaining pages with NextToken and "
                    + "import all pages together)");
        }
        if (pages > 0 && pagesWithNextToken >= pages) {
            report.warning("every page read (" + pages + ") has a NextToken, so at least one page is missing "
                    + "(fetch it with that NextToken and import all pages together)");
        }
        report.timeZone(zones.describe());
    }

    ZoneNotes zones() {
        return zones;
    }

    /** Notes a get-metric-data page (one JSON document) and whether it has a NextToken. */
    void page(boolean hasNextToken) {
        pages++;
        if (hasNextToken) {
            pagesWithNextToken++;
        }
    }

    /** Notes the StatusCode of a get-metric-data query {@code id} on one page; {@code where} is "file:line". */
    void status(String id, String statusCode, String where) {
        if ("Complete".equals(statusCode)) {
            complete.add(id);
            partialOnly.remove(id);
        } else if ("PartialData".equals(statusCode) && !complete.contains(id)) {
            partialOnly.putIfAbsent(id, where);
        }
    }

    /**
     * Adds one datapoint, or rejects it (negative, or not a whole count) naming {@code file}, {@code line} and
     * {@code field}.
     */
    void put(String function, long startUs, Measure measure, double value, String file, long line, String field,
             ImportReport report) {
        String problem = check(measure, value);
        if (problem != null) {
            reject(function, startUs, measure, file, line, field, problem, report);
            return;
        }
        Cell c = cell(function, startUs, file, line);
        int i = measure.ordinal();
        if (!Double.isNaN(c.values[i])) {
            c.duplicated = true;
            if (Math.abs(c.values[i] - value) > 1e-9 * Math.max(1.0, Math.abs(value))) {
                report.warning(file + ":" + line + ": " + field + ": " + measure.text() + " of " + function + " at "
                        + CloudWatchTime.format(startUs) + " is given again with another value, "
                        + Numbers.format(value) + " (first " + Numbers.format(c.values[i]) + " at "
                        + where(c.wheres[i]) + "); kept the first");
            }
            return;
        }
        c.values[i] = value;
        c.wheres[i] = pack(file, line);
    }

    /** A file and line in one long: the file's index in {@link #files} above 40 bits of line. */
    private long pack(String file, long line) {
        Integer index = fileIndex.get(file);
        if (index == null) {
            index = files.size();
            files.add(file);
            fileIndex.put(file, index);
        }
        return ((long) index << LINE_BITS) | Math.min(line, LINE_MASK);
    }

    /** "file:line" of a packed location. */
    private String where(long packed) {
        return files.get((int) (packed >>> LINE_BITS)) + ":" + (packed & LINE_MASK);
    }

    /** Rejects a datapoint whose time is known, so that its interval is neither a gap nor rejected again. */
    void reject(String function, long startUs, Measure measure, String file, long line, String field, String reason,
                ImportReport report) {
        report.rejected(file, line, field, reason);
        Cell c = cell(function, startUs, file, line);
        if (measure == Measure.INVOCATIONS) {
            c.invocationsRejected = true;
        } else if (measure == Measure.DURATION_SAMPLE_COUNT) {
            c.sampleCountRejected = true;
        }
    }

    private Cell cell(String function, long startUs, String file, long line) {
        return functions.computeIfAbsent(function, f -> new TreeMap<>())
                .computeIfAbsent(startUs, s -> new Cell(file, line));
    }

    private static String check(Measure measure, double value) {
        if (measure.isCount()) {
            if (value < 0) {
                return "negative count " + Numbers.format(value) + " (" + measure.text() + ")";
            }
            if (value != Math.rint(value)) {
                return Numbers.format(value) + " is not a whole number (" + measure.text() + " is a count)";
            }
            if (value > LARGEST_COUNT) {
                return Numbers.format(value) + " is too large a count (" + measure.text() + ")";
            }
        } else if (value < 0) {
            return "negative duration " + Numbers.format(value) + " ms (" + measure.text() + ")";
        }
        return null;
    }

    private static void countGaps(String function, TreeMap<Long, Cell> series, long interval, ImportReport report) {
        if (series.size() < 2) {
            return;
        }
        long first = series.firstKey();
        long last = series.lastKey();
        long missing = (last - first) / interval + 1 - series.size();
        if (missing <= 0) {
            return;
        }
        long holes = 0;
        Long previous = null;
        for (Long start : series.keySet()) {
            if (previous != null && start - previous > interval) {
                holes++;
            }
            previous = start;
        }
        for (long i = 0; i < missing; i++) {
            report.gap();
        }
        report.warning(function + ": " + missing + (missing == 1 ? " interval" : " intervals") + " of "
                + Numbers.format(interval / 1e6) + " s without data between " + CloudWatchTime.format(first)
                + " and " + CloudWatchTime.format(last) + " (" + holes + (holes == 1 ? " hole" : " holes")
                + "); absent intervals are left out, not filled with zeros");
    }

    private static String present(Cell c) {
        List<String> names = new ArrayList<>();
        for (Measure m : Measure.values()) {
            if (c.has(m)) {
                names.add(m.text());
            }
        }
        return String.join(", ", names) + (names.size() == 1 ? " is" : " are");
    }

    private static long gcd(long a, long b) {
        long x = Math.abs(a);
        long y = Math.abs(b);
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return x;
    }
}
