package io.lambdasim.workload.trace;

import java.io.IOException;

/** Writes a trace file's records, in time order, after its header (written when the output is created). */
interface TraceOutput {

    void invocation(InvocationRecord r) throws IOException;

    void aggregate(IntervalAggregate a) throws IOException;

    /** Writes what ends the file and flushes; does not close the stream. */
    void finish() throws IOException;
}
