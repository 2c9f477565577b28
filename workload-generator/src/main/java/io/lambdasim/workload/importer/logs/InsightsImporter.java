package io.lambdasim.workload.importer.logs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.lambdasim.workload.csv.CsvFormat;
import io.lambdasim.workload.csv.CsvRecords;
import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.InvocationStatus;
import io.lambdasim.workload.trace.TraceFormatException;
import io.lambdasim.workload.trace.TraceImporter;
import io.lambdasim.workload.trace.TraceSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CloudWatch Logs Insights results of {@code filter @type = "REPORT"} ({@code logs-insights}), in any of the forms the
 * console and the API give: the CSV export, the JSON export (an array of objects), the Markdown copy (a header block,
 * a {@code ---} line, a pipe table) and {@code aws logs get-query-results}
 * ({@code {"results": [[{"field", "value"}...]]}}).
 * Fields are found by name: {@code @duration} (required), {@code @timestamp} (UTC, {@code 2026-03-02 10:01:07.112}),
 * {@code @requestId}, {@code @billedDuration}, {@code @initDuration} (empty when warm), {@code @memorySize} and
 * {@code @maxMemoryUsed} (bytes, 10^6 per MB), {@code @log} and {@code @logStream}; rows with only {@code @message}
 * are read as REPORT lines. Values may be strings or numbers, in exponent form too ({@code 6.7E7}).
 */
public final class InsightsImporter implements TraceImporter {

    public static final String ID = "logs-insights";

    /** A line of the Markdown copy's header block ({@code region: us-east-1}). */
    private static final Pattern HEADER_KEY = Pattern.compile("[a-z][a-z-]*:.*");
    private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-+:?");
    private static final String DURATION = "@duration";
    private static final String MESSAGE = "@message";

    private final String function;
    private final SeenRequestIds seen = new SeenRequestIds();

    public InsightsImporter() {
        this(null);
    }

    /** @param function the name of rows without {@code @log} or a log-group header (null: the file's name) */
    public InsightsImporter(String function) {
        this.function = function;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "CloudWatch Logs Insights REPORT query results (CSV, JSON, Markdown copy, get-query-results)";
    }

    @Override
    public double detect(String fileName, String head) {
        if (TextInput.looksBinary(head)) {
            return 0;
        }
        boolean fields = head.contains(DURATION) || head.contains("@billedDuration") || head.contains("@initDuration");
        if (fields) {
            return 0.95;
        }
        if (head.contains("query-string:") && head.contains("log-group-names:")) {
            return 0.8;
        }
        return head.contains("@timestamp") && head.contains(MESSAGE) ? 0.4 : 0.01;
    }

    @Override
    public void read(Path file, TraceSink sink, ImportReport report) throws IOException {
        report.format(ID);
        ImportContext ctx = new ImportContext(file, sink, report, function, seen.forReport(report));
        String head = TextInput.head(file);
        if (head.isBlank()) {
            throw new TraceFormatException(file + ": empty file");
        }
        char first = TextInput.firstNonBlank(head);
        String firstLine = head.strip().lines().findFirst().orElse("");
        long rows;
        if (first == '[' || first == '{') {
            rows = readJson(ctx);
        } else if (first == '|' || HEADER_KEY.matcher(firstLine).matches()) {
            rows = readMarkdown(ctx);
        } else {
            rows = readCsv(ctx);
        }
        if (rows == 0) {
            throw new TraceFormatException(file + ": no result rows");
        }
        ctx.finish();
    }

    // ---- one row, whatever the form -------------------------------------------------------------------------

    /** Reads one row; false if it is not a REPORT row (an {@code @message} of another kind). */
    private static boolean row(ImportContext ctx, Map<String, String> v, long line, String where,
                               String groupFunction) {
        try {
            ReportFields f;
            String duration = v.get(DURATION);
            if (duration == null && v.get(MESSAGE) != null) {
                String message = v.get(MESSAGE);
                int at = message.indexOf(ReportMessage.MARKER);
                if (at < 0) {
                    return false;
                }
                f = ReportMessage.parse(message.substring(at + "REPORT ".length()));
            } else {
                f = fields(v);
            }
            String ts = v.get("@timestamp");
            long endUs = ts == null || ts.isBlank() ? ImportContext.NO_TIME
                    : ctx.time("@timestamp", LogTimestamps.parse("@timestamp", ts), line);
            String fn = FunctionNames.of(v.get("@log"), v.get("@logStream"));
            ctx.deliver(f, endUs, fn != null ? fn : groupFunction, line);
        } catch (FieldException e) {
            ctx.reject(line, e.at(where));
        }
        return true;
    }

    private static ReportFields fields(Map<String, String> v) {
        ReportFields f = new ReportFields();
        f.status = InvocationStatus.UNKNOWN;
        String id = v.get("@requestId");
        f.requestId = id == null || id.isBlank() ? null : id.strip();
        f.durationUs = LogValues.msToUs(DURATION, v.getOrDefault(DURATION, ""));
        String s;
        if (given(s = v.get("@billedDuration"))) {
            f.billedMs = LogValues.whole("@billedDuration", s);
        }
        if (given(s = v.get("@initDuration"))) {
            f.initUs = LogValues.msToUs("@initDuration", s);
        }
        if (given(s = v.get("@restoreDuration"))) {
            f.restoreUs = LogValues.msToUs("@restoreDuration", s);
        }
        if (given(s = v.get("@billedRestoreDuration"))) {
            f.billedRestoreMs = LogValues.whole("@billedRestoreDuration", s);
        }
        if (given(s = v.get("@memorySize"))) {
            f.memoryMb = LogValues.mbFromBytes("@memorySize", s);
        }
        if (given(s = v.get("@maxMemoryUsed"))) {
            f.maxMemoryUsedMb = LogValues.mbFromBytes("@maxMemoryUsed", s);
        }
        return f;
    }

    private static boolean given(String s) {
        return s != null && !s.isBlank();
    }

    private static TraceFormatException noDuration(ImportContext ctx, long line, java.util.Collection<String> found) {
        return new TraceFormatException(ctx.file() + ":" + line + ": no @duration field (Logs Insights results of "
                + "filter @type = \"REPORT\" have @timestamp, @requestId, @duration, @billedDuration, @initDuration, "
                + "@memorySize, @maxMemoryUsed); found: " + String.join(", ", found.stream()
                        .map(LogValues::quote).toList()));
    }

    // ---- CSV export -------------------------------------------------------------------------------------------

    private static long readCsv(ImportContext ctx) throws IOException {
        long rows = 0;
        try (BufferedReader in = TextInput.open(ctx.path())) {
            CsvRecords csv = new CsvRecords(in, CsvFormat.RFC_4180);
            List<String> header = nextCsvRecord(csv);
            while (header != null && header.size() == 1 && header.get(0).isBlank()) {
                header = nextCsvRecord(csv);
            }
            if (header == null) {
                return 0;
            }
            List<String> names = header.stream().map(String::strip).toList();
            if (!names.contains(DURATION) && !names.contains(MESSAGE)) {
                throw noDuration(ctx, csv.line(), names);
            }
            while (true) {
                List<String> record;
                try {
                    record = nextCsvRecord(csv);
                } catch (FieldException e) {
                    ctx.reject(csv.line(), e);
                    rows++;
                    break;
                }
                if (record == null) {
                    break;
                }
                long line = csv.line();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                rows++;
                if (record.size() != names.size()) {
                    ctx.reject(line, "row", "expected " + names.size() + " fields as in the header, found "
                            + record.size());
                    continue;
                }
                Map<String, String> v = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    v.put(names.get(i), record.get(i));
                }
                if (!row(ctx, v, line, null, null)) {
                    rows--;
                }
            }
        }
        return rows;
    }

    /**
     * The next record of the CSV export (the BOM skipped by {@link TextInput#open}), or null at the end; a quoted field
     * left open at the end of the file is a {@link FieldException} on {@code CSV}.
     */
    private static List<String> nextCsvRecord(CsvRecords csv) throws IOException {
        List<String> record = csv.next();
        if (record != null && csv.unclosedQuoteLine() != 0) {
            throw new FieldException("CSV", "quoted field opened on line " + csv.unclosedQuoteLine()
                    + " is never closed");
        }
        return record;
    }

    // ---- Markdown copy ----------------------------------------------------------------------------------------

    private static long readMarkdown(ImportContext ctx) throws IOException {
        long rows = 0;
        long lineNo = 0;
        List<String> groups = new ArrayList<>();
        try (BufferedReader in = TextInput.open(ctx.path())) {
            String line;
            boolean inHeader = !firstNonBlankLineStartsWithPipe(ctx.path());
            boolean inFence = false;
            boolean inGroupList = false;
            List<String> names = null;
            long headerLine = 0;
            boolean separatorSeen = false;
            while ((line = in.readLine()) != null) {
                lineNo++;
                String t = line.strip();
                if (inHeader) {
                    if (t.startsWith("```")) {
                        inFence = !inFence;
                    } else if (!inFence && t.equals("---")) {
                        inHeader = false;
                    } else if (!inFence && t.startsWith("log-group-names:")) {
                        String value = t.substring("log-group-names:".length()).strip();
                        for (String g : value.split("[,\\s]+")) {
                            if (!g.isEmpty()) {
                                groups.add(g);
                            }
                        }
                        inGroupList = value.isEmpty();
                    } else if (!inFence && inGroupList && t.startsWith("-")) {
                        groups.add(t.substring(1).strip());
                    } else if (!inFence) {
                        inGroupList = false;
                    }
                    continue;
                }
                if (t.isEmpty()) {
                    continue;
                }
                if (!t.startsWith("|")) {
                    if (names != null) {
                        ctx.reject(lineNo, "row", "not a table row (a table row starts with '|')");
                        rows++;
                    }
                    continue;
                }
                List<String> cells = cells(t);
                if (names == null) {
                    names = cells;
                    headerLine = lineNo;
                    if (!names.contains(DURATION) && !names.contains(MESSAGE)) {
                        throw noDuration(ctx, lineNo, names);
                    }
                    continue;
                }
                if (!separatorSeen && lineNo == headerLine + 1
                        && cells.stream().allMatch(c -> SEPARATOR_CELL.matcher(c).matches())) {
                    separatorSeen = true;
                    continue;
                }
                rows++;
                if (cells.size() != names.size()) {
                    ctx.reject(lineNo, "row", "expected " + names.size() + " cells as in the header, found "
                            + cells.size());
                    continue;
                }
                Map<String, String> v = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    v.put(names.get(i), cells.get(i));
                }
                String groupFunction = groups.size() == 1 ? FunctionNames.fromLogGroup(groups.get(0)) : null;
                if (!row(ctx, v, lineNo, null, groupFunction)) {
                    rows--;
                }
            }
            if (inHeader) {
                throw new TraceFormatException(ctx.file() + ": no '---' line ends the header block (region:, "
                        + "log-group-names:, ...), so no table follows");
            }
        }
        if (groups.size() > 1) {
            ctx.warning("several log groups in the header (" + String.join(", ", groups) + "): rows without @log "
                    + "cannot be told apart by function");
        }
        return rows;
    }

    private static boolean firstNonBlankLineStartsWithPipe(Path file) throws IOException {
        return TextInput.firstNonBlank(TextInput.head(file)) == '|';
    }

    /** The cells of a pipe-table row: outer pipes dropped, {@code \|} kept as a pipe, each cell stripped. */
    static List<String> cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|") && !r.endsWith("\\|")) {
            r = r.substring(0, r.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\' && i + 1 < r.length() && r.charAt(i + 1) == '|') {
                b.append('|');
                i++;
            } else if (c == '|') {
                cells.add(b.toString().strip());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        cells.add(b.toString().strip());
        return cells;
    }

    // ---- JSON export and get-query-results --------------------------------------------------------------------

    private static long readJson(ImportContext ctx) throws IOException {
        long rows = 0;
        long line = 1;
        try (BufferedReader in = TextInput.open(ctx.path());
             JsonParser p = PlatformReports.MAPPER.createParser(in)) {
            try {
                JsonToken t = p.nextToken();
                String prefix = "";
                if (t == JsonToken.START_OBJECT) {
                    t = null;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken value = p.nextToken();
                        if (name.equals("results") && value == JsonToken.START_ARRAY) {
                            t = value;
                            break;
                        }
                        p.skipChildren();
                    }
                    if (t == null) {
                        throw new TraceFormatException(ctx.file() + ": no \"results\" array; expected Logs Insights "
                                + "results (an array of rows, or get-query-results output)");
                    }
                    prefix = "results";
                }
                int index = 0;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                    line = p.currentTokenLocation().getLineNr();
                    String where = prefix + "[" + index + "]";
                    Map<String, String> v;
                    if (t == JsonToken.START_ARRAY) {
                        v = fieldValueRow(PlatformReports.MAPPER.readTree(p));
                    } else if (t == JsonToken.START_OBJECT) {
                        v = objectRow(PlatformReports.MAPPER.readTree(p));
                    } else {
                        p.skipChildren();
                        ctx.reject(line, where, "not a row (an object, or an array of {\"field\", \"value\"})");
                        index++;
                        rows++;
                        continue;
                    }
                    if (index == 0 && !v.containsKey(DURATION) && !v.containsKey(MESSAGE)) {
                        throw noDuration(ctx, line, v.keySet());
                    }
                    index++;
                    if (row(ctx, v, line, where, null)) {
                        rows++;
                    }
                }
            } catch (JsonProcessingException e) {
                long at = JsonErrors.line(e, line);
                if (rows == 0) {
                    throw new TraceFormatException(ctx.file() + ":" + at + ": " + JsonErrors.reason(e));
                }
                ctx.reject(at, "JSON", JsonErrors.reason(e) + "; the rest of the file is not read");
            }
        }
        return rows;
    }

    /** A get-query-results row: {@code [{"field": "@duration", "value": "14.97"}, ...]}. */
    private static Map<String, String> fieldValueRow(JsonNode row) {
        Map<String, String> v = new LinkedHashMap<>();
        for (JsonNode cell : row) {
            JsonNode field = cell.get("field");
            if (field != null && field.isTextual()) {
                String value = text(cell.get("value"));
                if (value != null) {
                    v.put(field.asText(), value);
                }
            }
        }
        return v;
    }

    /** A JSON-export row: {@code {"@timestamp": "...", "@duration": "14.97", ...}}. */
    private static Map<String, String> objectRow(JsonNode row) {
        Map<String, String> v = new LinkedHashMap<>();
        row.properties().forEach(e -> {
            String value = text(e.getValue());
            if (value != null) {
                v.put(e.getKey(), value);
            }
        });
        return v;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isBigDecimal()) {
            return n.decimalValue().toPlainString();
        }
        return n.isValueNode() ? n.asText() : n.toString();
    }
}
