package io.lambdasim.workload.generator;

/**
 * One factor of a {@linkplain ProfileWorkload rate profile}: the profile's rate at a moment is its base rate times
 * every factor's value then. Factors are immutable values; a {@link RateProfile} evaluates them.
 *
 * <ul>
 *   <li>{@link DailyCurve} and {@link HourlyWeights}: the time of day, on the wall clock (mean 1 over a day);</li>
 *   <li>{@link WeeklyWeights}: the day of the week, on the wall clock (mean 1 over a week);</li>
 *   <li>{@link Growth}: growth or decline over the simulated period (1 at time 0);</li>
 *   <li>{@link Spike}: a flash crowd at one simulated time (1 before it).</li>
 * </ul>
 */
public sealed interface RateFactor permits DailyCurve, HourlyWeights, WeeklyWeights, Growth, Spike {

    /** A short description for reports ("daily peak at 14:00, 4× the trough"). */
    String describe();
}
