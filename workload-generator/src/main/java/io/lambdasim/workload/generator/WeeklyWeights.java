package io.lambdasim.workload.generator;

import java.util.List;

/**
 * A weekly cycle on the wall clock: on local day {@code d} (0 Monday to 6 Sunday, from local midnight to midnight) the
 * factor is {@code weights[d]} divided by the mean of the 7 weights, so that it averages 1 over a week and the
 * profile's base rate stays the weekly average. {@code [1, 1, 1, 1, 1, 0.5, 0.4]} has weekdays at 1 / 0.843 = 1.19
 * times the average, Saturday at 0.59 and Sunday at 0.47.
 *
 * @param weights 7 finite weights {@code >= 0}, not all 0, Monday first
 */
public record WeeklyWeights(List<Double> weights) implements RateFactor {

    public WeeklyWeights {
        weights = Weights.checked(weights, 7, "a weekly cycle");
    }

    @Override
    public String describe() {
        return "weekly cycle";
    }
}
