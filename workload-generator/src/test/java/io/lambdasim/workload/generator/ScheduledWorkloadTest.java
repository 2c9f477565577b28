package io.lambdasim.workload.generator;

import static io.lambdasim.workload.generator.Arrivals.DAY;
import static io.lambdasim.workload.generator.Arrivals.HOUR;
import static io.lambdasim.workload.generator.Arrivals.MINUTE;
import static io.lambdasim.workload.generator.Arrivals.SECOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/** Scheduled jobs: exact firing counts and times, jitter bounds, batch sizes and spreads. */
class ScheduledWorkloadTest {

    private static final Schedule EVERY_5_MIN = new Schedule.Every(5 * MINUTE, 0);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static ScheduledWorkload job(Schedule schedule, long jitterUs, BatchSize batch, long spreadUs) {
        return new ScheduledWorkload(schedule, jitterUs, batch, spreadUs);
    }

    @Test
    void firesExactlyOncePerPeriodUpToTheHorizon() {
        long[] arrivals = Arrivals.of(job(EVERY_5_MIN, 0, new BatchSize.Fixed(1), 0), DAY, 1, 0);
        // 0, 5 min, ..., 23 h 55 min: 24 × 12 = 288 firings (the one at the horizon itself is not in the day).
        assertThat(arrivals).containsExactly(LongStream.range(0, 288).map(k -> k * 5 * MINUTE).toArray());

        long[] shifted = Arrivals.of(job(new Schedule.Every(5 * MINUTE, 2 * MINUTE), 0, new BatchSize.Fixed(1), 0), DAY,
                1, 0);
        assertThat(shifted).containsExactly(LongStream.range(0, 288).map(k -> 2 * MINUTE + k * 5 * MINUTE).toArray());
    }

    @Test
    void jitterDelaysEachFiringUniformlyByUpToTheJitter() {
        long[] arrivals = Arrivals.of(job(EVERY_5_MIN, 30 * SECOND, new BatchSize.Fixed(1), 0), 30 * DAY, 2, 0);
        assertThat(arrivals).hasSize(30 * 288);

        long[] delays = new long[arrivals.length];
        for (int k = 0; k < arrivals.length; k++) {
            delays[k] = arrivals[k] - k * 5 * MINUTE;
            if (k > 0) {
                assertThat(arrivals[k] - arrivals[k - 1]).isBetween(5 * MINUTE - 30 * SECOND, 5 * MINUTE + 30 * SECOND);
            }
        }
        assertThat(Arrays.stream(delays).min().orElseThrow()).isBetween(0L, SECOND);
        assertThat(Arrays.stream(delays).max().orElseThrow()).isBetween(29 * SECOND, 30 * SECOND);
        // Uniform on [0, 30 s]: mean 15 s, sd 30 / √12 s.
        double sd = 30 * SECOND / Math.sqrt(12);
        assertThat(Arrivals.mean(delays)).isCloseTo(15 * SECOND, within(4 * sd / Math.sqrt(delays.length)));
        assertThat(Math.sqrt(Arrivals.variance(delays))).isCloseTo(sd, within(0.05 * sd));
    }

    @Test
    void aBatchArrivesUniformlyWithinItsSpreadInTimeOrder() {
        long[] arrivals = Arrivals.of(job(EVERY_5_MIN, 0, new BatchSize.Fixed(50), 2 * SECOND), DAY, 3, 0);
        assertThat(arrivals).hasSize(288 * 50).isSorted();

        double[] positions = new double[arrivals.length];
        for (int i = 0; i < arrivals.length; i++) {
            assertThat(arrivals[i] / (5 * MINUTE)).isEqualTo(i / 50);
            positions[i] = (double) (arrivals[i] % (5 * MINUTE)) / (2 * SECOND);
        }
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new UniformRealDistribution(0, 1), positions);
        assertThat(p).isGreaterThan(0.001);
    }

    @Test
    void eachFiringFansOutItsWholeBatchWithinTheJitterAndTheSpread() {
        long[] arrivals = Arrivals.of(job(EVERY_5_MIN, 30 * SECOND, new BatchSize.Fixed(50), 2 * SECOND), DAY, 4, 0);
        assertThat(arrivals).hasSize(288 * 50).isSorted();

        double rangeSum = 0;
        for (int k = 0; k < 288; k++) {
            long[] batch = Arrays.copyOfRange(arrivals, 50 * k, 50 * (k + 1));
            assertThat(batch[0]).isBetween(k * 5 * MINUTE, k * 5 * MINUTE + 32 * SECOND);
            assertThat(batch[49]).isLessThanOrEqualTo(batch[0] + 2 * SECOND);
            rangeSum += batch[49] - batch[0];
        }
        // The range of 50 uniforms on [0, S] is S × Beta(49, 2): mean 49/51 S, sd S √(49·2 / (51² · 52)).
        double sd = 2 * SECOND * Math.sqrt(49.0 * 2 / (51.0 * 51 * 52));
        assertThat(rangeSum / 288).isCloseTo(2 * SECOND * 49 / 51.0, within(4 * sd / Math.sqrt(288)));
    }

    @Test
    void uniformBatchSizesAreDrawnAnewForEachFiring() {
        long[] sizes = batchSizes(new BatchSize.Uniform(10, 50), 5);
        // Uniform on 10..50: mean 30, variance (41² − 1) / 12 = 140.
        assertThat(Arrays.stream(sizes).min().orElseThrow()).isEqualTo(10);
        assertThat(Arrays.stream(sizes).max().orElseThrow()).isEqualTo(50);
        assertThat(Arrays.stream(sizes).distinct().count()).isEqualTo(41);
        assertThat(Arrivals.mean(sizes)).isCloseTo(30, within(4 * Math.sqrt(140.0 / sizes.length)));
        assertThat(Arrivals.variance(sizes)).isCloseTo(140, within(0.1 * 140));
    }

    @Test
    void poissonBatchSizesHaveTheirMeanAsMeanAndVariance() {
        long[] sizes = batchSizes(new BatchSize.Poisson(7.5), 6);
        assertThat(Arrivals.mean(sizes)).isCloseTo(7.5, within(4 * Math.sqrt(7.5 / sizes.length)));
        // The sample variance of n Poisson draws has sd about √((2λ² + λ) / n).
        assertThat(Arrivals.variance(sizes))
                .isCloseTo(7.5, within(4 * Math.sqrt((2 * 7.5 * 7.5 + 7.5) / sizes.length)));
    }

    /** The batch sizes of the 8,640 firings of 30 days of a 5-minute job without jitter or spread. */
    private static long[] batchSizes(BatchSize batch, long seed) {
        long[] arrivals = Arrivals.of(job(EVERY_5_MIN, 0, batch, 0), 30 * DAY, seed, 0);
        long[] sizes = new long[30 * 288];
        for (long t : arrivals) {
            assertThat(t % (5 * MINUTE)).isZero();
            sizes[(int) (t / (5 * MINUTE))]++;
        }
        return sizes;
    }

    @Test
    void cronFiresAtTheListedLocalMinutesHoursAndDays() {
        // 09:00, 09:30, 17:00, 17:30 Berlin time on working days; time 0 is Monday 00:00 UTC (01:00 in Berlin).
        Instant monday = Instant.parse("2026-01-05T00:00:00Z");
        Schedule cron = new Schedule.Cron(List.of(30, 0), List.of(17, 9),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new WallClock(monday, BERLIN));
        long[] arrivals = Arrivals.of(job(cron, 0, new BatchSize.Fixed(1), 0), 14 * DAY, 7, 0);

        assertThat(arrivals).hasSize(2 * 5 * 4);
        assertThat(arrivals[0]).isEqualTo(8 * HOUR); // 09:00 CET is 08:00 UTC
        for (long t : arrivals) {
            ZonedDateTime local = monday.plusNanos(t * 1000).atZone(BERLIN);
            assertThat(local.getMinute()).isIn(0, 30);
            assertThat(local.getHour()).isIn(9, 17);
            assertThat(local.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(local.getSecond()).isZero();
        }
        assertThat(cron.firingsPerSecond() * 7 * 86_400).isCloseTo(20, within(1e-9));
        assertThat(cron.minGapUs()).isEqualTo(30 * MINUTE);
    }

    @Test
    void cronSkipsATimeThatDoesNotExistAndFiresATimeThatComesTwiceOnce() {
        Schedule.Cron at0230 = new Schedule.Cron(List.of(30), List.of(2), EnumSet.allOf(DayOfWeek.class),
                new WallClock(Instant.parse("2026-03-28T00:00:00Z"), BERLIN));
        // 28 March 02:30 CET = 01:30 UTC; on 29 March 02:00 CET jumps to 03:00 CEST (no 02:30); 30 March 02:30 CEST =
        // 00:30 UTC, 48.5 h after time 0.
        assertThat(Arrivals.of(job(at0230, 0, new BatchSize.Fixed(1), 0), 3 * DAY, 8, 0))
                .containsExactly(HOUR + 30 * MINUTE, 48 * HOUR + 30 * MINUTE);

        Schedule.Cron autumn = new Schedule.Cron(List.of(30), List.of(2), EnumSet.allOf(DayOfWeek.class),
                new WallClock(Instant.parse("2026-10-24T00:00:00Z"), BERLIN));
        // 24 October 02:30 CEST = 00:30 UTC; on 25 October 02:30 comes at 00:30 UTC (CEST) and again at 01:30 UTC
        // (CET), and fires the first time only; 26 October 02:30 CET = 01:30 UTC.
        assertThat(Arrivals.of(job(autumn, 0, new BatchSize.Fixed(1), 0), 3 * DAY, 8, 0))
                .containsExactly(30 * MINUTE, 24 * HOUR + 30 * MINUTE, 49 * HOUR + 30 * MINUTE);
    }

    @Test
    void aQuarterHourlyCronFiresNinetySixTimesOnTheDayTheClocksGoBack() {
        Instant midnight = ZonedDateTime.of(2026, 10, 25, 0, 0, 0, 0, BERLIN).toInstant();
        Schedule.Cron quarterly = Schedule.Cron.minutes(new WallClock(midnight, BERLIN), 0, 15, 30, 45);
        // 25 October 2026 lasts 25 hours in Berlin; its local times 02:00–02:59 come twice but fire once.
        long[] arrivals = Arrivals.of(job(quarterly, 0, new BatchSize.Fixed(1), 0), 25 * HOUR, 9, 0);
        assertThat(arrivals).hasSize(96).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void theMeanRateIsTheMeanBatchPerFiring() {
        assertThat(job(EVERY_5_MIN, 0, new BatchSize.Fixed(50), 0).meanRatePerSecond()).isCloseTo(50 / 300.0,
                within(1e-12));
        assertThat(job(EVERY_5_MIN, 0, new BatchSize.Uniform(10, 50), 0).meanRatePerSecond()).isCloseTo(0.1,
                within(1e-12));
    }

    @Test
    void refusesJitterAndSpreadThatReachTheNextFiring() {
        assertThatThrownBy(() -> job(EVERY_5_MIN, 4 * MINUTE, new BatchSize.Fixed(1), MINUTE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("jitter 4min and spread 1min must together be shorter than the shortest gap between "
                        + "firings, 5min");
        assertThatThrownBy(() -> new Schedule.Cron(List.of(60), List.of(1), EnumSet.allOf(DayOfWeek.class),
                WallClock.utc(Instant.EPOCH))).hasMessageContaining("minutes must be 0 to 59, found 60");
        assertThatThrownBy(() -> new BatchSize.Fixed(0)).hasMessageContaining("1 to 1000000");
        assertThatThrownBy(() -> new BatchSize.Uniform(5, 4)).hasMessageContaining("min <= max");
    }

    @Test
    void describesTheJob() {
        assertThat(job(EVERY_5_MIN, 30 * SECOND, new BatchSize.Fixed(50), 2 * SECOND).describe())
                .isEqualTo("scheduled every 5min, batches of 50, jitter 30s, spread over 2s");
    }
}
