package io.lambdasim.model.recommend;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The provisioned-concurrency recommendation for one function at its configured memory
 * ({@code docs/recommendations.md}): the cheapest constant level and the cheapest hourly schedule that keep cold starts
 * within the objective, and the cheaper of the two.
 *
 * @param maxColdStartShare the objective: the largest share of served requests that may start cold
 * @param current           the function as configured (its own provisioned concurrency, if any)
 * @param bestConstant      the cheapest constant level that meets the objective, if any does up to the search's cap
 * @param bestSchedule      the cheapest hourly schedule that meets it, if any
 * @param recommended       the cheaper of the two (the constant level at equal cost); empty when neither meets it
 * @param savingUsd         current monthly cost − the recommendation's (zero without a recommendation)
 * @param reason            why, in a sentence
 * @param tried             every candidate simulated, in the order of the search
 */
public record PcRecommendation(String function, int memoryMb, double maxColdStartShare, Evaluation current,
                               Optional<PcCandidate> bestConstant, Optional<PcCandidate> bestSchedule,
                               Optional<PcCandidate> recommended, BigDecimal savingUsd, String reason,
                               List<PcCandidate> tried) {

    public PcRecommendation {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(bestConstant, "bestConstant");
        Objects.requireNonNull(bestSchedule, "bestSchedule");
        Objects.requireNonNull(recommended, "recommended");
        Objects.requireNonNull(savingUsd, "savingUsd");
        Objects.requireNonNull(reason, "reason");
        tried = List.copyOf(tried);
    }
}
