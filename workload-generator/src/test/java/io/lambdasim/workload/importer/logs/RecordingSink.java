package io.lambdasim.workload.importer.logs;

import io.lambdasim.workload.trace.IntervalAggregate;
import io.lambdasim.workload.trace.InvocationRecord;
import io.lambdasim.workload.trace.TraceSink;
import java.util.ArrayList;
import java.util.List;

/** Keeps what an importer delivers, in delivery order. */
final class RecordingSink implements TraceSink {

    final List<InvocationRecord> records = new ArrayList<>();
    final List<IntervalAggregate> aggregates = new ArrayList<>();

    @Override
    public void invocation(InvocationRecord record) {
        records.add(record);
    }

    @Override
    public void aggregate(IntervalAggregate aggregate) {
        aggregates.add(aggregate);
    }
}
