package io.lambdasim.workload;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The description of a function's traffic; {@link #open} starts one independent stream of it. Implementations are
 * immutable values (they live in scenario files).
 */
public interface Workload {

    /** A new stream of invocations up to {@code horizonUs}, drawing any randomness from {@code rng}. */
    InvocationSource open(UniformRandomProvider rng, long horizonUs);

    /** The mean arrival rate per second over a long run, if known (NaN otherwise). */
    double meanRatePerSecond();

    /** A short description for reports ("Poisson, 0.9 per second"). */
    String describe();
}
