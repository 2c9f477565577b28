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

/**
 * {@code aws logs filter-log-events} output ({@code filter-log-events}): pages
 * {@code {"events":[{"logStreamName","timestamp","message",...}],"nextToken":"..."}}, one or several per file
 * (concatenated, or in a JSON array), empty pages included. Each event's {@code message} is a log line: REPORT lines
 * and {@code platform.report} JSON records are read, every other message is skipped. {@code timestamp} is epoch
 * milliseconds UTC. Streamed with Jackson's parser, one event at a time.
 */
public final class FilterLogEventsImporter implements TraceImporter {

    public static final String ID = "filter-log-events";

    private final String function;
    private final SeenRequestIds seen = new SeenRequestIds();

    public FilterLogEventsImporter() {
        this(null);
    }

    /** @param function the name of records whose log stream or group names no function (null: the file's name) */
    public FilterLogEventsImporter(String function) {
        this.function = function;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "'aws logs filter-log-events' JSON output (pages of events with REPORT messages)";
    }

    @Override
    public double detect(String fileName, String head) {
        if (TextInput.looksBinary(head)) {
            return 0;
        }
        char first = TextInput.firstNonBlank(head);
        if ((first == '{' || first == '[') && head.contains("\"events\"")) {
            return head.contains("\"logStreamName\"") || head.contains("\"message\"") ? 0.95 : 0.7;
        }
        return 0.01;
    }

    @Override
    public void read(Path file, TraceSink sink, ImportReport report) throws IOException {
        report.format(ID);
        ImportContext ctx = new ImportContext(file, sink, report, function, seen.forReport(report));
        Counts counts = new Counts();
        try (BufferedReader in = TextInput.open(file);
             JsonParser p = PlatformReports.MAPPER.createParser(in)) {
            readPages(p, ctx, counts);
        }
        if (counts.tokens == 0) {
            throw new TraceFormatException(file + ": empty file");
        }
        if (counts.pages == 0) {
            throw new TraceFormatException(file + ": no {\"events\": [...]} page; expected the JSON output of "
                    + "'aws logs filter-log-events'");
        }
        if (counts.events > 0 && counts.reports == 0) {
            throw new TraceFormatException(file + ": none of the " + counts.events + " events is a REPORT line or a "
                    + "platform.report record (filter with --filter-pattern REPORT)");
        }
        if (counts.events == 0) {
            ctx.warning(counts.pages + " pages, all empty: no events");
        }
        ctx.finish();
    }

    private static final class Counts {
        long tokens;
        long pages;
        long events;
        long reports;
    }

    private void readPages(JsonParser p, ImportContext ctx, Counts c) throws IOException {
        long line = 1;
        try {
            JsonToken t;
            int depth = 0;
            while ((t = p.nextToken()) != null) {
                c.tokens++;
                line = p.currentTokenLocation().getLineNr();
                if (t == JsonToken.START_ARRAY && depth == 0) {
                    depth = 1;
                } else if (t == JsonToken.END_ARRAY && depth == 1) {
                    depth = 0;
                } else if (t == JsonToken.START_OBJECT) {
                    page(p, ctx, c);
                } else {
                    throw new TraceFormatException(ctx.file() + ":" + line + ": expected a page "
                            + "{\"events\": [...]}, found " + LogValues.quote(p.getText()));
                }
            }
        } catch (JsonProcessingException e) {
            long at = JsonErrors.line(e, line);
            if (c.reports == 0) {
                throw new TraceFormatException(ctx.file() + ":" + at + ": " + JsonErrors.reason(e));
            }
            ctx.reject(at, "JSON", JsonErrors.reason(e) + "; the rest of the file is not read");
        }
    }

    /** One page, the parser on its START_OBJECT. */
    private void page(JsonParser p, ImportContext ctx, Counts c) throws IOException {
        boolean hasEvents = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("events") && value == JsonToken.START_ARRAY) {
                hasEvents = true;
                int index = 0;
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    long line = p.currentTokenLocation().getLineNr();
                    String where = "events[" + index++ + "]";
                    if (t != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        ctx.reject(line, where, "not a JSON object");
                        continue;
                    }
                    JsonNode event = PlatformReports.MAPPER.readTree(p);
                    c.events++;
                    event(event, where, line, ctx, c);
                }
            } else {
                p.skipChildren();
            }
        }
        if (hasEvents) {
            c.pages++;
        }
    }

    private void event(JsonNode event, String where, long line, ImportContext ctx, Counts c) {
        JsonNode message = event.get("message");
        if (message == null || !message.isTextual()) {
            return;
        }
        String text = message.asText();
        int at = text.indexOf(ReportMessage.MARKER);
        boolean platform = at < 0 && text.contains(PlatformReports.TYPE) && text.stripLeading().startsWith("{");
        if (at < 0 && !platform) {
            return;
        }
        c.reports++;
        ReportFields f;
        LinePrefix prefix = LinePrefix.NONE;
        try {
            if (platform) {
                JsonNode record;
                try {
                    record = PlatformReports.MAPPER.readTree(text);
                } catch (JsonProcessingException e) {
                    throw new FieldException("JSON", JsonErrors.reason(e));
                }
                if (!PlatformReports.isReport(record)) {
                    c.reports--;
                    return;
                }
                f = PlatformReports.fields(record);
            } else {
                prefix = LinePrefix.parse(text.substring(0, at));
                f = ReportMessage.parse(text.substring(at + "REPORT ".length()));
            }
        } catch (FieldException e) {
            ctx.reject(line, e.at(where + ".message"));
            return;
        }
        try {
            long endUs = ImportContext.NO_TIME;
            JsonNode ts = event.get("timestamp");
            if (ts != null && !ts.isNull()) {
                endUs = ctx.time("timestamp", new LogTimestamps.Stamp(
                        LogTimestamps.epochMsToUs("timestamp", ts.asText()), "+00:00"), line);
            } else if (prefix.stamp() != null) {
                endUs = ctx.time("timestamp", prefix.stamp(), line);
            }
            String fn = FunctionNames.of(text(event, "logGroupName"), text(event, "logStreamName"));
            if (fn == null) {
                fn = FunctionNames.fromLogGroup(text(event, "logGroupIdentifier"));
            }
            ctx.deliver(f, endUs, fn != null ? fn : prefix.function(), line);
        } catch (FieldException e) {
            ctx.reject(line, e.at(where));
        }
    }

    private static String text(JsonNode event, String field) {
        JsonNode n = event.get(field);
        return n != null && n.isTextual() ? n.asText() : null;
    }
}
