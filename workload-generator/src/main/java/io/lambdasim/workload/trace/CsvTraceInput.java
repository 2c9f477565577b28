package io.lambdasim.workload.trace;

import io.lambdasim.workload.csv.CsvFormat;
import io.lambdasim.workload.csv.CsvRecords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the CSV form. The header (functions, span, count) is not written in the file, so {@link #open} reads the file
 * once to compute it and check every row, then opens it again for the records. Errors name {@code file:line: column}.
 */
final class CsvTraceInput implements TraceInput {

    private static final Pattern DECIMAL = Pattern.compile("\\+?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

    /**
     * RFC 4180 with blanks around unquoted cells trimmed (an empty one is null; a quoted cell is kept exactly, so
     * {@code ""} is the empty string), empty lines and lines starting with {@code #} skipped.
     */
    private static final CsvFormat FORMAT = CsvFormat.RFC_4180.withQuoteAfterBlanks().withTrimmedCells()
            .skipping(CsvFormat.Skip.EMPTY_AND_COMMENT_LINES);

    private final String file;
    private final CsvRecords parser;
    private final TraceKind kind;
    private final long declaredRecords;
    private final List<String> columnNames;
    /** For each of the kind's columns (in {@link CsvTrace}'s order), its position in the file, or -1. */
    private final int[] position;
    private final Map<String, String> canonical;
    private TraceHeader header;
    private int columnCount;
    private List<String> cells;
    private long prevStart = Long.MIN_VALUE;
    private long rows;
    private boolean ended;

    /** Opens {@code path}: reads it through once to compute the header, then returns a reader of its records. */
    static CsvTraceInput open(Path path) throws IOException {
        TraceStats stats = new TraceStats();
        TraceKind kind;
        try (CsvTraceInput first = new CsvTraceInput(path, null)) {
            kind = first.kind;
            if (kind == TraceKind.INVOCATIONS) {
                for (InvocationRecord r = first.nextInvocation(); r != null; r = first.nextInvocation()) {
                    stats.add(r.function(), r.startUs(), TraceStats.saturatedAdd(r.startUs(), r.durationUs()),
                            r.memoryMb());
                }
            } else {
                for (IntervalAggregate a = first.nextAggregate(); a != null; a = first.nextAggregate()) {
                    stats.add(a.function(), a.startUs(), TraceStats.saturatedAdd(a.startUs(), a.lengthUs()),
                            a.memoryMb());
                }
            }
        }
        TraceHeader header = stats.header(kind);
        Map<String, String> canonical = new HashMap<>();
        for (TraceFunction f : header.functions()) {
            canonical.put(f.name(), f.name());
        }
        CsvTraceInput second = new CsvTraceInput(path, canonical);
        second.header = header;
        return second;
    }

    private CsvTraceInput(Path path, Map<String, String> canonical) throws IOException {
        this.file = path.toString();
        this.canonical = canonical;
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        this.parser = new CsvRecords(reader, FORMAT);
        try {
            String first = parser.readLine();
            if (first == null) {
                throw new TraceFormatException(file + ": the file is empty; a CSV trace starts with \""
                        + CsvTrace.MAGIC + TraceFileFormat.VERSION + " kind=invocations\"");
            }
            if (first.startsWith("\uFEFF")) {
                first = first.substring(1);
            }
            String expected = CsvTrace.MAGIC + TraceFileFormat.VERSION;
            if (!first.startsWith(CsvTrace.MAGIC)) {
                throw new TraceFormatException(file + ":1: not a LambdaSim CSV trace: the first line must be \""
                        + expected + " kind=invocations\" (or kind=aggregates), was \"" + shorten(first) + "\"");
            }
            String[] tokens = first.substring(CsvTrace.MAGIC.length()).strip().split("\\s+");
            String version = tokens[0];
            if (!version.equals(String.valueOf(TraceFileFormat.VERSION))) {
                throw new TraceFormatException(file + ":1: format version \"" + version
                        + "\"; this LambdaSim reads version " + TraceFileFormat.VERSION);
            }
            TraceKind k = null;
            long declared = -1;
            for (int i = 1; i < tokens.length; i++) {
                String t = tokens[i];
                if (t.startsWith("kind=")) {
                    String v = t.substring(5);
                    for (TraceKind candidate : TraceKind.values()) {
                        if (candidate.id().equals(v)) {
                            k = candidate;
                        }
                    }
                    if (k == null) {
                        throw new TraceFormatException(file + ":1: kind: unknown kind \"" + v
                                + "\" (kinds: invocations, aggregates)");
                    }
                } else if (t.startsWith("records=")) {
                    try {
                        declared = Long.parseLong(t.substring(8));
                    } catch (NumberFormatException e) {
                        declared = -2;
                    }
                    if (declared < 0) {
                        throw new TraceFormatException(file + ":1: records: \"" + t.substring(8)
                                + "\" is not a record count");
                    }
                }
            }
            if (k == null) {
                throw new TraceFormatException(file + ":1: kind: the first line does not say kind=invocations or"
                        + " kind=aggregates");
            }
            this.kind = k;
            this.declaredRecords = declared;
            this.columnNames = k == TraceKind.INVOCATIONS ? CsvTrace.INVOCATION_COLUMNS : CsvTrace.AGGREGATE_COLUMNS;
            this.position = readColumns(k == TraceKind.INVOCATIONS ? CsvTrace.INVOCATION_REQUIRED
                    : CsvTrace.AGGREGATE_REQUIRED);
        } catch (RuntimeException | IOException e) {
            parser.close();
            throw e;
        }
    }

    private int[] readColumns(List<String> required) throws IOException {
        List<String> names = nextCells();
        if (names == null) {
            throw new TraceFormatException(file + ": no column names after the first line");
        }
        long line = parser.line();
        columnCount = names.size();
        int[] pos = new int[columnNames.size()];
        java.util.Arrays.fill(pos, -1);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i) == null ? "" : names.get(i).strip().toLowerCase(Locale.ROOT);
            if (seen.put(n, i) != null && !n.isEmpty()) {
                throw new TraceFormatException(file + ":" + line + ": column " + n + " appears twice");
            }
            int known = columnNames.indexOf(n);
            if (known >= 0) {
                pos[known] = i;
            }
        }
        for (String r : required) {
            if (pos[columnNames.indexOf(r)] < 0) {
                throw new TraceFormatException(file + ":" + line + ": the column names lack " + r + " (needed: "
                        + String.join(", ", required) + ")");
            }
        }
        return pos;
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    @Override
    public TraceHeader header() {
        return header;
    }

    /** Moves to the next row; false at the end, after checking the count the first line announced. */
    private boolean nextRow() throws IOException {
        if (ended) {
            return false;
        }
        cells = nextCells();
        if (cells == null) {
            ended = true;
            if (declaredRecords >= 0 && declaredRecords != rows) {
                throw new TraceFormatException(file + ": the first line announces " + declaredRecords
                        + " records but the file holds " + rows + (rows < declaredRecords ? " (cut short?)" : ""));
            }
            if (declaredRecords >= 0 && !parser.lastLineEnded()) {
                throw new TraceFormatException(file + ":" + parser.line() + ": the last line has no line end:"
                        + " the file was cut short");
            }
            return false;
        }
        if (cells.size() > columnCount) {
            throw error(null, cells.size() + " cells but the column names line has " + columnCount);
        }
        rows++;
        return true;
    }

    /** The next row's cells, or null at the end; a {@link TraceFormatException} if its quotes are wrong. */
    private List<String> nextCells() throws IOException {
        List<String> next = parser.next();
        if (next != null && parser.textAfterQuoteLine() != 0) {
            throw new TraceFormatException(file + ":" + parser.textAfterQuoteLine() + ": cell "
                    + parser.textAfterQuoteField() + ": text after the closing quote");
        }
        if (next != null && parser.unclosedQuoteLine() != 0) {
            throw new TraceFormatException(file + ":" + parser.line() + ": a quoted cell is never closed (the file"
                    + " ends inside it)");
        }
        return next;
    }

    private TraceFormatException error(String column, String reason) {
        return new TraceFormatException(file + ":" + parser.line() + ": " + (column == null ? "" : column + ": ")
                + reason);
    }

    private String cell(String column) {
        int p = position[columnNames.indexOf(column)];
        return p < 0 || p >= cells.size() ? null : cells.get(p);
    }

    private long whole(String column, long min, long absent) {
        String s = cell(column);
        if (s == null || s.isEmpty()) {
            if (absent == Long.MIN_VALUE) {
                throw error(column, "missing");
            }
            return absent;
        }
        long v;
        try {
            v = Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw error(column, "\"" + shorten(s) + "\" is not a whole number");
        }
        if (v < min) {
            throw error(column, v + " is negative");
        }
        return v;
    }

    private int wholeInt(String column) {
        long v = whole(column, 0, -1);
        if (v > Integer.MAX_VALUE) {
            throw error(column, v + " is too large");
        }
        return (int) v;
    }

    private double decimal(String column) {
        String s = cell(column);
        if (s == null || s.isEmpty()) {
            return Double.NaN;
        }
        if (s.startsWith("-") && DECIMAL.matcher(s.substring(1)).matches()) {
            throw error(column, s + " is negative");
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw error(column, "\"" + shorten(s) + "\" is not a decimal number");
        }
        double v = Double.parseDouble(s);
        if (Double.isInfinite(v)) {
            throw error(column, "\"" + shorten(s) + "\" is too large");
        }
        return v;
    }

    private String function() {
        String s = cell(CsvTrace.FUNCTION);
        if (s == null || s.isEmpty()) {
            throw error(CsvTrace.FUNCTION, "missing");
        }
        if (canonical != null) {
            String c = canonical.get(s);
            if (c == null) {
                throw error(CsvTrace.FUNCTION, "\"" + shorten(s) + "\" was not in the file when it was opened");
            }
            return c;
        }
        return s;
    }

    private long start() {
        long start = whole(CsvTrace.START_US, Long.MIN_VALUE, Long.MIN_VALUE);
        if (start < prevStart) {
            throw error(CsvTrace.START_US, start + " is earlier than the row before (" + prevStart
                    + "); a trace file is in time order (import the rows with TraceWriter to sort them)");
        }
        prevStart = start;
        return start;
    }

    private InvocationStatus status() {
        String s = cell(CsvTrace.STATUS);
        if (s == null) {
            return InvocationStatus.UNKNOWN;
        }
        switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "success":
                return InvocationStatus.SUCCESS;
            case "error":
                return InvocationStatus.ERROR;
            case "timeout":
                return InvocationStatus.TIMEOUT;
            case "unknown":
            case "":
                return InvocationStatus.UNKNOWN;
            default:
                throw error(CsvTrace.STATUS, "\"" + shorten(s) + "\" is not a status (success, error, timeout, or"
                        + " empty for unknown)");
        }
    }

    @Override
    public InvocationRecord nextInvocation() throws IOException {
        requireKind(TraceKind.INVOCATIONS);
        if (!nextRow()) {
            return null;
        }
        long start = start();
        String function = function();
        long duration = whole(CsvTrace.DURATION_US, 0, Long.MIN_VALUE);
        long init = whole(CsvTrace.INIT_US, 0, -1);
        long restore = whole(CsvTrace.RESTORE_US, 0, -1);
        long billed = whole(CsvTrace.BILLED_DURATION_MS, 0, -1);
        long billedRestore = whole(CsvTrace.BILLED_RESTORE_MS, 0, -1);
        int memory = wholeInt(CsvTrace.MEMORY_MB);
        int used = wholeInt(CsvTrace.MAX_MEMORY_USED_MB);
        InvocationStatus status = status();
        String requestId = cell(CsvTrace.REQUEST_ID);
        return new InvocationRecord(start, function, duration, init, restore, billed, billedRestore, memory, used,
                status, requestId, file + ":" + parser.line());
    }

    @Override
    public IntervalAggregate nextAggregate() throws IOException {
        requireKind(TraceKind.AGGREGATES);
        if (!nextRow()) {
            return null;
        }
        long start = start();
        long length = whole(CsvTrace.LENGTH_US, 0, Long.MIN_VALUE);
        if (length == 0) {
            throw error(CsvTrace.LENGTH_US, "an interval must be longer than 0 µs");
        }
        String function = function();
        long invocations = whole(CsvTrace.INVOCATIONS, 0, Long.MIN_VALUE);
        double avg = decimal(CsvTrace.AVG_DURATION_MS);
        double min = decimal(CsvTrace.MIN_DURATION_MS);
        double max = decimal(CsvTrace.MAX_DURATION_MS);
        double p50 = decimal(CsvTrace.P50_DURATION_MS);
        double p90 = decimal(CsvTrace.P90_DURATION_MS);
        double p99 = decimal(CsvTrace.P99_DURATION_MS);
        long errors = whole(CsvTrace.ERRORS, 0, -1);
        long throttles = whole(CsvTrace.THROTTLES, 0, -1);
        long cold = whole(CsvTrace.COLD_STARTS, 0, -1);
        int memory = wholeInt(CsvTrace.MEMORY_MB);
        return new IntervalAggregate(start, length, function, invocations, avg, min, max, p50, p90, p99, errors,
                throttles, cold, memory, file + ":" + parser.line());
    }

    private void requireKind(TraceKind k) {
        if (kind != k) {
            throw new IllegalStateException(file + " holds " + kind.noun() + ", not " + k.noun());
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
