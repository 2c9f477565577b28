package io.lambdasim.workload.distribution;

import io.lambdasim.workload.time.TimeSpans;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Log-normally distributed durations given by their median and 99th percentile, the two numbers a latency dashboard
 * shows: {@code lognormal:median=80ms,p99=900ms}. The logarithm of a duration is normal with mean
 * {@code mu = ln(median)} and standard deviation {@code sigma = (ln(p99) - mu) / z₀.₉₉}, {@code z₀.₉₉ =}
 * {@value #Z_99}. Sampled as {@code exp(mu + sigma * g)} with {@code g} from commons-rng's ziggurat
 * {@link ZigguratSampler.NormalizedGaussian}.
 *
 * @param medianUs the median in µs, {@code > 0}
 * @param p99Us the 99th percentile in µs, {@code > medianUs}
 */
public record LogNormalDuration(long medianUs, long p99Us) implements DurationDistribution {

    /** The 0.99 quantile of the standard normal distribution. */
    public static final double Z_99 = 2.3263478740408408;

    private static final double SQRT2 = Math.sqrt(2);

    public LogNormalDuration {
        if (medianUs <= 0) {
            throw new IllegalArgumentException("the median must be positive");
        }
        if (p99Us <= medianUs) {
            throw new IllegalArgumentException("p99 must exceed the median");
        }
    }

    /** The mean of the duration's logarithm (ln µs). */
    public double mu() {
        return Math.log(medianUs);
    }

    /** The standard deviation of the duration's logarithm. */
    public double sigma() {
        return (Math.log(p99Us) - Math.log(medianUs)) / Z_99;
    }

    @Override
    public double meanUs() {
        double sigma = sigma();
        return Math.exp(mu() + sigma * sigma / 2);
    }

    @Override
    public double quantileUs(double p) {
        Distributions.checkProbability(p);
        if (p == 0) {
            return 0;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.exp(mu() + sigma() * SQRT2 * Erf.erfInv(2 * p - 1));
    }

    @Override
    public double cdf(double us) {
        if (us <= 0) {
            return 0;
        }
        return 0.5 * Erf.erfc(-(Math.log(us) - mu()) / (sigma() * SQRT2));
    }

    @Override
    public String spec() {
        return "lognormal:median=" + TimeSpans.format(medianUs) + ",p99=" + TimeSpans.format(p99Us);
    }

    @Override
    public DurationSampler sampler(UniformRandomProvider rng) {
        return new Sampler(ZigguratSampler.NormalizedGaussian.of(rng), mu(), sigma());
    }

    private static final class Sampler implements DurationSampler {
        private final NormalizedGaussianSampler gaussian;
        private final double mu;
        private final double sigma;

        Sampler(NormalizedGaussianSampler gaussian, double mu, double sigma) {
            this.gaussian = gaussian;
            this.mu = mu;
            this.sigma = sigma;
        }

        @Override
        public long sampleUs() {
            return Math.round(Math.exp(mu + sigma * gaussian.sample()));
        }
    }
}
