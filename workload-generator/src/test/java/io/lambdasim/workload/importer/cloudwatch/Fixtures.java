package io.lambdasim.workload.importer.cloudwatch;

import io.lambdasim.workload.importer.FixturePaths;
import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.IntervalAggregate;
import io.lambdasim.workload.trace.InvocationRecord;
import io.lambdasim.workload.trace.TraceSink;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The hand-written fixtures in src/test/resources/fixtures/cloudwatch and a sink that records what it gets. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String name) {
        return FixturePaths.of("cloudwatch", name);
    }

    /** UTC epoch microseconds of an ISO-8601 instant written in a test. */
    static long us(String isoInstant) {
        return Instant.parse(isoInstant).getEpochSecond() * 1_000_000L;
    }

    /** The report's rejections as "file:line: field: reason". */
    static List<String> rejections(ImportReport report) {
        return report.rejections().stream().map(Object::toString).collect(Collectors.toList());
    }

    /** Collects aggregates; CloudWatch importers never deliver single invocations. */
    static final class Sink implements TraceSink {
        final List<IntervalAggregate> rows = new ArrayList<>();

        @Override
        public void invocation(InvocationRecord record) {
            throw new AssertionError("a CloudWatch importer delivered an invocation: " + record);
        }

        @Override
        public void aggregate(IntervalAggregate aggregate) {
            rows.add(aggregate);
        }

        List<IntervalAggregate> of(String function) {
            return rows.stream().filter(r -> r.function().equals(function)).collect(Collectors.toList());
        }

        IntervalAggregate at(String function, String isoInstant) {
            long us = us(isoInstant);
            return rows.stream().filter(r -> r.function().equals(function) && r.startUs() == us).findFirst()
                    .orElseThrow(() -> new AssertionError("no row of " + function + " at " + isoInstant + " in "
                            + rows));
        }

        long invocations(String function) {
            return of(function).stream().mapToLong(IntervalAggregate::invocations).sum();
        }
    }
}
