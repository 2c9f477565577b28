package io.lambdasim.workload.distribution;

import io.lambdasim.workload.time.TimeSpans;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Exponentially distributed durations with a given mean: {@code exp:1991ms}. Sampled with the ziggurat method
 * (commons-rng's {@link ZigguratSampler.Exponential}), not by inversion.
 *
 * @param averageUs the mean in µs, exactly as given, {@code > 0}
 */
public record ExponentialDuration(long averageUs) implements DurationDistribution {

    public ExponentialDuration {
        if (averageUs <= 0) {
            throw new IllegalArgumentException("the mean must be positive, was " + averageUs + " µs");
        }
    }

    @Override
    public double meanUs() {
        return averageUs;
    }

    @Override
    public double quantileUs(double p) {
        Distributions.checkProbability(p);
        return -averageUs * Math.log1p(-p);
    }

    @Override
    public double cdf(double us) {
        return us <= 0 ? 0 : -Math.expm1(-us / averageUs);
    }

    @Override
    public String spec() {
        return "exp:" + TimeSpans.format(averageUs);
    }

    @Override
    public DurationSampler sampler(UniformRandomProvider rng) {
        return new RoundedSampler(ZigguratSampler.Exponential.of(rng, averageUs));
    }
}
