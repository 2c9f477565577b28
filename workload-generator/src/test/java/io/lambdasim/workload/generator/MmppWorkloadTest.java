package io.lambdasim.workload.generator;

import static io.lambdasim.workload.generator.Arrivals.MINUTE;
import static io.lambdasim.workload.generator.Arrivals.SECOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.workload.InvocationSource;
import io.lambdasim.workload.PoissonWorkload;
import io.lambdasim.workload.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** The two-state MMPP against its theory: stationary mix of rates, over-dispersed counts, exponential sojourns. */
class MmppWorkloadTest {

    // On at 50/s for 10 s on average, off at 5/s for 30 s: π_on = 1/4, mean rate 50/4 + 5·3/4 = 16.25/s.
    private static final MmppWorkload BURSTY = new MmppWorkload(50, 5, 10 * SECOND, 30 * SECOND);
    private static final double MEAN_RATE = 16.25;
    private static final double R_ON = 0.1;       // leaving the on state, per second
    private static final double R_OFF = 1 / 30.0; // leaving the off state, per second

    /** Var N(T) = mean·T + 2 (λ_on − λ_off)² r_on r_off / c³ (T − (1 − e^(−cT)) / c), c = r_on + r_off. */
    private static double countVariance(double seconds) {
        double c = R_ON + R_OFF;
        return MEAN_RATE * seconds + 2 * 45.0 * 45.0 * R_ON * R_OFF / (c * c * c)
                * (seconds - (1 - Math.exp(-c * seconds)) / c);
    }

    @Test
    void theLongRunRateIsTheStationaryMixOfTheTwoRates() {
        assertThat(BURSTY.onProbability()).isEqualTo(0.25);
        assertThat(BURSTY.meanRatePerSecond()).isCloseTo(MEAN_RATE, within(1e-12));

        double seconds = 100_000;
        long[] arrivals = Arrivals.of(BURSTY, (long) (seconds * SECOND), 1, 0);
        assertThat((double) arrivals.length)
                .isCloseTo(MEAN_RATE * seconds, within(4 * Math.sqrt(countVariance(seconds))));
    }

    @Test
    void countsAreOverDispersedAsTheTheorySaysWhilePoissonCountsAreNot() {
        int windows = 5_000;
        long[] mmpp = Arrivals.countsPerWindow(Arrivals.of(BURSTY, windows * MINUTE, 2, 0), MINUTE, windows);
        long[] poisson = Arrivals.countsPerWindow(Arrivals.of(new PoissonWorkload(MEAN_RATE), windows * MINUTE, 2, 0),
                MINUTE, windows);

        // Over 60 s the theory gives Var / mean = (975 + 299,000) / 975 ≈ 308.
        double expected = countVariance(60) / (MEAN_RATE * 60);
        assertThat(expected).isCloseTo(307.7, within(0.5));
        assertThat(Arrivals.variance(mmpp) / Arrivals.mean(mmpp)).isCloseTo(expected, within(0.15 * expected));
        assertThat(Arrivals.variance(poisson) / Arrivals.mean(poisson))
                .isCloseTo(1, within(4 * Math.sqrt(2.0 / windows)));
    }

    @Test
    void theFirstStateIsDrawnFromTheStationaryDistribution() {
        // On at 100,000/s, silent when off, π_on = 1 / (1 + 3) = 0.25. Starting on, the first arrival comes within 1 ms
        // (P = 1 − e^−100); starting off, almost never (P ≈ 1 ms / 3 s).
        MmppWorkload w = new MmppWorkload(100_000, 0, SECOND, 3 * SECOND);
        RandomStreams streams = new RandomStreams(3);
        int runs = 4_000;
        int startedOn = 0;
        for (int r = 0; r < runs; r++) {
            InvocationSource s = w.open(streams.stream(RandomStreams.ARRIVALS, r), 10 * SECOND);
            if (s.nextArrivalUs() < 1_000) {
                startedOn++;
            }
        }
        double p = 0.25 + 0.75 * (1 - Math.exp(-1.0 / 3000));
        assertThat((double) startedOn / runs).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / runs)));
    }

    @Test
    void silentOffStatesLastTheirMeanOnAverage() {
        // On at 1,000/s for 1 s on average (a gap of 200 ms within it has probability e^−200), silent for 10 s: every
        // gap over 200 ms is an off period, plus the on state's last and first gaps around it (1 ms each on average).
        MmppWorkload w = new MmppWorkload(1_000, 0, SECOND, 10 * SECOND);
        long[] arrivals = Arrivals.of(w, 50_000 * SECOND, 4, 0);
        long longGaps = 0;
        double sum = 0;
        for (int i = 1; i < arrivals.length; i++) {
            long gap = arrivals[i] - arrivals[i - 1];
            if (gap > 200_000) {
                longGaps++;
                sum += gap;
            }
        }
        double meanOff = sum / longGaps / SECOND;
        // About 50,000 s / 11 s cycles; the exponential's sd equals its mean, 10 s.
        assertThat((double) longGaps).isCloseTo(50_000 / 11.0, within(4 * Math.sqrt(50_000 / 11.0)));
        assertThat(meanOff).isCloseTo(10.002, within(4 * 10 / Math.sqrt(longGaps)));
    }

    @Test
    void refusesRatesAndSojournsOutOfRange() {
        assertThatThrownBy(() -> new MmppWorkload(0, 0, SECOND, SECOND)).hasMessageContaining("at least one state");
        assertThatThrownBy(() -> new MmppWorkload(-1, 1, SECOND, SECOND)).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> new MmppWorkload(1, 1, 999, SECOND)).hasMessageContaining("at least 1 ms");
    }

    @Test
    void describesItsStates() {
        assertThat(BURSTY.describe()).isEqualTo("MMPP, 50 per second for 10s then 5 per second for 30s on average");
    }
}
