package io.lambdasim.workload.trace;

/** Where an importer delivers what it reads, in any order; the sink sorts and stores. */
public interface TraceSink {

    void invocation(InvocationRecord record);

    void aggregate(IntervalAggregate aggregate);
}
