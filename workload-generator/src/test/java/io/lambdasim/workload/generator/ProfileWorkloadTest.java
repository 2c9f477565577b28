package io.lambdasim.workload.generator;

import static io.lambdasim.workload.generator.Arrivals.DAY;
import static io.lambdasim.workload.generator.Arrivals.HOUR;
import static io.lambdasim.workload.generator.Arrivals.MINUTE;
import static io.lambdasim.workload.generator.Arrivals.SECOND;
import static io.lambdasim.workload.generator.Arrivals.countBetween;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Thinning against theory: window counts are Poisson with mean ∫λ(t)dt, computed here by hand for each profile. */
class ProfileWorkloadTest {

    /** Monday 5 January 2026, 00:00 UTC. */
    private static final Instant MONDAY = Instant.parse("2026-01-05T00:00:00Z");
    private static final WallClock UTC = WallClock.utc(MONDAY);

    @Test
    void hourlyCountsArePoissonWithTheIntegralOfTheDailyCurve() {
        // λ(t) = 1/s × (1 + a cos(2π (h − 14) / 24)), a = (3 − 1) / (3 + 1) = 0.5; the count in hour [h, h + 1) of a
        // day has mean 3600 (1 + a (24 / 2π) (sin(2π (h + 1 − 14) / 24) − sin(2π (h − 14) / 24))).
        ProfileWorkload w = ProfileWorkload.of(1, UTC, new DailyCurve(14, 3));
        int days = 60;
        long[] counts = Arrivals.countsPerWindow(Arrivals.of(w, days * DAY, 1, 0), HOUR, days * 24);

        double chiSquare = 0;
        for (int k = 0; k < counts.length; k++) {
            int h = k % 24;
            double expected = 3600 * (1 + 0.5 * 24 / (2 * Math.PI)
                    * (Math.sin(2 * Math.PI * (h + 1 - 14) / 24) - Math.sin(2 * Math.PI * (h - 14) / 24)));
            chiSquare += (counts[k] - expected) * (counts[k] - expected) / expected;
        }
        // Independent Poisson counts: the statistic is about chi-square with n degrees of freedom (mean n, variance
        // 2n); it would be far larger if the means were wrong, and off either way if the counts were not Poisson.
        int n = counts.length;
        assertThat(chiSquare).isCloseTo(n, within(4 * Math.sqrt(2.0 * n)));
        // The curve averages 1, so the mean hourly count is the base rate's 3,600 (sd of the mean: sqrt(3600 / n)).
        assertThat(Arrivals.mean(counts)).isCloseTo(3600, within(4 * Math.sqrt(3600.0 / n)));
    }

    @Test
    void theDailyPeakFallsAtItsHourOnTheLocalClock() {
        // Kolkata is UTC+05:30 all year. The share of arrivals between 12:00 and 16:00 local around a 14:00 peak is
        // (4 + a (24 / 2π) · 2 sin(2π · 2 / 24)) / 24 = (4 + 12 a / π) / 24 = 0.24624 for a = 0.5; read in UTC instead,
        // the window would be 06:30–10:30 around the peak, with a share of about 0.13.
        ProfileWorkload w = ProfileWorkload.of(2, new WallClock(MONDAY, ZoneId.of("Asia/Kolkata")),
                new DailyCurve(14, 3));
        long[] arrivals = Arrivals.of(w, 20 * DAY, 2, 0);
        long offset = 5 * HOUR + 30 * MINUTE;
        long inPeak = java.util.Arrays.stream(arrivals).map(t -> Math.floorMod(t + offset, DAY))
                .filter(tod -> tod >= 12 * HOUR && tod < 16 * HOUR).count();

        double p = (4 + 12 * 0.5 / Math.PI) / 24;
        double share = (double) inPeak / arrivals.length;
        assertThat(share).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / arrivals.length)));
    }

    @Test
    void hourlyWeightsFollowTheLocalClockAcrossADaylightSavingChange() {
        // All the weight on 12:00–12:59 New York time; on 8 March 2026 the clocks go from 02:00 EST to 03:00 EDT.
        List<Double> weights = new ArrayList<>(Collections.nCopies(24, 0.0));
        weights.set(12, 5.0);
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant saturday = ZonedDateTime.of(2026, 3, 7, 0, 0, 0, 0, newYork).toInstant();
        ProfileWorkload w = ProfileWorkload.of(0.5, new WallClock(saturday, newYork), new HourlyWeights(weights));
        long[] arrivals = Arrivals.of(w, 3 * DAY, 3, 0);

        long[] perDay = new long[3];
        for (long t : arrivals) {
            ZonedDateTime local = saturday.plusNanos(t * 1000).atZone(newYork);
            assertThat(local.getHour()).as("local hour of %s", local).isEqualTo(12);
            perDay[local.getDayOfMonth() - 7]++;
        }
        // The factor is 24 in that hour (the weights' mean is 5 / 24): 0.5/s × 24 × 3600 s = 43,200 a day.
        for (long count : perDay) {
            assertThat((double) count).isCloseTo(43_200, within(4 * Math.sqrt(43_200)));
        }
    }

    @Test
    void weeklyWeightsGiveEachLocalDayItsShare() {
        double[] weights = {1, 1, 1, 1, 1, 0.5, 0.4};
        ProfileWorkload w = ProfileWorkload.of(0.5, UTC, new WeeklyWeights(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 0.5, 0.4)));
        long[] arrivals = Arrivals.of(w, 28 * DAY, 4, 0);

        long[] perWeekday = new long[7];
        for (long t : arrivals) {
            perWeekday[(int) (t / DAY % 7)]++; // time 0 is a Monday at midnight UTC
        }
        for (int d = 0; d < 7; d++) {
            // 4 weeks of 43,200 s-rate-days, each scaled by its weight over the weights' mean 5.9 / 7.
            double expected = 4 * 0.5 * 86_400 * weights[d] / (5.9 / 7);
            assertThat((double) perWeekday[d]).as("day %d", d).isCloseTo(expected, within(4 * Math.sqrt(expected)));
        }
    }

    @Test
    void theCyclesAverageOneSoTheBaseRateIsTheMeanRate() {
        ProfileWorkload w = ProfileWorkload.of(0.2, new WallClock(MONDAY, ZoneId.of("Europe/Berlin")),
                new DailyCurve(20, 5), new WeeklyWeights(List.of(1.0, 1.0, 1.0, 1.0, 1.2, 1.5, 0.8)));
        long[] arrivals = Arrivals.of(w, 28 * DAY, 5, 0);

        double expected = 0.2 * 28 * 86_400;
        assertThat((double) arrivals.length).isCloseTo(expected, within(4 * Math.sqrt(expected)));
        assertThat(w.meanRatePerSecond()).isEqualTo(0.2);
    }

    @Test
    void aSpikeDoublesTheRateAtItsStartAndHalvesItsExcessEveryHalfLife() {
        ProfileWorkload w = ProfileWorkload.of(100, UTC, Spike.decaying(HOUR, 2, 10 * MINUTE));
        RateProfile rate = w.rate(2 * HOUR);
        assertThat(rate.ratePerSecondAt(HOUR - 1)).isEqualTo(100);
        assertThat(rate.ratePerSecondAt(HOUR)).isEqualTo(200);
        assertThat(rate.ratePerSecondAt(HOUR + 10 * MINUTE)).isCloseTo(150, within(1e-9));
        assertThat(rate.ratePerSecondAt(HOUR + 20 * MINUTE)).isCloseTo(125, within(1e-9));

        long[] arrivals = Arrivals.of(w, 2 * HOUR, 6, 0);
        // Before: 100/s × 600 s. After: ∫ 100 (1 + 2^(−s / 600 s)) ds = 100 (600 + (600 / ln 2) (1 − 1/2)) over the
        // first ten minutes and 100 (600 + (600 / ln 2) (1/2 − 1/4)) over the next ten.
        double before = 60_000;
        double first = 100 * (600 + 600 / Math.log(2) * 0.5);
        double second = 100 * (600 + 600 / Math.log(2) * 0.25);
        assertThat((double) countBetween(arrivals, 50 * MINUTE, HOUR)).isCloseTo(before, within(4 * Math.sqrt(before)));
        assertThat((double) countBetween(arrivals, HOUR, 70 * MINUTE)).isCloseTo(first, within(4 * Math.sqrt(first)));
        assertThat((double) countBetween(arrivals, 70 * MINUTE, 80 * MINUTE))
                .isCloseTo(second, within(4 * Math.sqrt(second)));
        // In the first ten seconds the rate is still about twice the base: ∫ 100 (1 + 2^(−s / 600)) over 10 s.
        double firstSeconds = 100 * (10 + 600 / Math.log(2) * (1 - Math.pow(2, -10.0 / 600)));
        assertThat((double) countBetween(arrivals, HOUR, HOUR + 10 * SECOND))
                .isCloseTo(firstSeconds, within(4 * Math.sqrt(firstSeconds)));
    }

    @Test
    void aPlateauSpikeHoldsItsMultiplierThenStepsBack() {
        ProfileWorkload w = ProfileWorkload.of(100, UTC, Spike.plateau(30 * MINUTE, 3, 10 * MINUTE));
        long[] arrivals = Arrivals.of(w, HOUR, 7, 0);

        assertThat((double) countBetween(arrivals, 20 * MINUTE, 30 * MINUTE)).isCloseTo(60_000, within(4 * 245.0));
        assertThat((double) countBetween(arrivals, 30 * MINUTE, 40 * MINUTE)).isCloseTo(180_000, within(4 * 425.0));
        assertThat((double) countBetween(arrivals, 40 * MINUTE, 50 * MINUTE)).isCloseTo(60_000, within(4 * 245.0));
    }

    @Test
    void exponentialGrowthCompoundsEachMonth() {
        ProfileWorkload w = ProfileWorkload.of(1, UTC, Growth.exponential(0.2));
        RateProfile rate = w.rate(90 * DAY);
        assertThat(rate.ratePerSecondAt(30 * DAY)).isCloseTo(1.2, within(1e-12));
        assertThat(rate.ratePerSecondAt(60 * DAY)).isCloseTo(1.44, within(1e-12));
        assertThat(w.meanRatePerSecond()).isNaN();

        long[] arrivals = Arrivals.of(w, 90 * DAY, 8, 0);
        // λ(t) = e^(k t), k = ln 1.2 / 30 days: ∫ from t1 to t2 = (e^(k t2) − e^(k t1)) / k.
        double k = Math.log(1.2) / (30 * 86_400.0);
        for (int from : new int[] {0, 40, 80}) {
            double expected = (Math.exp(k * (from + 10) * 86_400) - Math.exp(k * from * 86_400)) / k;
            assertThat((double) countBetween(arrivals, from * DAY, (from + 10) * DAY))
                    .as("days %d to %d", from, from + 10).isCloseTo(expected, within(4 * Math.sqrt(expected)));
        }
    }

    @Test
    void aLinearDeclineReachesZeroAndStaysThere() {
        // 1 − 0.5 t / 30 days reaches 0 at 60 days.
        ProfileWorkload w = ProfileWorkload.of(1, UTC, Growth.linear(-0.5));
        long[] arrivals = Arrivals.of(w, 90 * DAY, 9, 0);

        double firstMonth = 86_400 * 30 * (1 - 0.25); // the mean of 1 and 0.5, over 30 days
        assertThat((double) countBetween(arrivals, 0, 30 * DAY))
                .isCloseTo(firstMonth, within(4 * Math.sqrt(firstMonth)));
        assertThat(countBetween(arrivals, 60 * DAY, 90 * DAY + 1)).isZero();
    }

    @Test
    void theBoundIsTheProductOfEachFactorsPeak() {
        // 10/s × 1.5 (daily: 1 + (3 − 1) / (3 + 1)) × 1.75 (weekly: 2 over a mean of 8/7) × 1.3 (linear +30 % at the
        // end of a 30-day horizon) × 4 (the spike) = 136.5.
        ProfileWorkload w = ProfileWorkload.of(10, UTC, new DailyCurve(14, 3),
                new WeeklyWeights(List.of(2.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0)), Growth.linear(0.3),
                Spike.decaying(DAY, 4, HOUR));
        assertThat(w.rate(30 * DAY).maxRatePerSecond()).isCloseTo(136.5, within(1e-9));
        // A horizon that ends before the spike leaves it out: 10 × 1.5 × 1.75 × (1 + 0.3 / 30 per day × 0.5 day).
        assertThat(w.rate(DAY / 2).maxRatePerSecond()).isCloseTo(10 * 1.5 * 1.75 * 1.005, within(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profilesAcrossADaylightSavingChange")
    void theRateStaysWithinTheBoundsOfItsSegment(String name, ProfileWorkload w) {
        long horizon = 5 * DAY;
        RateProfile rate = w.rate(horizon);
        double max = 0;
        for (long t = 0; t <= horizon; t += 997_001) {
            int segment = (int) (t / rate.segmentUs());
            double r = rate.ratePerSecondAt(t);
            assertThat(r).as("at %d µs", t).isBetween(rate.lowerPerSecond(segment), rate.boundPerSecond(segment));
            max = Math.max(max, rate.boundPerSecond(segment));
        }
        assertThat(max).isLessThanOrEqualTo(rate.maxRatePerSecond());
    }

    static Stream<Arguments> profilesAcrossADaylightSavingChange() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        WallClock march = new WallClock(LocalDate.of(2026, 3, 27).atStartOfDay(berlin).toInstant().plusSeconds(1234),
                berlin);
        List<Double> weekly = List.of(1.0, 1.0, 1.0, 1.0, 1.0, 0.1, 0.1);
        RateFactor[] spikes = {Spike.decaying(DAY + 7 * SECOND, 30, 20 * MINUTE),
            new Spike(2 * DAY, 0.1, HOUR, 10 * MINUTE), new Spike(3 * DAY, 5, 2 * HOUR, 0)};
        return Stream.of(
                Arguments.of("curve", ProfileWorkload.of(10, march, new DailyCurve(9.5, 7), new WeeklyWeights(weekly),
                        Growth.exponential(-0.3), spikes[0], spikes[1], spikes[2])),
                Arguments.of("curve peaking at midnight", ProfileWorkload.of(10, march, new DailyCurve(0, 1000))),
                Arguments.of("hourly", ProfileWorkload.of(10, march,
                        new HourlyWeights(IntStream.range(0, 24).mapToObj(h -> (double) (h * 7 % 24)).toList()),
                        new WeeklyWeights(weekly), Growth.linear(2), spikes[0], spikes[1], spikes[2])));
    }

    @Test
    void factorsAreStoredInOneOrderSinceTheirProductDoesNotDependOnIt() {
        Spike a = Spike.decaying(HOUR, 2, MINUTE);
        Spike b = Spike.plateau(2 * HOUR, 3, MINUTE);
        DailyCurve daily = new DailyCurve(12, 2);
        Growth growth = Growth.exponential(0.1);

        ProfileWorkload w = ProfileWorkload.of(5, UTC, a, growth, b, daily);
        assertThat(w).isEqualTo(ProfileWorkload.of(5, UTC, daily, growth, a, b));
        assertThat(w.factors()).containsExactly(daily, growth, a, b);
        assertThat(w.spikes()).containsExactly(a, b);
        assertThat(w.followsCalendar()).isTrue();
    }

    @Test
    void refusesTwoFactorsOfOneKindAndFactorsOutOfRange() {
        assertThatThrownBy(() -> ProfileWorkload.of(1, UTC, new DailyCurve(12, 2),
                new HourlyWeights(Collections.nCopies(24, 1.0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most one daily cycle");
        assertThatThrownBy(() -> ProfileWorkload.of(0, UTC)).hasMessageContaining("base rate");
        assertThatThrownBy(() -> new DailyCurve(24, 2)).hasMessageContaining("peak hour");
        assertThatThrownBy(() -> new DailyCurve(12, 0.5)).hasMessageContaining("peak-to-trough");
        assertThatThrownBy(() -> new WeeklyWeights(List.of(1.0, 1.0))).hasMessageContaining("needs 7 weights, has 2");
        assertThatThrownBy(() -> new WeeklyWeights(Collections.nCopies(7, 0.0))).hasMessageContaining("all 0");
        assertThatThrownBy(() -> new HourlyWeights(Collections.nCopies(24, -1.0))).hasMessageContaining("-1.0");
        assertThatThrownBy(() -> Growth.exponential(-1)).hasMessageContaining("above -1");
        assertThatThrownBy(() -> new Spike(HOUR, 2, 0, 0)).hasMessageContaining("plateau or a half-life");
        assertThatThrownBy(() -> Spike.decaying(HOUR, 0, MINUTE)).hasMessageContaining("multiplier");
    }

    @Test
    void describesItsFactors() {
        ProfileWorkload w = ProfileWorkload.of(20, UTC, new DailyCurve(14.5, 4), Growth.exponential(0.2),
                new Spike(54 * HOUR, 10, 0, 30 * MINUTE));
        assertThat(w.describe()).isEqualTo("profile, 20 per second; daily peak at 14:30, 4× the trough; "
                + "+20 % a month; ×10 at 2.25d, half-life 30min");
    }
}
