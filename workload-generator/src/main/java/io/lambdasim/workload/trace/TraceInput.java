package io.lambdasim.workload.trace;

import java.io.Closeable;
import java.io.IOException;

/** Reads one form of trace file: its header, then its records in time order. */
interface TraceInput extends Closeable {

    TraceHeader header();

    /** The next invocation, or null at the end; the trace must hold invocations. */
    InvocationRecord nextInvocation() throws IOException;

    /** The next interval aggregate, or null at the end; the trace must hold aggregates. */
    IntervalAggregate nextAggregate() throws IOException;
}
