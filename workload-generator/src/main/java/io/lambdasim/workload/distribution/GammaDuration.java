package io.lambdasim.workload.distribution;

import io.lambdasim.workload.time.TimeSpans;
import java.math.BigDecimal;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;

/**
 * Gamma-distributed durations given by shape and mean: {@code gamma:shape=2,mean=100ms} (scale = mean / shape;
 * shape 1 is the exponential, larger shapes are less variable: the coefficient of variation is
 * {@code 1 / sqrt(shape)}). Sampled with commons-rng's Marsaglia–Tsang method (Ahrens–Dieter below shape 1).
 *
 * @param shape the shape, positive and finite
 * @param averageUs the mean in µs, exactly as given, {@code > 0}
 */
public record GammaDuration(double shape, long averageUs) implements DurationDistribution {

    public GammaDuration {
        if (!(shape > 0) || Double.isInfinite(shape)) {
            throw new IllegalArgumentException("the shape must be positive and finite, was " + shape);
        }
        if (averageUs <= 0) {
            throw new IllegalArgumentException("the mean must be positive, was " + averageUs + " µs");
        }
    }

    /** The scale in µs: mean / shape. */
    public double scaleUs() {
        return averageUs / shape;
    }

    @Override
    public double meanUs() {
        return averageUs;
    }

    @Override
    public double quantileUs(double p) {
        Distributions.checkProbability(p);
        // No generator: commons-math only searches its inverse CDF (to 1e-9 µs).
        return new GammaDistribution(null, shape, scaleUs()).inverseCumulativeProbability(p);
    }

    @Override
    public double cdf(double us) {
        return us <= 0 ? 0 : Gamma.regularizedGammaP(shape, us / scaleUs());
    }

    @Override
    public String spec() {
        return "gamma:shape=" + BigDecimal.valueOf(shape).stripTrailingZeros().toPlainString()
                + ",mean=" + TimeSpans.format(averageUs);
    }

    @Override
    public DurationSampler sampler(UniformRandomProvider rng) {
        return new RoundedSampler(AhrensDieterMarsagliaTsangGammaSampler.of(rng, shape, scaleUs()));
    }
}
