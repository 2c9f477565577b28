package io.lambdasim.workload.trace;

import io.lambdasim.workload.distribution.LogNormalDuration;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;

/**
 * How a {@link TraceWorkload} turns interval aggregates back into invocations (the rules and formulas are in
 * {@code docs/trace-format.md}): in each interval, exactly its count of arrivals placed uniformly at random
 * (a conditional Poisson process), with durations drawn from a log-normal fitted to the interval's statistics.
 *
 * @param defaultSigma the standard deviation of the durations' logarithm when an interval gives no spread (only an
 *                     average or a median): {@value #DEFAULT_SIGMA} by default, which puts p99 at about 3.2 times the
 *                     median; 0 makes such intervals' durations constant
 */
public record AggregateReconstruction(double defaultSigma) {

    /** The default {@link #defaultSigma}: p99 / median = exp(2.326 × 0.5) ≈ 3.2. */
    public static final double DEFAULT_SIGMA = 0.5;

    public static final AggregateReconstruction DEFAULT = new AggregateReconstruction(DEFAULT_SIGMA);

    /** The 0.99 quantile of the standard normal distribution. */
    static final double Z_99 = LogNormalDuration.Z_99;

    public AggregateReconstruction {
        if (!(defaultSigma >= 0 && defaultSigma <= 10)) {
            throw new IllegalArgumentException("the default sigma must be between 0 and 10, was " + defaultSigma);
        }
    }

    /** Which of an interval's statistics a fit used. */
    public enum Basis {
        /** Minimum equals maximum: every duration is that value. */
        CONSTANT,
        /** Median and p99: {@code mu = ln(median)}, {@code sigma = (ln(p99) - mu) / z}. */
        MEDIAN_P99,
        /**
         * Average and p99: sigma solves {@code ln(p99 / avg) = z·sigma - sigma²/2}; {@code mu = ln(avg) - sigma²/2}.
         */
        AVERAGE_P99,
        /** Average only: {@code sigma = defaultSigma}, {@code mu = ln(avg) - sigma²/2} (the mean is kept). */
        AVERAGE,
        /** Median only: {@code sigma = defaultSigma}, {@code mu = ln(median)}. */
        MEDIAN,
        /** No duration statistics: the simulator draws durations from its own distribution. */
        NONE
    }

    /**
     * A fitted log-normal: durations are {@code round(exp(mu + sigma·g))} µs with {@code g} standard normal, or the
     * constant {@code round(exp(mu))} when sigma is 0 (no draw), or unknown ({@link Basis#NONE}).
     */
    public record DurationFit(Basis basis, double mu, double sigma) {

        static final DurationFit NONE = new DurationFit(Basis.NONE, Double.NaN, Double.NaN);

        /** A fit that always gives {@code us} (0 allowed). */
        static DurationFit constant(double us) {
            return new DurationFit(Basis.CONSTANT, Math.log(us), 0);
        }

        /** The fitted distribution's mean in µs (NaN for {@link Basis#NONE}). */
        public double meanUs() {
            return Math.exp(mu + sigma * sigma / 2);
        }

        /** A duration in µs, or -1 for {@link Basis#NONE}; draws one normal number unless sigma is 0. */
        public long sampleUs(NormalizedGaussianSampler gaussian) {
            if (basis == Basis.NONE) {
                return -1;
            }
            if (sigma == 0) {
                return Math.round(Math.exp(mu));
            }
            return Math.round(Math.exp(mu + sigma * gaussian.sample()));
        }
    }

    /**
     * The log-normal for {@code a}'s durations, by the first rule that applies: {@link Basis#CONSTANT} (min and max
     * known and equal), {@link Basis#MEDIAN_P99} (p50 &gt; 0, p99 ≥ p50), {@link Basis#AVERAGE_P99} (avg &gt; 0, p99
     * ≥ avg), {@link Basis#AVERAGE}, {@link Basis#MEDIAN}, else {@link Basis#NONE}. An average or median of 0 gives a
     * constant 0.
     */
    public DurationFit fit(IntervalAggregate a) {
        double min = a.minDurationMs() * 1000;
        double max = a.maxDurationMs() * 1000;
        double avg = a.avgDurationMs() * 1000;
        double p50 = a.p50DurationMs() * 1000;
        double p99 = a.p99DurationMs() * 1000;
        if (min == max) { // false when either is NaN
            return DurationFit.constant(min);
        }
        if (p50 > 0 && p99 >= p50) {
            return new DurationFit(Basis.MEDIAN_P99, Math.log(p50), (Math.log(p99) - Math.log(p50)) / Z_99);
        }
        if (avg > 0 && p99 >= avg) {
            // ln(p99) = mu + z·s and ln(avg) = mu + s²/2, so s²/2 - z·s + ln(p99/avg) = 0; the smaller root keeps
            // s below z. Beyond ln(p99/avg) = z²/2 there is no solution and s = z comes closest.
            double r = Math.log(p99 / avg);
            double disc = Z_99 * Z_99 - 2 * r;
            double s = disc > 0 ? Z_99 - Math.sqrt(disc) : Z_99;
            return new DurationFit(Basis.AVERAGE_P99, Math.log(avg) - s * s / 2, s);
        }
        if (avg >= 0) { // not NaN
            if (avg == 0) {
                return DurationFit.constant(0);
            }
            double s = defaultSigma;
            return new DurationFit(Basis.AVERAGE, Math.log(avg) - s * s / 2, s);
        }
        if (p50 >= 0) {
            if (p50 == 0) {
                return DurationFit.constant(0);
            }
            return new DurationFit(Basis.MEDIAN, Math.log(p50), defaultSigma);
        }
        return DurationFit.NONE;
    }
}
