package io.lambdasim.workload.importer.traces;

import io.lambdasim.workload.importer.FixturePaths;
import io.lambdasim.workload.trace.IntervalAggregate;
import io.lambdasim.workload.trace.InvocationRecord;
import io.lambdasim.workload.trace.TraceSink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what it is given, in order; and where the fixtures are. */
final class CollectingSink implements TraceSink {

    final List<InvocationRecord> invocations = new ArrayList<>();
    final List<IntervalAggregate> aggregates = new ArrayList<>();

    @Override
    public void invocation(InvocationRecord record) {
        invocations.add(record);
    }

    @Override
    public void aggregate(IntervalAggregate aggregate) {
        aggregates.add(aggregate);
    }

    /** The total of the aggregates' invocation counts. */
    long totalInvocations() {
        return aggregates.stream().mapToLong(IntervalAggregate::invocations).sum();
    }

    /** {@code src/test/resources/fixtures/traces/<relative>}. */
    static Path fixture(String relative) {
        return FixturePaths.of("traces", relative);
    }
}
