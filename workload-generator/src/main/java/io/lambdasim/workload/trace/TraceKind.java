package io.lambdasim.workload.trace;

import java.util.Locale;

/** What a trace file holds: one kind of record only. */
public enum TraceKind {
    /** One {@link InvocationRecord} per invocation (logs, per-invocation public traces). */
    INVOCATIONS,
    /** One {@link IntervalAggregate} per function and interval (CloudWatch metrics, per-minute public traces). */
    AGGREGATES;

    /** The name used in the CSV form's first line: {@code invocations} or {@code aggregates}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The plural noun for messages: "invocations" or "interval aggregates". */
    String noun() {
        return this == INVOCATIONS ? "invocations" : "interval aggregates";
    }
}
