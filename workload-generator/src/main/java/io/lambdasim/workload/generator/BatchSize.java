package io.lambdasim.workload.generator;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteUniformSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;

/** How many invocations one firing of a {@link ScheduledWorkload} fans out to: a constant or a draw per firing. */
public sealed interface BatchSize permits BatchSize.Fixed, BatchSize.Uniform, BatchSize.Poisson {

    /** The largest batch (or mean batch) accepted. */
    int MAX = 1_000_000;

    /** The mean batch size. */
    double mean();

    /** A short description ("50", "10 to 50", "Poisson, mean 50"). */
    String describe();

    /** A sampler of batch sizes drawing from {@code rng}; it allocates nothing per draw. */
    DiscreteSampler sampler(UniformRandomProvider rng);

    /** Always {@code size} invocations, 1 to {@link #MAX}. */
    record Fixed(int size) implements BatchSize {

        public Fixed {
            if (size < 1 || size > MAX) {
                throw new IllegalArgumentException("a batch must be 1 to " + MAX + " invocations, was " + size);
            }
        }

        @Override
        public double mean() {
            return size;
        }

        @Override
        public String describe() {
            return Integer.toString(size);
        }

        @Override
        public DiscreteSampler sampler(UniformRandomProvider rng) {
            int n = size;
            return () -> n;
        }
    }

    /** A whole number from {@code min} to {@code max}, both included, each equally likely; 0 ≤ min ≤ max ≤ MAX. */
    record Uniform(int min, int max) implements BatchSize {

        public Uniform {
            if (min < 0 || max < min || max > MAX) {
                throw new IllegalArgumentException("a batch range must have 0 <= min <= max <= " + MAX + ", was " + min
                        + " to " + max);
            }
        }

        @Override
        public double mean() {
            return (min + (double) max) / 2;
        }

        @Override
        public String describe() {
            return min + " to " + max;
        }

        @Override
        public DiscreteSampler sampler(UniformRandomProvider rng) {
            return DiscreteUniformSampler.of(rng, min, max);
        }
    }

    /**
     * A Poisson number with mean {@code mean} (above 0, at most {@link #MAX}): the items that accumulated since the
     * last run, for example. A firing may fan out to no invocation at all (probability e^−mean).
     */
    record Poisson(double mean) implements BatchSize {

        public Poisson {
            if (!(mean > 0 && mean <= MAX)) {
                throw new IllegalArgumentException("a Poisson batch's mean must be above 0 and at most " + MAX
                        + ", was " + mean);
            }
        }

        @Override
        public String describe() {
            return "Poisson, mean " + Numbers.plain(mean);
        }

        @Override
        public DiscreteSampler sampler(UniformRandomProvider rng) {
            return PoissonSampler.of(rng, mean);
        }
    }
}
