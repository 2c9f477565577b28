package io.lambdasim.workload.arrival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lambdasim.workload.random.RandomStreams;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

class PoissonArrivalsTest {

    private static final int N = 200_000;
    private static final RandomStreams STREAMS = new RandomStreams(11);

    private static long[] gaps(PoissonArrivals arrivals, int n) {
        long[] gaps = new long[n];
        for (int i = 0; i < n; i++) {
            gaps[i] = arrivals.nextGapUs();
        }
        return gaps;
    }

    @Test
    void meanGapIsTheInverseOfTheRate() {
        PoissonArrivals arrivals = new PoissonArrivals(250, STREAMS.stream(RandomStreams.ARRIVALS, 0));
        long[] gaps = gaps(arrivals, N);
        double mean = Arrays.stream(gaps).average().orElseThrow();

        assertThat(arrivals.meanGapUs()).isEqualTo(4_000);
        // For exponential gaps the standard deviation equals the mean.
        assertThat(mean).isCloseTo(4_000, within(4 * 4_000 / Math.sqrt(N) + 0.5));
    }

    @Test
    void gapsAreExponentialByKolmogorovSmirnov() {
        long[] gaps = gaps(new PoissonArrivals(250, STREAMS.stream(RandomStreams.ARRIVALS, 1)), N);
        double[] sample = Arrays.stream(gaps).asDoubleStream().toArray();

        double pValue = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new ExponentialDistribution(null, 4_000),
                sample);

        assertThat(pValue).isGreaterThan(0.001);
    }

    @Test
    void arrivalsInOneSecondWindowsHaveAPoissonCount() {
        PoissonArrivals arrivals = new PoissonArrivals(100, STREAMS.stream(RandomStreams.ARRIVALS, 2));
        int windows = 2_000;
        long[] counts = new long[windows];
        long t = arrivals.nextGapUs();
        while (t < windows * 1_000_000L) {
            counts[(int) (t / 1_000_000L)]++;
            t += arrivals.nextGapUs();
        }
        double mean = Arrays.stream(counts).average().orElseThrow();
        double variance = Arrays.stream(counts).mapToDouble(c -> (c - mean) * (c - mean)).sum() / (windows - 1);

        assertThat(mean).isCloseTo(100, within(4 * Math.sqrt(100.0 / windows)));
        // A Poisson count's variance equals its mean (the dispersion index is 1, with sd about sqrt(2 / windows)).
        assertThat(variance / mean).isCloseTo(1, within(4 * Math.sqrt(2.0 / windows)));
    }

    @Test
    void gapsMayBeZeroButNeverNegativeAtHighRates() {
        long[] gaps = gaps(new PoissonArrivals(500_000, STREAMS.stream(RandomStreams.ARRIVALS, 3)), N);

        assertThat(Arrays.stream(gaps).min().orElseThrow()).isZero();
        // P(gap rounds to 0) = P(X < 0.5 us) = 1 - exp(-0.5 / 2) for a 2 us mean gap.
        double zeros = Arrays.stream(gaps).filter(g -> g == 0).count() / (double) N;
        double expected = -Math.expm1(-0.25);
        assertThat(zeros).isCloseTo(expected, within(4 * Math.sqrt(expected * (1 - expected) / N)));
    }

    @Test
    void equalStreamsGiveEqualGaps() {
        long[] a = gaps(new PoissonArrivals(10, new RandomStreams(5).stream(RandomStreams.ARRIVALS, 4)), 1_000);
        long[] b = gaps(new PoissonArrivals(10, new RandomStreams(5).stream(RandomStreams.ARRIVALS, 4)), 1_000);

        assertThat(a).containsExactly(b);
    }

    @Test
    void rejectsRatesThatAreNotPositiveAndFinite() {
        for (double rate : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new PoissonArrivals(rate, STREAMS.stream(RandomStreams.ARRIVALS, 0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the arrival rate must be positive and finite, was " + rate + "/s");
        }
    }

    @Test
    void drawingAMillionGapsAllocatesNothing() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        PoissonArrivals arrivals = new PoissonArrivals(1_000, STREAMS.stream(RandomStreams.ARRIVALS, 5));
        long sum = 0;
        for (int i = 0; i < 2_000_000; i++) {
            sum += arrivals.nextGapUs();
        }

        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < 1_000_000; i++) {
            sum += arrivals.nextGapUs();
        }
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;

        assertThat(sum).isPositive();
        assertThat(allocated).as("bytes allocated by 1,000,000 gaps").isLessThan(64 * 1024);
    }
}
