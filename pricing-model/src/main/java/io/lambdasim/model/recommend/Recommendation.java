package io.lambdasim.model.recommend;

import io.lambdasim.model.scenario.Objective;
import java.util.Objects;
import java.util.Optional;

/**
 * The recommendations for one function of a scenario ({@code docs/recommendations.md}).
 *
 * @param objective the objective judged against (the file's, with the command line's cold-start share if given)
 * @param pc        the provisioned-concurrency recommendation; empty without a cold-start objective
 */
public record Recommendation(String scenario, String function, long seed, int replications, long horizonUs,
                             Objective objective, MemoryRecommendation memory, Optional<PcRecommendation> pc) {

    public Recommendation {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(pc, "pc");
    }
}
