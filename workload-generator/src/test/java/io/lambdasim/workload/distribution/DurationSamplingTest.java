package io.lambdasim.workload.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.workload.random.RandomStreams;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeded samples of 200,000 draws against each distribution's analytic mean, quantiles and CDF. */
class DurationSamplingTest {

    private static final int N = 200_000;
    private static final RandomStreams STREAMS = new RandomStreams(20261126L);

    /** Sorted draws of {@code spec}, from its own stream so that each test sees the same numbers. */
    private static double[] sortedSample(String spec) {
        DurationSampler sampler = Distributions.parse(spec).sampler(STREAMS.stream("durations/" + spec, 0));
        double[] sample = new double[N];
        for (int i = 0; i < N; i++) {
            sample[i] = sampler.sampleUs();
        }
        Arrays.sort(sample);
        return sample;
    }

    /** A distribution of each kind, and two mixtures. */
    static Stream<String> everyKind() {
        return Stream.of(
                "const:120ms",
                "exp:1991ms",
                "uniform:10ms..50ms",
                "lognormal:median=80ms,p99=900ms",
                "gamma:shape=2,mean=100ms",
                "gamma:shape=0.5,mean=1s",
                "empirical:p0=5ms,p50=80ms,p90=200ms,p99=900ms,p100=3s",
                "mix:0.9*exp:100ms+0.1*const:2s",
                "mix:0.9*exp:100ms+0.1*lognormal:median=2s,p99=5s");
    }

    /** The sample's quantile of order {@code p}: the smallest draw with at least {@code p * n} draws at or below it. */
    private static double sampleQuantile(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void sampleMeanIsWithinFourStandardErrorsOfMeanUs(String spec) {
        double[] sample = sortedSample(spec);
        double mean = Arrays.stream(sample).average().orElseThrow();
        double variance = Arrays.stream(sample).map(x -> (x - mean) * (x - mean)).sum() / (N - 1);
        double standardError = Math.sqrt(variance / N);

        assertThat(sample[0]).as("smallest draw").isGreaterThanOrEqualTo(0);
        // Rounding each draw to the nearest µs moves the mean by less than 0.5 µs.
        assertThat(mean).isCloseTo(Distributions.parse(spec).meanUs(), within(4 * standardError + 0.5));
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void sampleQuantilesMatchQuantileUs(String spec) {
        DurationDistribution distribution = Distributions.parse(spec);
        double[] sample = sortedSample(spec);

        for (double p : new double[] {0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999}) {
            // The sample quantile of order p lies, but for 4 standard errors of p, between the quantiles of
            // p -+ 4 sqrt(p(1-p)/n); draws are rounded to the µs.
            double spread = 4 * Math.sqrt(p * (1 - p) / N);
            double low = distribution.quantileUs(Math.max(0, p - spread)) - 0.5;
            double high = distribution.quantileUs(Math.min(1, p + spread)) + 0.5;

            assertThat(sampleQuantile(sample, p)).as("quantile %s", p).isBetween(low, high);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "exp:1991ms",
        "uniform:10ms..50ms",
        "lognormal:median=80ms,p99=900ms",
        "gamma:shape=2,mean=100ms",
        "gamma:shape=0.5,mean=1s",
        "empirical:p0=5ms,p50=80ms,p90=200ms,p99=900ms,p100=3s",
        "mix:0.9*exp:100ms+0.1*lognormal:median=2s,p99=5s",
    })
    void sampleFollowsTheExactCdfByKolmogorovSmirnov(String spec) {
        double[] sample = sortedSample(spec);

        double pValue = new KolmogorovSmirnovTest()
                .kolmogorovSmirnovTest(new CdfDistribution(Distributions.parse(spec)), sample);

        assertThat(pValue).isGreaterThan(0.001);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "exp:1991ms",
        "uniform:10ms..50ms",
        "lognormal:median=80ms,p99=900ms",
        "gamma:shape=2,mean=100ms",
        "gamma:shape=0.5,mean=1s",
        "empirical:p0=5ms,p50=80ms,p90=200ms,p99=900ms,p100=3s",
        "mix:0.9*exp:100ms+0.1*lognormal:median=2s,p99=5s",
        "mix:0.9*exp:100ms+0.1*const:2s",
    })
    void quantileUsInvertsTheCdf(String spec) {
        DurationDistribution distribution = Distributions.parse(spec);

        for (int i = 1; i < 1000; i++) {
            double p = i / 1000.0;
            double q = distribution.quantileUs(p);

            assertThat(distribution.cdf(q)).as("cdf(quantileUs(%s))", p).isGreaterThanOrEqualTo(p - 1e-9);
            assertThat(distribution.cdf(q * (1 - 1e-9))).as("cdf just below quantileUs(%s)", p).isLessThan(p + 1e-9);
        }
    }

    @Test
    void constantAlwaysGivesItsValue() {
        double[] sample = sortedSample("const:120ms");

        assertThat(sample[0]).isEqualTo(120_000);
        assertThat(sample[N - 1]).isEqualTo(120_000);
    }

    @Test
    void lognormalQuantilesReproduceTheGivenMedianAndP99() {
        DurationDistribution lognormal = Distributions.parse("lognormal:median=80ms,p99=900ms");
        double[] sample = sortedSample("lognormal:median=80ms,p99=900ms");

        assertThat(lognormal.quantileUs(0.5)).isCloseTo(80_000, within(1e-6));
        assertThat(lognormal.quantileUs(0.99)).isCloseTo(900_000, within(1e-6));
        // The sample's median and p99 are where the exact CDF puts 50% and 99%, within 4 standard errors.
        assertThat(lognormal.cdf(sampleQuantile(sample, 0.5))).isCloseTo(0.5, within(4 * Math.sqrt(0.25 / N)));
        assertThat(lognormal.cdf(sampleQuantile(sample, 0.99))).isCloseTo(0.99, within(4 * Math.sqrt(0.0099 / N)));
    }

    @Test
    void lognormalParametersFollowFromMedianAndP99() {
        LogNormalDuration lognormal = new LogNormalDuration(80_000, 900_000);

        assertThat(lognormal.mu()).isEqualTo(Math.log(80_000));
        assertThat(lognormal.sigma()).isCloseTo(Math.log(900_000.0 / 80_000) / 2.3263478740408408, within(1e-12));
        assertThat(lognormal.meanUs())
                .isCloseTo(Math.exp(lognormal.mu() + lognormal.sigma() * lognormal.sigma() / 2), within(1e-6));
    }

    @Test
    void empiricalMeanIsExactFromThePieces() {
        // 0.50 * (5 + 80) / 2 + 0.40 * (80 + 200) / 2 + 0.09 * (200 + 900) / 2 + 0.01 * (900 + 3000) / 2 = 146.25 ms
        DurationDistribution empirical = Distributions.parse("empirical:p0=5ms,p50=80ms,p90=200ms,p99=900ms,p100=3s");

        assertThat(empirical.meanUs()).isEqualTo(146_250.0);
        assertThat(empirical.quantileUs(0)).isEqualTo(5_000);
        assertThat(empirical.quantileUs(0.7)).isCloseTo(140_000, within(1e-6));
        assertThat(empirical.quantileUs(1)).isEqualTo(3_000_000);
    }

    @Test
    void empiricalWithARepeatedValueGivesThatValueItsProbability() {
        String spec = "empirical:p0=5ms,p40=10ms,p60=10ms,p100=20ms";
        DurationDistribution empirical = Distributions.parse(spec);
        double[] sample = sortedSample(spec);
        long atTen = Arrays.stream(sample).filter(x -> x == 10_000).count();

        assertThat(empirical.cdf(10_000)).isCloseTo(0.6, within(1e-12));
        assertThat(empirical.quantileUs(0.5)).isEqualTo(10_000);
        assertThat((double) atTen / N).isCloseTo(0.2, within(4 * Math.sqrt(0.2 * 0.8 / N)));
    }

    @Test
    void mixturePutsItsWeightOnEachComponent() {
        double[] sample = sortedSample("mix:0.9*exp:100ms+0.1*const:2s");
        long atTwoSeconds = Arrays.stream(sample).filter(x -> x == 2_000_000).count();

        assertThat((double) atTwoSeconds / N).isCloseTo(0.1, within(4 * Math.sqrt(0.1 * 0.9 / N)));
        assertThat(Distributions.parse("mix:0.9*exp:100ms+0.1*const:2s").meanUs()).isCloseTo(290_000, within(1e-9));
    }

    @Test
    void exponentialAndUniformHaveTheTextbookQuantiles() {
        assertThat(Distributions.parse("exp:1s").quantileUs(0.5)).isCloseTo(1e6 * Math.log(2), within(1e-6));
        assertThat(Distributions.parse("exp:1s").quantileUs(1)).isInfinite();
        assertThat(Distributions.parse("uniform:10ms..50ms").quantileUs(0.25)).isEqualTo(20_000);
        assertThat(Distributions.parse("uniform:10ms..50ms").meanUs()).isEqualTo(30_000);
    }

    @Test
    void samplersOnEqualStreamsDrawEqualDurations() {
        DurationDistribution distribution = Distributions.parse("mix:0.7*lognormal:median=80ms,p99=900ms+0.3*exp:1s");
        DurationSampler a = distribution.sampler(new RandomStreams(9).stream("durations", 2));
        DurationSampler b = distribution.sampler(new RandomStreams(9).stream("durations", 2));

        for (int i = 0; i < 10_000; i++) {
            assertThat(a.sampleUs()).isEqualTo(b.sampleUs());
        }
    }
}
