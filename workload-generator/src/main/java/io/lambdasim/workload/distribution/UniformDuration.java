package io.lambdasim.workload.distribution;

import io.lambdasim.workload.time.TimeSpans;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Durations uniformly distributed between two bounds: {@code uniform:10ms..50ms}.
 *
 * @param lowUs the lower bound in µs, {@code >= 0}
 * @param highUs the upper bound in µs, {@code > lowUs}
 */
public record UniformDuration(long lowUs, long highUs) implements DurationDistribution {

    public UniformDuration {
        if (lowUs < 0) {
            throw new IllegalArgumentException("the lower bound must not be negative, was " + lowUs + " µs");
        }
        if (highUs <= lowUs) {
            throw new IllegalArgumentException("the upper bound must exceed the lower bound");
        }
    }

    @Override
    public double meanUs() {
        return lowUs + (highUs - lowUs) / 2.0;
    }

    @Override
    public double quantileUs(double p) {
        Distributions.checkProbability(p);
        return lowUs + p * (highUs - lowUs);
    }

    @Override
    public double cdf(double us) {
        if (us <= lowUs) {
            return 0;
        }
        return us >= highUs ? 1 : (us - lowUs) / (highUs - lowUs);
    }

    @Override
    public String spec() {
        return "uniform:" + TimeSpans.format(lowUs) + ".." + TimeSpans.format(highUs);
    }

    @Override
    public DurationSampler sampler(UniformRandomProvider rng) {
        return new Sampler(Objects.requireNonNull(rng, "rng"), lowUs, highUs - lowUs);
    }

    private static final class Sampler implements DurationSampler {
        private final UniformRandomProvider rng;
        private final double low;
        private final double width;

        Sampler(UniformRandomProvider rng, double low, double width) {
            this.rng = rng;
            this.low = low;
            this.width = width;
        }

        @Override
        public long sampleUs() {
            return Math.round(low + width * rng.nextDouble());
        }
    }
}
