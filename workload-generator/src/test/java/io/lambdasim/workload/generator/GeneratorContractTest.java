package io.lambdasim.workload.generator;

import static io.lambdasim.workload.generator.Arrivals.DAY;
import static io.lambdasim.workload.generator.Arrivals.HOUR;
import static io.lambdasim.workload.generator.Arrivals.MINUTE;
import static io.lambdasim.workload.generator.Arrivals.SECOND;
import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.workload.InvocationSource;
import io.lambdasim.workload.Workload;
import io.lambdasim.workload.random.RandomStreams;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every generator promises the simulator: reproducible, in time order, within the horizon, no allocation. */
class GeneratorContractTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A week that contains the change to summer time in Berlin (29 March 2026). */
    private static final WallClock MARCH = new WallClock(Instant.parse("2026-03-26T00:00:00Z"), BERLIN);

    /** Each generator, with a horizon that holds more than 3 million arrivals. */
    static Stream<Arguments> generators() {
        return Stream.of(
                Arguments.of("profile", ProfileWorkload.of(20, MARCH, new DailyCurve(14, 4),
                        new WeeklyWeights(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 0.5, 0.4)), Growth.exponential(0.2),
                        new Spike(2 * DAY + 6 * HOUR, 10, 0, 30 * MINUTE), Spike.plateau(3 * DAY, 2, HOUR)), 7 * DAY),
                Arguments.of("profile by hour", ProfileWorkload.of(20, MARCH,
                        new HourlyWeights(IntStream.range(0, 24).mapToObj(h -> 1.0 + h % 5).toList())), 7 * DAY),
                Arguments.of("mmpp", new MmppWorkload(200, 2, 30 * SECOND, 2 * MINUTE), 7 * DAY),
                Arguments.of("scheduled", new ScheduledWorkload(new Schedule.Every(SECOND, 0), 100_000,
                        new BatchSize.Uniform(50, 150), 500_000), DAY),
                Arguments.of("cron", new ScheduledWorkload(new Schedule.Cron(IntStream.range(0, 60).boxed().toList(),
                        Schedule.Cron.ALL_HOURS, EnumSet.allOf(DayOfWeek.class), MARCH), 5 * SECOND,
                        new BatchSize.Poisson(1000), 30 * SECOND), 7 * DAY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void equalSeedsGiveEqualArrivalsAndOtherSeedsOthers(String name, Workload w, long horizonUs) {
        long[] a = first(w.open(new RandomStreams(5).stream(RandomStreams.ARRIVALS, 1), horizonUs), 10_000);
        long[] b = first(w.open(new RandomStreams(5).stream(RandomStreams.ARRIVALS, 1), horizonUs), 10_000);
        long[] other = first(w.open(new RandomStreams(5).stream(RandomStreams.ARRIVALS, 2), horizonUs), 10_000);

        assertThat(a).containsExactly(b);
        assertThat(a).isNotEqualTo(other);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void arrivalsComeInTimeOrderWithinTheHorizonThenEnd(String name, Workload w, long horizonUs) {
        long horizon = horizonUs / 7;
        InvocationSource s = w.open(new RandomStreams(6).stream(RandomStreams.ARRIVALS, 0), horizon);
        long last = 0;
        long n = 0;
        for (long t = s.nextArrivalUs(); t != InvocationSource.END; t = s.nextArrivalUs()) {
            assertThat(t).isBetween(last, horizon);
            last = t;
            n++;
        }
        assertThat(n).isPositive();
        assertThat(s.nextArrivalUs()).as("after the end").isEqualTo(InvocationSource.END);
        assertThat(s.durationUs()).as("the simulator draws durations").isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void drawingAMillionArrivalsAllocatesNothing(String name, Workload w, long horizonUs) {
        Arrivals.assumeAllocationIsMeasurable();
        InvocationSource s = w.open(new RandomStreams(7).stream(RandomStreams.ARRIVALS, 0), horizonUs);
        long warmUp = sum(s, 2_000_000);

        long before = Arrivals.allocatedBytes();
        long sum = sum(s, 1_000_000);
        long allocated = Arrivals.allocatedBytes() - before;

        assertThat(sum).as("a million arrivals before the horizon").isPositive().isGreaterThan(warmUp);
        assertThat(allocated).as("bytes allocated by 1,000,000 arrivals").isLessThan(64 * 1024);
    }

    private static long sum(InvocationSource s, int n) {
        long last = 0;
        for (int i = 0; i < n; i++) {
            long t = s.nextArrivalUs();
            if (t == InvocationSource.END) {
                return -1;
            }
            last = t;
        }
        return last;
    }

    private static long[] first(InvocationSource s, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = s.nextArrivalUs();
        }
        return out;
    }
}
