package io.lambdasim.workload.distribution;

import java.math.BigDecimal;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Another distribution's durations multiplied by a constant factor: {@code scale:0.5*lognormal:median=80ms,p99=900ms}.
 * The memory recommendation uses it to run a function at another memory size: the CPU part of each duration shrinks
 * with the CPU share, and the same random draws are scaled, so that every size sees the same requests (common random
 * numbers, {@code docs/recommendations.md}).
 *
 * <p>The sampler draws exactly what the base distribution's sampler draws, and returns each draw (already rounded to
 * a microsecond) times the factor, rounded to the nearest microsecond again: at most 0.5 µs × factor + 0.5 µs from the
 * scaled continuous draw.
 *
 * @param factor the multiplier, positive and finite
 * @param base   the distribution whose draws are scaled; not itself scaled (factors multiply instead)
 */
public record ScaledDuration(double factor, DurationDistribution base) implements DurationDistribution {

    public ScaledDuration {
        Objects.requireNonNull(base, "base");
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("the scale factor must be positive and finite, was " + factor);
        }
        if (base instanceof ScaledDuration) {
            throw new IllegalArgumentException("scaled distributions cannot be nested; multiply the factors");
        }
    }

    /**
     * {@code base} scaled by {@code factor}; a scaled base has its factor multiplied, and a factor of exactly 1 gives
     * {@code base} itself.
     */
    public static DurationDistribution of(DurationDistribution base, double factor) {
        if (base instanceof ScaledDuration s) {
            return of(s.base(), s.factor() * factor);
        }
        return factor == 1.0 ? base : new ScaledDuration(factor, base);
    }

    @Override
    public double meanUs() {
        return factor * base.meanUs();
    }

    @Override
    public double quantileUs(double p) {
        return factor * base.quantileUs(p);
    }

    @Override
    public double cdf(double us) {
        return base.cdf(us / factor);
    }

    @Override
    public String spec() {
        return "scale:" + BigDecimal.valueOf(factor).toPlainString() + "*" + base.spec();
    }

    @Override
    public DurationSampler sampler(UniformRandomProvider rng) {
        DurationSampler s = base.sampler(rng);
        double k = factor;
        return () -> Math.round(s.sampleUs() * k);
    }
}
