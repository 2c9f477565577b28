package io.lambdasim.workload.importer.logs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Lambda's JSON log format and the Telemetry API: a {@code platform.report} event,
 * <pre>{"time":"2026-03-02T10:01:07.112Z","type":"platform.report","record":{"requestId":"6f1c...",
 *  "metrics":{"durationMs":118.04,"billedDurationMs":119,"memorySizeMB":1024,"maxMemoryUsedMB":91,
 *  "initDurationMs":412.77},"status":"success"}}</pre>
 * Metrics may also be {@code restoreDurationMs} and {@code billedRestoreDurationMs} (SnapStart); numbers may be
 * written as strings; unknown fields are ignored.
 */
final class PlatformReports {

    static final String TYPE = "platform.report";

    /** Floats read as BigDecimal, so that 118.04 ms is exactly 118,040 µs. */
    static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private PlatformReports() {
    }

    static boolean isReport(JsonNode event) {
        return event.isObject() && TYPE.equals(event.path("type").asText(null));
    }

    /** The fields of a {@code platform.report} event; field names in errors are JSON paths inside it. */
    static ReportFields fields(JsonNode event) {
        JsonNode record = event.get("record");
        if (record == null || !record.isObject()) {
            throw new FieldException("record", "missing");
        }
        JsonNode metrics = record.get("metrics");
        if (metrics == null || !metrics.isObject()) {
            throw new FieldException("record.metrics", "missing");
        }
        ReportFields f = new ReportFields();
        JsonNode id = record.get("requestId");
        if (id != null && id.isTextual() && !id.asText().isBlank()) {
            f.requestId = id.asText();
        }
        String duration = number(metrics, "durationMs");
        if (duration == null) {
            throw new FieldException("record.metrics.durationMs", "missing");
        }
        f.durationUs = LogValues.msToUs("record.metrics.durationMs", duration);
        String v;
        if ((v = number(metrics, "billedDurationMs")) != null) {
            f.billedMs = LogValues.whole("record.metrics.billedDurationMs", v);
        }
        if ((v = number(metrics, "initDurationMs")) != null) {
            f.initUs = LogValues.msToUs("record.metrics.initDurationMs", v);
        }
        if ((v = number(metrics, "restoreDurationMs")) != null) {
            f.restoreUs = LogValues.msToUs("record.metrics.restoreDurationMs", v);
        }
        if ((v = number(metrics, "billedRestoreDurationMs")) != null) {
            f.billedRestoreMs = LogValues.whole("record.metrics.billedRestoreDurationMs", v);
        }
        if ((v = number(metrics, "memorySizeMB")) != null) {
            f.memoryMb = LogValues.wholeMb("record.metrics.memorySizeMB", v);
        }
        if ((v = number(metrics, "maxMemoryUsedMB")) != null) {
            f.maxMemoryUsedMb = LogValues.wholeMb("record.metrics.maxMemoryUsedMB", v);
        }
        JsonNode status = record.get("status");
        if (status != null && status.isTextual()) {
            f.status(status.asText());
        } else {
            f.status = io.lambdasim.workload.trace.InvocationStatus.UNKNOWN;
        }
        return f;
    }

    /** The text of a number (or numeric string) field, null if absent or null; an error if of another kind. */
    private static String number(JsonNode metrics, String name) {
        JsonNode n = metrics.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.isBigDecimal() ? n.decimalValue().toPlainString() : n.asText();
        }
        if (n.isTextual()) {
            return n.asText();
        }
        throw new FieldException("record.metrics." + name, "not a number: " + LogValues.quote(n.toString()));
    }
}
