package io.lambdasim.workload.distribution;

/**
 * Draws durations (invocation durations, INIT durations, keep-alive lifetimes) from a {@link DurationDistribution}
 * with the generator it was created on.
 *
 * <p>Built for the simulator's hot path: {@link #sampleUs()} allocates nothing. A sampler owns no generator of its
 * own: it uses (and advances) the one passed to {@link DurationDistribution#sampler}, so it is as thread-unsafe as
 * that generator.
 */
@FunctionalInterface
public interface DurationSampler {

    /**
     * The next duration in microseconds, {@code >= 0}: a draw of the continuous distribution rounded to the nearest
     * microsecond ({@link Math#round(double)}), saturating at {@link Long#MAX_VALUE}.
     */
    long sampleUs();
}
