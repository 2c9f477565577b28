package io.lambdasim.model.recommend;

import io.lambdasim.model.scenario.ProvisionedPlan;
import java.util.Objects;

/**
 * One provisioned-concurrency configuration that the search simulated.
 *
 * @param kind           {@link Kind#CONSTANT} (one level all the time) or {@link Kind#SCHEDULE} (a level per hour)
 * @param parameter      the constant level, or the schedule's multiplier of each hour's peak concurrency
 * @param plan           the configuration as a scenario file writes it ({@code provisioned_concurrency})
 * @param meetsObjective whether its cold-start share and failed share are within the objective
 */
public record PcCandidate(Kind kind, double parameter, ProvisionedPlan plan, Evaluation evaluation,
                          boolean meetsObjective) {

    /** The two families searched. */
    public enum Kind { CONSTANT, SCHEDULE }

    public PcCandidate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(evaluation, "evaluation");
    }
}
