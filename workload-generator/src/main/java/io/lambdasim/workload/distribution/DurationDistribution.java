package io.lambdasim.workload.distribution;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * An immutable description of a distribution of durations (invocation durations, INIT durations, keep-alive
 * lifetimes), in microseconds.
 *
 * <p>Each kind is a record with a validating constructor, and each has a spec string ({@code "exp:1991ms"},
 * {@code "lognormal:median=80ms,p99=900ms"}) that {@link Distributions#parse(String)} reads back into an equal
 * record; scenario files store distributions as that string (Jackson uses {@link #spec()} to write and
 * {@link #parse(String)} to read). The syntax is in {@code docs/distributions.md}.
 *
 * <p>{@link #meanUs()}, {@link #quantileUs(double)} and {@link #cdf(double)} describe the continuous distribution;
 * a {@linkplain #sampler sampler} rounds each draw to the nearest microsecond, which moves the mean by less than
 * 0.5 µs.
 */
public sealed interface DurationDistribution permits ConstantDuration, ExponentialDuration, UniformDuration,
        LogNormalDuration, GammaDuration, EmpiricalDuration, MixtureDuration, ScaledDuration {

    /** The mean in µs (analytic; exact for constant, uniform and empirical). */
    double meanUs();

    /**
     * The quantile of order {@code p} in µs: the smallest {@code x} with {@code cdf(x) >= p}; {@code quantileUs(0)}
     * is the lower end of the support and {@code quantileUs(1)} its upper end, possibly
     * {@link Double#POSITIVE_INFINITY}.
     *
     * @throws IllegalArgumentException if {@code p} is not within [0, 1]
     */
    double quantileUs(double p);

    /** The probability that a draw of the continuous distribution is at most {@code us} microseconds. */
    double cdf(double us);

    /** The spec string, in canonical form; {@code Distributions.parse(spec())} equals this distribution. */
    @JsonValue
    String spec();

    /**
     * A sampler drawing from this distribution with {@code rng}, which it uses and advances (give it the named
     * stream of this source of randomness, see {@code RandomStreams}).
     */
    DurationSampler sampler(UniformRandomProvider rng);

    /** Parses a spec string; the same as {@link Distributions#parse(String)}. */
    @JsonCreator
    static DurationDistribution parse(String spec) {
        return Distributions.parse(spec);
    }
}
