package io.lambdasim.workload.trace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A summary of a trace computed in one streaming pass over its records (memory: one counter per function and a
 * fixed-size histogram). Times are UTC epoch microseconds; unknown numbers are -1 (counts, durations) or NaN (means).
 *
 * <p>Rates are counted in UTC minutes (aligned to the clock, as CloudWatch's are): {@code peakPerMinute} is the most
 * invocations starting within one minute, {@code meanPerMinute} the invocations divided by the minutes from the
 * first start's minute to the last start's minute (for aggregates: to the minute of the end), both included. An
 * aggregate spreads its invocations over the minutes its interval covers, in proportion to the overlap.
 *
 * <p>Duration percentiles (nearest rank) come from a log-bucket histogram: exact for durations under 256 µs, otherwise
 * a recorded duration at most 0.8% above the exact percentile; the maximum and mean are exact. For aggregate traces the
 * percentiles are unknown (-1), the maximum is the largest {@code maxDurationMs} and the mean is the mean of
 * {@code avgDurationMs} weighted by invocations, over the intervals that give them.
 *
 * @param records            records in the file (invocations, or interval aggregates)
 * @param invocations        invocations (for aggregates, the sum of their counts)
 * @param functions          per function, sorted by name
 * @param peakMinuteStartUs  the start of the (first) busiest minute, -1 if none
 * @param coldStarts         observed cold starts: invocations with an INIT or restore duration; for aggregates the sum
 *                           of the known counts, -1 if no interval gives one
 */
public record TraceInfo(TraceKind kind, long records, long invocations, List<FunctionSummary> functions,
                        long firstStartUs, long lastStartUs, long endUs, double meanPerMinute, double peakPerMinute,
                        long peakMinuteStartUs, long p50DurationUs, long p90DurationUs, long p99DurationUs,
                        long maxDurationUs, double meanDurationUs, long coldStarts) {

    static final long MINUTE_US = 60_000_000L;

    public TraceInfo {
        functions = List.copyOf(functions);
    }

    /**
     * One function's share.
     *
     * @param memoryMb    as in the header: -1 if unknown or not the same in every record
     * @param invocations its invocations
     * @param coldStarts  its observed cold starts (-1 if unknown, for aggregates)
     */
    public record FunctionSummary(String name, int memoryMb, long invocations, long coldStarts) {
    }

    /** Reads {@code file} through once and summarises it. */
    public static TraceInfo of(Path file) throws IOException {
        try (TraceReader reader = TraceReader.open(file)) {
            return of(reader);
        }
    }

    /** Summarises the records {@code reader} has not yet returned (all of them, on a new reader). */
    public static TraceInfo of(TraceReader reader) throws IOException {
        TraceHeader h = reader.header();
        // Per function: invocations, cold starts (observed in invocation traces; unknown until given in aggregates).
        long unknownCold = h.kind() == TraceKind.INVOCATIONS ? 0 : -1;
        Map<String, long[]> perFunction = new HashMap<>();
        for (TraceFunction f : h.functions()) {
            perFunction.put(f.name(), new long[] {0, unknownCold});
        }
        Summary s = new Summary(unknownCold);
        if (h.kind() == TraceKind.INVOCATIONS) {
            for (InvocationRecord r = reader.nextInvocation(); r != null; r = reader.nextInvocation()) {
                s.invocation(r, perFunction.computeIfAbsent(r.function(), k -> new long[] {0, 0}));
            }
        } else {
            for (IntervalAggregate a = reader.nextAggregate(); a != null; a = reader.nextAggregate()) {
                s.aggregate(a, perFunction.computeIfAbsent(a.function(), k -> new long[] {0, -1}));
            }
        }
        List<FunctionSummary> functions = new ArrayList<>();
        for (TraceFunction f : h.functions()) {
            long[] c = perFunction.get(f.name());
            functions.add(new FunctionSummary(f.name(), f.memoryMb(), c[0], c[1]));
        }
        return s.result(h.kind(), functions);
    }

    /** The running totals of one pass. */
    private static final class Summary {
        long records;
        long invocations;
        long first = Long.MAX_VALUE;
        long lastStart = Long.MIN_VALUE;
        long end = Long.MIN_VALUE;
        final LogHistogram durations = new LogHistogram();
        double durationSum;
        double weightedAvgSum;
        long weightedAvgCount;
        long maxAggregateUs = -1;
        long cold;
        // per-minute counting
        long minute = Long.MIN_VALUE;
        double inMinute;
        double peak;
        long peakMinute = -1;
        final TreeMap<Long, Double> pending = new TreeMap<>();

        Summary(long cold) {
            this.cold = cold;
        }

        void span(long start, long stop) {
            records++;
            first = Math.min(first, start);
            lastStart = Math.max(lastStart, start);
            end = Math.max(end, stop);
        }

        void closeMinute(long m, double n) {
            if (n > peak) {
                peak = n;
                peakMinute = m * MINUTE_US;
            }
        }

        void invocation(InvocationRecord r, long[] fn) {
            span(r.startUs(), TraceStats.saturatedAdd(r.startUs(), r.durationUs()));
            invocations++;
            fn[0]++;
            if (r.isCold()) {
                cold++;
                fn[1]++;
            }
            durations.record(r.durationUs());
            durationSum += r.durationUs();
            long m = Math.floorDiv(r.startUs(), MINUTE_US);
            if (m != minute) {
                closeMinute(minute, inMinute);
                minute = m;
                inMinute = 0;
            }
            inMinute++;
        }

        void aggregate(IntervalAggregate a, long[] fn) {
            long stop = TraceStats.saturatedAdd(a.startUs(), a.lengthUs());
            span(a.startUs(), stop);
            invocations += a.invocations();
            fn[0] += a.invocations();
            if (a.coldStarts() >= 0) {
                cold = Math.max(cold, 0) + a.coldStarts();
                fn[1] = Math.max(fn[1], 0) + a.coldStarts();
            }
            if (!Double.isNaN(a.avgDurationMs())) {
                weightedAvgSum += a.avgDurationMs() * 1000 * a.invocations();
                weightedAvgCount += a.invocations();
            }
            if (!Double.isNaN(a.maxDurationMs())) {
                maxAggregateUs = Math.max(maxAggregateUs, Math.round(a.maxDurationMs() * 1000));
            }
            long firstMinute = Math.floorDiv(a.startUs(), MINUTE_US);
            // Minutes before this interval's first can receive nothing more: records come in start order.
            while (!pending.isEmpty() && pending.firstKey() < firstMinute) {
                Map.Entry<Long, Double> e = pending.pollFirstEntry();
                closeMinute(e.getKey(), e.getValue());
            }
            long lastMinute = Math.floorDiv(stop - 1, MINUTE_US);
            for (long m = firstMinute; m <= lastMinute; m++) {
                long from = Math.max(a.startUs(), m * MINUTE_US);
                long to = Math.min(stop, (m + 1) * MINUTE_US);
                double share = (double) a.invocations() * (to - from) / a.lengthUs();
                pending.merge(m, share, Double::sum);
            }
        }

        TraceInfo result(TraceKind kind, List<FunctionSummary> functions) {
            closeMinute(minute, inMinute);
            while (!pending.isEmpty()) {
                Map.Entry<Long, Double> e = pending.pollFirstEntry();
                closeMinute(e.getKey(), e.getValue());
            }
            if (records == 0) {
                return new TraceInfo(kind, 0, 0, functions, 0, 0, 0, 0, 0, -1, -1, -1, -1, -1, Double.NaN, cold);
            }
            long lastMinute = kind == TraceKind.INVOCATIONS ? Math.floorDiv(lastStart, MINUTE_US)
                    : Math.floorDiv(end - 1, MINUTE_US);
            double minutes = lastMinute - Math.floorDiv(first, MINUTE_US) + 1;
            double mean = invocations / minutes;
            if (kind == TraceKind.INVOCATIONS) {
                return new TraceInfo(kind, records, invocations, functions, first, lastStart, end, mean, peak,
                        peakMinute, durations.percentile(0.50), durations.percentile(0.90),
                        durations.percentile(0.99), durations.max(), durationSum / invocations, cold);
            }
            return new TraceInfo(kind, records, invocations, functions, first, lastStart, end, mean, peak, peakMinute,
                    -1, -1, -1, maxAggregateUs, weightedAvgCount > 0 ? weightedAvgSum / weightedAvgCount : Double.NaN,
                    cold);
        }
    }
}
