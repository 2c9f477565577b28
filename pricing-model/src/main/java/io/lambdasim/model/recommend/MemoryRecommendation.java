package io.lambdasim.model.recommend;

import io.lambdasim.model.scenario.RecommendSettings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The memory sweep of one function and the size it recommends ({@code docs/recommendations.md}).
 *
 * @param curve                 every size simulated, smallest first (the configured size included)
 * @param objectiveMet          whether some size meets the objective; if not, the recommendation is the fastest size
 * @param savingUsd             current monthly cost − recommended monthly cost (negative: the recommendation costs
 *                              more, for example to meet an objective the current size misses)
 * @param reason                why this size, in a sentence
 */
public record MemoryRecommendation(String function, RecommendSettings settings, List<MemoryPoint> curve,
                                   int currentMemoryMb, int recommendedMemoryMb, boolean objectiveMet,
                                   BigDecimal currentMonthlyUsd, BigDecimal recommendedMonthlyUsd,
                                   BigDecimal savingUsd, String reason) {

    public MemoryRecommendation {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(settings, "settings");
        curve = List.copyOf(curve);
        Objects.requireNonNull(savingUsd, "savingUsd");
        Objects.requireNonNull(reason, "reason");
    }

    /** The point of the recommended size. */
    public MemoryPoint recommended() {
        return point(recommendedMemoryMb);
    }

    /** The point of the configured size. */
    public MemoryPoint current() {
        return point(currentMemoryMb);
    }

    private MemoryPoint point(int mb) {
        return curve.stream().filter(p -> p.memoryMb() == mb).findFirst().orElseThrow();
    }
}
