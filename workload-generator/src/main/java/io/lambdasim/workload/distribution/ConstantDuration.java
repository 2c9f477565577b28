package io.lambdasim.workload.distribution;

import io.lambdasim.workload.time.TimeSpans;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Always the same duration: {@code const:120ms}. Its sampler draws nothing from the generator.
 *
 * @param valueUs the duration in µs, {@code >= 0}
 */
public record ConstantDuration(long valueUs) implements DurationDistribution {

    public ConstantDuration {
        if (valueUs < 0) {
            throw new IllegalArgumentException("the duration must not be negative, was " + valueUs + " µs");
        }
    }

    @Override
    public double meanUs() {
        return valueUs;
    }

    @Override
    public double quantileUs(double p) {
        Distributions.checkProbability(p);
        return valueUs;
    }

    @Override
    public double cdf(double us) {
        return us >= valueUs ? 1 : 0;
    }

    @Override
    public String spec() {
        return "const:" + TimeSpans.format(valueUs);
    }

    @Override
    public DurationSampler sampler(UniformRandomProvider rng) {
        Objects.requireNonNull(rng, "rng");
        long value = valueUs;
        return () -> value;
    }
}
