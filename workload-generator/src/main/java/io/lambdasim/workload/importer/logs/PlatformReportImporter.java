package io.lambdasim.workload.importer.logs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.TraceFormatException;
import io.lambdasim.workload.trace.TraceImporter;
import io.lambdasim.workload.trace.TraceSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Lambda's JSON log format ({@code platform-report}): {@code platform.report} events, one JSON object per line (other
 * events and application lines are skipped; a line may start with a timestamp and log stream as
 * {@code aws logs tail} prints them), or a JSON array of events (or pretty-printed objects), read as a stream. The
 * start of an invocation is the event's {@code time} minus its duration (and INIT); see docs/import-logs.md.
 */
public final class PlatformReportImporter implements TraceImporter {

    public static final String ID = "platform-report";

    private static final Pattern REPORT_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"platform\\.report\"");

    private final String function;
    private final SeenRequestIds seen = new SeenRequestIds();

    public PlatformReportImporter() {
        this(null);
    }

    /** @param function the name of records the file does not name (null: the file's name) */
    public PlatformReportImporter(String function) {
        this.function = function;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Lambda JSON log format: platform.report events, one per line or in an array";
    }

    @Override
    public double detect(String fileName, String head) {
        if (TextInput.looksBinary(head)) {
            return 0;
        }
        if (REPORT_TYPE.matcher(head).find()) {
            return head.contains("\"events\"") ? 0.3 : 0.95;
        }
        return head.contains("\"platform.start\"") || head.contains("\"platform.runtimeDone\"") ? 0.5 : 0.01;
    }

    @Override
    public void read(Path file, TraceSink sink, ImportReport report) throws IOException {
        report.format(ID);
        ImportContext ctx = new ImportContext(file, sink, report, function, seen.forReport(report));
        String head = TextInput.head(file);
        if (head.isBlank()) {
            throw new TraceFormatException(file + ": empty file");
        }
        String firstLine = head.strip().lines().findFirst().orElse("").strip();
        long reports = firstLine.startsWith("[") || firstLine.equals("{") ? readStream(ctx) : readLines(ctx);
        if (reports == 0) {
            throw new TraceFormatException(file + ": no platform.report events"
                    + (TextInput.looksBinary(head) ? " (the file looks binary)" : "")
                    + "; expected Lambda JSON log records such as {\"time\":\"2026-03-02T10:01:07.112Z\","
                    + "\"type\":\"platform.report\",\"record\":{...}}");
        }
        ctx.finish();
    }

    /** JSON lines, possibly after a timestamp and stream: returns the platform.report events seen. */
    private static long readLines(ImportContext ctx) throws IOException {
        long lineNo = 0;
        long reports = 0;
        try (BufferedReader in = TextInput.open(ctx.path())) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                int brace = line.indexOf('{');
                if (brace < 0 || !line.contains(PlatformReports.TYPE)) {
                    continue;
                }
                try {
                    LinePrefix prefix = LinePrefix.parse(line.substring(0, brace));
                    JsonNode event;
                    try {
                        event = PlatformReports.MAPPER.readTree(line.substring(brace));
                    } catch (JsonProcessingException e) {
                        reports++;
                        throw new FieldException("JSON", JsonErrors.reason(e));
                    }
                    if (!PlatformReports.isReport(event)) {
                        continue;
                    }
                    reports++;
                    deliver(ctx, event, prefix, lineNo);
                } catch (FieldException e) {
                    ctx.reject(lineNo, e);
                }
            }
        }
        return reports;
    }

    /** A JSON array of events, or concatenated (pretty-printed) events, streamed. */
    private static long readStream(ImportContext ctx) throws IOException {
        long reports = 0;
        long index = 0;
        try (BufferedReader in = TextInput.open(ctx.path());
             JsonParser p = PlatformReports.MAPPER.createParser(in)) {
            JsonToken t;
            boolean inArray = false;
            while (true) {
                long line = p.currentLocation().getLineNr();
                try {
                    t = p.nextToken();
                    if (t == null) {
                        break;
                    }
                    line = p.currentTokenLocation().getLineNr();
                    if (t == JsonToken.START_ARRAY && !inArray) {
                        inArray = true;
                        continue;
                    }
                    if (t == JsonToken.END_ARRAY && inArray) {
                        inArray = false;
                        continue;
                    }
                    String where = "[" + index++ + "]";
                    if (t != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        ctx.reject(line, where, "not a JSON object");
                        continue;
                    }
                    JsonNode event = PlatformReports.MAPPER.readTree(p);
                    if (!PlatformReports.isReport(event)) {
                        continue;
                    }
                    reports++;
                    try {
                        deliver(ctx, event, LinePrefix.NONE, line);
                    } catch (FieldException e) {
                        ctx.reject(line, e.at(where));
                    }
                } catch (JsonProcessingException e) {
                    if (reports == 0 && ctx.accepted() == 0) {
                        throw new TraceFormatException(ctx.file() + ":" + JsonErrors.line(e, line) + ": "
                                + JsonErrors.reason(e));
                    }
                    ctx.reject(JsonErrors.line(e, line), "JSON", JsonErrors.reason(e)
                            + "; the rest of the file is not read");
                    return reports;
                }
            }
        }
        return reports;
    }

    private static void deliver(ImportContext ctx, JsonNode event, LinePrefix prefix, long line) {
        ReportFields f = PlatformReports.fields(event);
        long endUs = ImportContext.NO_TIME;
        JsonNode time = event.get("time");
        if (time != null && time.isTextual()) {
            endUs = ctx.time("time", LogTimestamps.parse("time", time.asText()), line);
        } else if (time != null && !time.isNull()) {
            throw new FieldException("time", "not a timestamp: " + LogValues.quote(time.toString()));
        } else if (prefix.stamp() != null) {
            endUs = ctx.time("timestamp", prefix.stamp(), line);
        }
        ctx.deliver(f, endUs, prefix.function(), line);
    }
}
