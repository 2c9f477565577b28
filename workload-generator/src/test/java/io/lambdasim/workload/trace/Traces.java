package io.lambdasim.workload.trace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: writing and reading whole (small) traces, and records without their source line. */
final class Traces {

    /** 2026-01-01T00:00:00Z in epoch µs; a whole minute. */
    static final long B = 1_767_225_600_000_000L;

    private Traces() {
    }

    static TraceHeader writeInvocations(Path file, List<InvocationRecord> records) throws IOException {
        try (TraceWriter w = TraceWriter.open(file)) {
            records.forEach(w::invocation);
            return w.commit();
        }
    }

    static TraceHeader writeAggregates(Path file, List<IntervalAggregate> records) throws IOException {
        try (TraceWriter w = TraceWriter.open(file)) {
            records.forEach(w::aggregate);
            return w.commit();
        }
    }

    static List<InvocationRecord> readInvocations(Path file) throws IOException {
        List<InvocationRecord> out = new ArrayList<>();
        try (TraceReader r = TraceReader.open(file)) {
            for (InvocationRecord rec = r.nextInvocation(); rec != null; rec = r.nextInvocation()) {
                out.add(rec);
            }
        }
        return out;
    }

    static List<IntervalAggregate> readAggregates(Path file) throws IOException {
        List<IntervalAggregate> out = new ArrayList<>();
        try (TraceReader r = TraceReader.open(file)) {
            for (IntervalAggregate rec = r.nextAggregate(); rec != null; rec = r.nextAggregate()) {
                out.add(rec);
            }
        }
        return out;
    }

    static InvocationRecord noLine(InvocationRecord r) {
        return new InvocationRecord(r.startUs(), r.function(), r.durationUs(), r.initUs(), r.restoreUs(),
                r.billedDurationMs(), r.billedRestoreMs(), r.memoryMb(), r.maxMemoryUsedMb(), r.status(),
                r.requestId(), null);
    }

    static IntervalAggregate noLine(IntervalAggregate a) {
        return new IntervalAggregate(a.startUs(), a.lengthUs(), a.function(), a.invocations(), a.avgDurationMs(),
                a.minDurationMs(), a.maxDurationMs(), a.p50DurationMs(), a.p90DurationMs(), a.p99DurationMs(),
                a.errors(), a.throttles(), a.coldStarts(), a.memoryMb(), null);
    }

    static List<InvocationRecord> noLines(List<InvocationRecord> rs) {
        return rs.stream().map(Traces::noLine).toList();
    }

    static List<IntervalAggregate> aggregatesNoLines(List<IntervalAggregate> as) {
        return as.stream().map(Traces::noLine).toList();
    }

    /** An aggregate with only a count and an average (ms); everything else unknown. */
    static IntervalAggregate avgOnly(long startUs, long lengthUs, String function, long n, double avgMs) {
        return new IntervalAggregate(startUs, lengthUs, function, n, avgMs, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, -1, -1, -1, -1, null);
    }

    static IntervalAggregate stats(long startUs, long lengthUs, String function, long n, double avg, double min,
                                   double max, double p50, double p99) {
        return new IntervalAggregate(startUs, lengthUs, function, n, avg, min, max, p50, Double.NaN, p99, -1, -1,
                -1, -1, null);
    }
}
