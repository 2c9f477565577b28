package io.lambdasim.model.compare;

import io.lambdasim.model.scenario.Objective;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The comparison of a scenario's designs on the same traffic: one row per design in the file's order, and the
 * cheapest design by monthly cost among those that meet the objective (empty when none does).
 */
public record Comparison(String scenario, long seed, int replications, long horizonUs, Objective objective,
                         List<DesignResult> designs, Optional<String> cheapestMeetingObjective) {

    public Comparison {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(objective, "objective");
        designs = List.copyOf(designs);
        Objects.requireNonNull(cheapestMeetingObjective, "cheapestMeetingObjective");
    }

    /** The row of design {@code name}. */
    public DesignResult design(String name) {
        return designs.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no design '" + name + "'"));
    }
}
