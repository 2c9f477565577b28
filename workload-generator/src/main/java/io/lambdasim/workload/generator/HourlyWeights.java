package io.lambdasim.workload.generator;

import java.util.List;

/**
 * A daily cycle given hour by hour on the wall clock: during local hour {@code h} (00:00–00:59 is hour 0) the factor is
 * {@code weights[h]} divided by the mean of the 24 weights, so that it averages 1 over a day and the profile's base
 * rate stays the daily average. Only the weights' proportions matter: {@code [1, 1, 2, ...]} and {@code [10, 10, 20,
 * ...]} are the same cycle. The rate steps at each full hour.
 *
 * @param weights 24 finite weights {@code >= 0}, not all 0, hour 0 first
 */
public record HourlyWeights(List<Double> weights) implements RateFactor {

    public HourlyWeights {
        weights = Weights.checked(weights, 24, "a daily cycle by hour");
    }

    @Override
    public String describe() {
        return "daily cycle by hour";
    }
}
