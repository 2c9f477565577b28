package io.lambdasim.workload.importer.logs;

import io.lambdasim.workload.trace.InvocationRecord;
import io.lambdasim.workload.trace.InvocationStatus;

/**
 * The fields of one REPORT record, whatever form it came in (a text line, a Logs Insights row, a
 * {@code platform.report} JSON record), before a time and a function are attached. Durations in µs, unknown numbers
 * {@link InvocationRecord#UNKNOWN}.
 */
final class ReportFields {

    String requestId;
    long durationUs = InvocationRecord.UNKNOWN;
    long initUs = InvocationRecord.UNKNOWN;
    long restoreUs = InvocationRecord.UNKNOWN;
    long billedMs = InvocationRecord.UNKNOWN;
    long billedRestoreMs = InvocationRecord.UNKNOWN;
    int memoryMb = InvocationRecord.UNKNOWN;
    int maxMemoryUsedMb = InvocationRecord.UNKNOWN;
    InvocationStatus status = InvocationStatus.SUCCESS;
    /** A status value this importer does not know (kept for a warning), or null. */
    String unknownStatus;
    /** Text of the record that was not understood and was ignored (the first such), or null. */
    String ignored;

    /** Sets {@link #status} from a REPORT {@code Status:} or a {@code platform.report} {@code status} value. */
    void status(String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        switch (v) {
            case "success" -> status = InvocationStatus.SUCCESS;
            case "timeout" -> status = InvocationStatus.TIMEOUT;
            case "error", "failure" -> status = InvocationStatus.ERROR;
            default -> {
                status = InvocationStatus.UNKNOWN;
                unknownStatus = value.strip();
            }
        }
    }
}
