package io.lambdasim.workload.importer.traces;

import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.IntervalAggregate;
import io.lambdasim.workload.trace.TraceFormatException;
import io.lambdasim.workload.trace.TraceImporter;
import io.lambdasim.workload.trace.TraceSink;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The Huawei Cloud public FaaS trace of 2023 (Joosen et al., "How Does It Function?", SoCC 2023):
 * {@code requests_minute/day_XX.csv}, a row per minute, {@code day,time,0,1,...,5092}: the day number, the time in
 * seconds from the trace start, then one column per function with its requests in that minute (an empty cell: none).
 * Each non-empty, non-zero cell becomes an {@link IntervalAggregate} of function {@code huawei-<column>} with only a
 * count (no durations, no memory).
 *
 * <p>Time 0 is {@link #TRACE_START} by default. Columns are found by name: {@code time} is required, {@code day}
 * optional (checked against the time), function columns are those named by a whole number, and others are ignored
 * with a warning. Counts written {@code 2.0} (pandas does so in columns with empty cells) are accepted. Rows may
 * come in any order; a repeated time is rejected and counted as a duplicate, and each run of missing rows between
 * the first and the last time counts as one gap. Files under a {@code requests_second} directory (the private
 * trace's per-second layout) are read as 1-second intervals; files under the other metric directories
 * ({@code function_delay_minute}, {@code cpu_usage_minute}...) are refused: they do not hold requests.
 */
public final class HuaweiCloud2023Importer implements TraceImporter {

    public static final String ID = "huawei-2023";

    /**
     * Time 0 of the trace. The trace is published with relative times only (0 to 2,246,340 s: 26 days) and no
     * calendar date or time zone; 2023-01-01 00:00 UTC is an arbitrary fixed anchor so that imports are
     * reproducible. Daily patterns keep their shape, but hours of day and weekdays are not the real ones.
     */
    public static final Instant TRACE_START = Instant.parse("2023-01-01T00:00:00Z");

    /** Id prefix of the functions: column {@code 17} is function {@code huawei-17}. */
    public static final String FUNCTION_PREFIX = "huawei-";

    static final String EXPECTED = "day,time,0,1,...,N";

    private static final long SECOND_US = 1_000_000L;
    private static final long DAY_SECONDS = 86_400L;
    private static final Pattern METRIC_DIRECTORY = Pattern.compile("[a-z_]+_(minute|second)");
    private static final Pattern DAY_FILE = Pattern.compile("day_\\d+\\.csv");

    private final long traceStartUs;

    /** Time 0 at {@link #TRACE_START}. */
    public HuaweiCloud2023Importer() {
        this(TRACE_START);
    }

    /** Time 0 at {@code traceStart}. */
    public HuaweiCloud2023Importer(Instant traceStart) {
        this.traceStartUs = AzureFunctions2019Importer.toMicros(Objects.requireNonNull(traceStart, "traceStart"));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Huawei Cloud 2023 public trace: requests_minute/day_XX.csv (day,time,0,1,...: requests per function"
                + " and minute; time 0 taken as 2023-01-01 00:00 UTC)";
    }

    @Override
    public double detect(String fileName, String head) {
        if (Heads.looksBinary(head)) {
            return 0.0;
        }
        String[] h = Heads.headerFields(head);
        int time = h.length > 1 && h[0].equals("day") && h[1].equals("time") ? 2
                : h.length > 0 && h[0].equals("time") ? 1 : -1;
        if (time < 0 || h.length <= time || !isFunctionColumn(h[time])) {
            return 0.0;
        }
        String path = fileName == null ? "" : fileName.replace('\\', '/').toLowerCase(Locale.ROOT);
        String directory = parentName(path);
        if (METRIC_DIRECTORY.matcher(directory).matches() && !directory.startsWith("requests")) {
            return 0.3; // the same layout holding another metric: read() explains
        }
        if (directory.startsWith("requests_")) {
            return 1.0;
        }
        boolean dayFile = DAY_FILE.matcher(Heads.baseName(path)).matches();
        if (time == 2) {
            return dayFile ? 0.95 : 0.9;
        }
        return dayFile ? 0.65 : 0.6; // no day column: likely, but less sure
    }

    @Override
    public void read(Path file, TraceSink sink, ImportReport report) throws IOException {
        Objects.requireNonNull(sink, "sink");
        report.format(ID);
        report.timeZone("UTC");
        String name = file.getFileName().toString();
        Path parent = file.toAbsolutePath().getParent();
        String directory = parent == null || parent.getFileName() == null ? ""
                : parent.getFileName().toString().toLowerCase(Locale.ROOT);
        if (METRIC_DIRECTORY.matcher(directory).matches() && !directory.startsWith("requests")) {
            int cut = directory.lastIndexOf('_');
            throw new TraceFormatException(directory + "/" + name + " holds "
                    + directory.substring(0, cut).replace('_', ' ') + " per " + directory.substring(cut + 1)
                    + ", not request counts: import requests_minute/" + name);
        }
        long intervalSeconds = directory.equals("requests_second") ? 1 : 60;
        try (CsvReader csv = new CsvReader(file)) {
            Header header = Header.read(csv, name, EXPECTED);
            header.require(EXPECTED, "time");
            new Day(name, header, intervalSeconds, report).read(csv, sink);
        }
    }

    /** The reading of one day file. */
    private final class Day {

        private final String name;
        private final Header header;
        private final long intervalSeconds;
        private final ImportReport report;
        private final int time;
        private final int day;
        private final String[] functionOf;
        private final TreeMap<Long, Long> lineOfTime = new TreeMap<>();
        private long dayMismatches;
        private String firstDayMismatch;

        Day(String name, Header header, long intervalSeconds, ImportReport report) {
            this.name = name;
            this.header = header;
            this.intervalSeconds = intervalSeconds;
            this.report = report;
            this.time = header.indexOf("time");
            this.day = header.indexOf("day");
            this.functionOf = functionColumns();
        }

        /** For each column, the function id it counts, or null. */
        private String[] functionColumns() {
            String[] functions = new String[header.size()];
            Map<String, Integer> seen = new HashMap<>();
            List<String> ignored = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                if (c == time || c == day) {
                    continue;
                }
                String h = header.name(c);
                if (!isFunctionColumn(h)) {
                    ignored.add(Fields.shown(h));
                    continue;
                }
                Integer first = seen.putIfAbsent(h, c);
                if (first != null) {
                    throw new TraceFormatException(name + ":" + header.line() + ": function column " + Fields.shown(h)
                            + " appears twice in the header (columns " + (first + 1) + " and " + (c + 1) + ")");
                }
                functions[c] = FUNCTION_PREFIX + h;
            }
            if (seen.isEmpty()) {
                throw new TraceFormatException(name + ":" + header.line()
                        + ": the header has no function columns (0, 1, ...): expected " + EXPECTED + ", found "
                        + header.shown());
            }
            header.warnIgnored(ignored, "day, time nor a function number", report);
            return functions;
        }

        void read(CsvReader csv, TraceSink sink) throws IOException {
            Rows.readAll(csv, header, name, report, row -> readRow(row, sink));
            summarise();
        }

        private void readRow(CsvReader.Row row, TraceSink sink) {
            long seconds;
            try {
                seconds = Fields.count(row.get(time), "seconds");
            } catch (Fields.BadField e) {
                report.rejected(name, row.line(), header.name(time), e.getMessage());
                return;
            }
            if (day >= 0) {
                long dayNumber;
                try {
                    dayNumber = Fields.count(row.get(day), "days");
                } catch (Fields.BadField e) {
                    report.rejected(name, row.line(), header.name(day), e.getMessage());
                    return;
                }
                if (dayNumber != seconds / DAY_SECONDS && dayMismatches++ == 0) {
                    firstDayMismatch = "line " + row.line() + ": day " + dayNumber + ", time " + seconds
                            + " is in day " + seconds / DAY_SECONDS;
                }
            }
            Long first = lineOfTime.putIfAbsent(seconds, row.line());
            if (first != null) {
                report.duplicate();
                report.rejected(name, row.line(), header.name(time),
                        Fields.shown(row.get(time).strip()) + " repeats the time of line " + first);
                return;
            }
            long startUs = traceStartUs + seconds * SECOND_US;
            String where = name + ":" + row.line();
            for (int c = 0; c < row.size(); c++) {
                String function = functionOf[c];
                if (function == null) {
                    continue;
                }
                String text = row.get(c);
                if (text.isEmpty() || text.length() == 1 && text.charAt(0) == '0' || text.isBlank()) {
                    continue; // no requests
                }
                long count;
                try {
                    count = Fields.count(text, "requests");
                } catch (Fields.BadField e) {
                    report.rejected(name, row.line(), header.name(c), e.getMessage());
                    continue;
                }
                if (count == 0) {
                    continue;
                }
                sink.aggregate(new IntervalAggregate(startUs, intervalSeconds * SECOND_US, function, count,
                        Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, -1, -1, -1, -1,
                        where));
                report.accepted(function, startUs);
            }
        }

        private void summarise() {
            String unit = intervalSeconds == 1 ? "second" : "minute";
            Long previous = null;
            for (long t : lineOfTime.keySet()) {
                if (previous != null && t - previous > intervalSeconds) {
                    long missing = (t - previous + intervalSeconds - 1) / intervalSeconds - 1;
                    long from = previous + intervalSeconds;
                    long to = t - intervalSeconds;
                    report.gap();
                    report.warning(name + ": no usable row for " + missing + " " + unit + (missing == 1 ? "" : "s")
                            + " between lines " + lineOfTime.get(previous) + " and " + lineOfTime.get(t) + " (time "
                            + (missing == 1 ? from : from + " to " + to) + ")");
                }
                previous = t;
            }
            if (dayMismatches > 0) {
                report.warning(name + ": " + (dayMismatches == 1 ? "1 row has" : dayMismatches + " rows have")
                        + " a day that disagrees with its time (first: " + firstDayMismatch + "): time used");
            }
        }
    }

    /** A function column's name: a whole number without sign. */
    private static boolean isFunctionColumn(String h) {
        if (h.isEmpty() || h.length() > 9) {
            return false;
        }
        for (int i = 0; i < h.length(); i++) {
            if (h.charAt(i) < '0' || h.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String parentName(String path) {
        int slash = path.lastIndexOf('/');
        if (slash <= 0) {
            return "";
        }
        return Heads.baseName(path.substring(0, slash));
    }
}
