package io.lambdasim.workload.distribution;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A mixture: each duration comes from one of several distributions, chosen at random with given weights, for
 * example mostly fast requests with a few slow ones: {@code mix:0.9*exp:100ms+0.1*const:2s}.
 *
 * <p>The weights must be positive and sum to 1 within {@value #WEIGHT_SUM_TOLERANCE}; they are not silently
 * normalised, so that a typo ({@code 0.9} and {@code 0.01}) is an error rather than a different workload. Within
 * that tolerance they are divided by their sum. Mixtures do not nest.
 *
 * <p>The sampler draws one uniform number to choose the component, then the component's own draws.
 *
 * @param components the weighted components, at least one
 */
public record MixtureDuration(List<Component> components) implements DurationDistribution {

    /** How far from 1 the weights' sum may be. */
    public static final double WEIGHT_SUM_TOLERANCE = 1e-9;

    /**
     * One component of a mixture.
     *
     * @param weight its probability, positive
     * @param distribution its distribution, not itself a mixture
     */
    public record Component(double weight, DurationDistribution distribution) {

        public Component {
            Objects.requireNonNull(distribution, "distribution");
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("the weight of " + distribution.spec() + " must be positive, was "
                        + weight);
            }
            if (distribution instanceof MixtureDuration) {
                throw new IllegalArgumentException("mixtures cannot be nested");
            }
        }

        /** This component as written in a spec: {@code 0.9*exp:100ms}. */
        @Override
        public String toString() {
            return BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString() + "*" + distribution.spec();
        }
    }

    public MixtureDuration {
        components = List.copyOf(components);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a mixture needs at least one component");
        }
        double sum = weightSum(components);
        if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
            throw new IllegalArgumentException("the weights sum to " + sum + ", not 1");
        }
    }

    @Override
    public double meanUs() {
        double mean = 0;
        for (Component c : components) {
            mean += c.weight() * c.distribution().meanUs();
        }
        return mean / weightSum(components);
    }

    @Override
    public double quantileUs(double p) {
        Distributions.checkProbability(p);
        // Each component's quantile is at most the mixture's or at least it, so the mixture's lies between them.
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Component c : components) {
            double q = c.distribution().quantileUs(p);
            lo = Math.min(lo, q);
            hi = Math.max(hi, q);
        }
        if (cdf(lo) >= p) {
            return lo;
        }
        if (lo == hi || Double.isInfinite(hi)) {
            return hi;
        }
        // Bisection for the smallest x with cdf(x) >= p, down to adjacent doubles.
        while (true) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) {
                return hi;
            }
            if (cdf(mid) >= p) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
    }

    @Override
    public double cdf(double us) {
        double f = 0;
        for (Component c : components) {
            f += c.weight() * c.distribution().cdf(us);
        }
        return Math.min(1, f / weightSum(components));
    }

    @Override
    public String spec() {
        return components.stream().map(Component::toString).collect(Collectors.joining("+", "mix:", ""));
    }

    @Override
    public DurationSampler sampler(UniformRandomProvider rng) {
        Objects.requireNonNull(rng, "rng");
        int n = components.size();
        double[] cumulative = new double[n];
        DurationSampler[] samplers = new DurationSampler[n];
        double sum = weightSum(components);
        double running = 0;
        for (int i = 0; i < n; i++) {
            running += components.get(i).weight();
            cumulative[i] = running / sum;
            samplers[i] = components.get(i).distribution().sampler(rng);
        }
        cumulative[n - 1] = 1; // whatever the rounding, the last component takes the rest
        return new Sampler(rng, cumulative, samplers);
    }

    private static double weightSum(List<Component> components) {
        double sum = 0;
        for (Component c : components) {
            sum += c.weight();
        }
        return sum;
    }

    private static final class Sampler implements DurationSampler {
        private final UniformRandomProvider rng;
        private final double[] cumulative;
        private final DurationSampler[] samplers;

        Sampler(UniformRandomProvider rng, double[] cumulative, DurationSampler[] samplers) {
            this.rng = rng;
            this.cumulative = cumulative;
            this.samplers = samplers;
        }

        @Override
        public long sampleUs() {
            double u = rng.nextDouble();
            int i = 0;
            while (u >= cumulative[i]) {
                i++;
            }
            return samplers[i].sampleUs();
        }
    }
}
