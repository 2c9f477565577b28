package io.lambdasim.workload.trace;

import static io.lambdasim.workload.trace.Traces.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.workload.InvocationSource;
import io.lambdasim.workload.random.RandomStreams;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceWorkloadTest {

    private static final long S = 1_000_000L;
    private static final long MIN = 60 * S;
    private static final long FOREVER = Long.MAX_VALUE - 1;

    @TempDir
    Path dir;

    /** An arrival time and the duration the source gave with it. */
    record Arrival(long atUs, long durationUs) {
    }

    private static List<Arrival> drain(InvocationSource source) {
        List<Arrival> out = new ArrayList<>();
        for (long t = source.nextArrivalUs(); t != InvocationSource.END; t = source.nextArrivalUs()) {
            out.add(new Arrival(t, source.durationUs()));
        }
        assertThat(source.nextArrivalUs()).as("stays ended").isEqualTo(InvocationSource.END);
        return out;
    }

    private static UniformRandomProvider rng(long seed) {
        return new RandomStreams(seed).stream(RandomStreams.ARRIVALS, 0);
    }

    /** Function b starts the trace 500 µs before a; a has a tie at +250 µs (delivered 7 µs first, then 9 µs). */
    private Path invocationTrace(String name) throws IOException {
        Path file = dir.resolve(name);
        Traces.writeInvocations(file, List.of(
                InvocationRecord.of(B + 1_000_000, "a", 1_234_567),
                InvocationRecord.of(B + 250, "a", 7),
                InvocationRecord.of(B - 500, "b", 40),
                InvocationRecord.of(B, "a", 100),
                InvocationRecord.of(B + 250, "a", 9),
                InvocationRecord.of(B + 300, "b", 41)));
        return file;
    }

    @Test
    void replaysAPerInvocationTraceExactly() throws IOException {
        Path file = invocationTrace("t.lstrace");

        List<Arrival> a = drain(new TraceWorkload(file, "a").open(rng(1), FOREVER));

        assertThat(a).containsExactly(
                new Arrival(500, 100), new Arrival(750, 7), new Arrival(750, 9), new Arrival(1_000_500, 1_234_567));
        assertThat(drain(new TraceWorkload(file, "b").open(rng(1), FOREVER)))
                .containsExactly(new Arrival(0, 40), new Arrival(800, 41));
    }

    @Test
    void replaysTheCsvFormTheSameWay() throws IOException {
        Path file = invocationTrace("t.csv");

        assertThat(drain(new TraceWorkload(file, "a").open(rng(1), FOREVER))).containsExactly(
                new Arrival(500, 100), new Arrival(750, 7), new Arrival(750, 9), new Arrival(1_000_500, 1_234_567));
    }

    @Test
    void anExplicitOriginShiftsArrivalsAndSkipsEarlierInvocations() throws IOException {
        Path file = invocationTrace("t.lstrace");

        List<Arrival> b = drain(new TraceWorkload(file, "b", B, AggregateReconstruction.DEFAULT).open(rng(1),
                FOREVER));

        assertThat(b).containsExactly(new Arrival(300, 41));
    }

    @Test
    void theStreamEndsAtTheHorizon() throws IOException {
        Path file = invocationTrace("t.lstrace");

        assertThat(drain(new TraceWorkload(file, "a").open(rng(1), 750)))
                .containsExactly(new Arrival(500, 100), new Arrival(750, 7), new Arrival(750, 9));
    }

    @Test
    void replayDrawsNoRandomNumbers() throws IOException {
        Path file = invocationTrace("t.lstrace");
        UniformRandomProvider used = rng(5);

        drain(new TraceWorkload(file, "a").open(used, FOREVER));

        assertThat(used.nextLong()).isEqualTo(rng(5).nextLong());
    }

    @Test
    void aFunctionNotInTheTraceIsNamedWithTheOnesThatAre() throws IOException {
        Path file = invocationTrace("t.lstrace");

        assertThatThrownBy(() -> new TraceWorkload(file, "c").open(rng(1), FOREVER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + " has no function \"c\" (it has \"a\", \"b\")");
    }

    // ---- aggregate traces ----

    /** 300 one-minute intervals of "api" (0 to 60 invocations, avg 100 ms) interleaved with "other". */
    private Path aggregateTrace() throws IOException {
        Path file = dir.resolve("agg.lstrace");
        List<IntervalAggregate> as = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            as.add(Traces.avgOnly(B + i * MIN, MIN, "api", countOf(i), 100));
            as.add(Traces.avgOnly(B + i * MIN + 5 * S, MIN, "other", 3, 5));
        }
        Traces.writeAggregates(file, as);
        return file;
    }

    private static long countOf(int interval) {
        return (interval * 37L) % 61;
    }

    @Test
    void reconstructionPutsExactlyEachIntervalsCountWithinIt() throws IOException {
        Path file = aggregateTrace();

        List<Arrival> arrivals = drain(new TraceWorkload(file, "api").open(rng(42), FOREVER));

        long[] perInterval = new long[300];
        long previous = 0;
        for (Arrival a : arrivals) {
            assertThat(a.atUs()).as("in time order").isGreaterThanOrEqualTo(previous);
            previous = a.atUs();
            perInterval[(int) (a.atUs() / MIN)]++; // the trace starts at B, a whole minute
        }
        for (int i = 0; i < 300; i++) {
            assertThat(perInterval[i]).as("interval %d", i).isEqualTo(countOf(i));
        }
    }

    @Test
    void reconstructedDurationsHaveTheIntervalsAverage() throws IOException {
        Path file = aggregateTrace();

        List<Arrival> arrivals = drain(new TraceWorkload(file, "api").open(rng(42), FOREVER));

        double[] d = arrivals.stream().mapToDouble(Arrival::durationUs).toArray();
        double mean = java.util.Arrays.stream(d).average().orElseThrow();
        double var = java.util.Arrays.stream(d).map(x -> (x - mean) * (x - mean)).sum() / (d.length - 1);
        assertThat(d.length).isGreaterThan(8_000);
        assertThat(mean).isCloseTo(100_000, within(4 * Math.sqrt(var / d.length)));
    }

    @Test
    void averageAndP99AreBothKept() throws IOException {
        Path file = dir.resolve("p99.lstrace");
        List<IntervalAggregate> as = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            as.add(Traces.stats(B + i * MIN, MIN, "f", 100, 80, Double.NaN, Double.NaN, Double.NaN, 600));
        }
        Traces.writeAggregates(file, as);

        double[] d = drain(new TraceWorkload(file, "f").open(rng(3), FOREVER)).stream()
                .mapToDouble(Arrival::durationUs).toArray();

        double mean = java.util.Arrays.stream(d).average().orElseThrow();
        double var = java.util.Arrays.stream(d).map(x -> (x - mean) * (x - mean)).sum() / (d.length - 1);
        assertThat(mean).isCloseTo(80_000, within(4 * Math.sqrt(var / d.length)));
        long above = java.util.Arrays.stream(d).filter(x -> x > 600_000).count();
        // 1% of 20,000 is 200, standard deviation about 14.
        assertThat(above).isBetween(140L, 260L);
    }

    @Test
    void equalMinimumAndMaximumGiveThatDurationEveryTime() throws IOException {
        Path file = dir.resolve("const.lstrace");
        Traces.writeAggregates(file, List.of(Traces.stats(B, MIN, "f", 50, 12.5, 12.5, 12.5, Double.NaN,
                Double.NaN)));

        assertThat(drain(new TraceWorkload(file, "f").open(rng(3), FOREVER)))
                .hasSize(50).extracting(Arrival::durationUs).containsOnly(12_500L);
    }

    @Test
    void intervalsWithoutDurationsLetTheSimulatorDraw() throws IOException {
        Path file = dir.resolve("none.lstrace");
        Traces.writeAggregates(file, List.of(Traces.stats(B, MIN, "f", 5, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN)));

        assertThat(drain(new TraceWorkload(file, "f").open(rng(3), FOREVER)))
                .hasSize(5).extracting(Arrival::durationUs).containsOnly(-1L);
    }

    @Test
    void theSameSeedGivesTheSameInvocationsAndAnotherSeedOthers() throws IOException {
        Path file = aggregateTrace();
        TraceWorkload w = new TraceWorkload(file, "api");

        List<Arrival> first = drain(w.open(rng(42), FOREVER));
        List<Arrival> again = drain(w.open(rng(42), FOREVER));
        List<Arrival> other = drain(w.open(rng(43), FOREVER));

        assertThat(again).isEqualTo(first);
        assertThat(other).hasSameSizeAs(first).isNotEqualTo(first);
    }

    @Test
    void arrivalsWithinAnIntervalAreUniform() throws IOException {
        Path file = dir.resolve("one.lstrace");
        Traces.writeAggregates(file, List.of(Traces.avgOnly(B, MIN, "f", 20_000, 10)));

        double[] positions = drain(new TraceWorkload(file, "f").open(rng(9), FOREVER)).stream()
                .mapToDouble(a -> (a.atUs() + 0.5) / MIN).toArray();

        assertThat(positions).hasSize(20_000);
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new UniformRealDistribution(0, 1), positions);
        assertThat(p).isGreaterThan(0.001);
    }

    @Test
    void overlappingIntervalsOfTheFunctionAreAClearError() throws IOException {
        Path file = dir.resolve("dup.csv");
        Traces.writeAggregates(file, List.of(
                Traces.avgOnly(B, MIN, "f", 2, 10),
                Traces.avgOnly(B + 30 * S, MIN, "f", 2, 10)));
        InvocationSource source = new TraceWorkload(file, "f").open(rng(1), FOREVER);
        source.nextArrivalUs();
        source.nextArrivalUs();

        assertThatThrownBy(source::nextArrivalUs).isInstanceOf(TraceFormatException.class)
                .hasMessage(file + " (" + file + ":4): the interval of \"f\" starting at " + (B + 30 * S)
                        + " µs overlaps the one before it, which ends at " + (B + MIN) + " µs; remove duplicate or"
                        + " overlapping aggregates to reconstruct invocations");
    }
}
