package io.lambdasim.workload.trace;

import java.util.Objects;

/**
 * One invocation as a log line or a per-invocation trace shows it. Times are UTC epoch microseconds; durations are
 * microseconds; every optional number is {@link #UNKNOWN} (-1) when the source does not give it.
 *
 * @param startUs          when the invocation started (for a REPORT line: its timestamp minus its duration, when
 *                         only the end is known; importers say which they used)
 * @param function         the function's name (or the trace's anonymised id)
 * @param durationUs       the invocation's Duration (without INIT)
 * @param initUs           Init Duration of a cold start, -1 for a warm one or unknown
 * @param restoreUs        SnapStart Restore Duration, -1 if none
 * @param billedDurationMs AWS's Billed Duration, -1 if the source has none
 * @param billedRestoreMs  SnapStart Billed Restore Duration, -1 if none
 * @param memoryMb         configured memory, -1 if unknown
 * @param maxMemoryUsedMb  Max Memory Used, -1 if unknown
 * @param requestId        the request id, or null (asynchronous retries repeat it)
 * @param line             where it was read: "file:line", for messages
 */
public record InvocationRecord(long startUs, String function, long durationUs, long initUs, long restoreUs,
                               long billedDurationMs, long billedRestoreMs, int memoryMb, int maxMemoryUsedMb,
                               InvocationStatus status, String requestId, String line) {

    public static final int UNKNOWN = -1;

    public InvocationRecord {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(status, "status");
        if (durationUs < 0) {
            throw new IllegalArgumentException("negative duration");
        }
    }

    public boolean isCold() {
        return initUs >= 0 || restoreUs >= 0;
    }

    /** A record with only a start time, a function and a duration (public traces). */
    public static InvocationRecord of(long startUs, String function, long durationUs) {
        return new InvocationRecord(startUs, function, durationUs, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN,
                UNKNOWN, InvocationStatus.UNKNOWN, null, null);
    }
}
