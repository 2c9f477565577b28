package io.lambdasim.app.ui.run;

import io.lambdasim.model.compare.Comparison;
import io.lambdasim.model.compare.DesignComparison;
import io.lambdasim.model.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run of the scenario produced, for the views: the comparison table and, per design, its first
 * replication (time series, latency distributions).
 *
 * @param scenario    the scenario that ran
 * @param revision    the document revision it ran (to tell results that are out of date)
 * @param comparison  every design's row, judged against the objective
 * @param evaluations by design name, in the scenario's order
 * @param elapsedMs   how long the run took
 */
public record RunResults(Scenario scenario, int revision, Comparison comparison,
                         Map<String, DesignComparison.Evaluation> evaluations, long elapsedMs) {

    public RunResults {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(comparison, "comparison");
        evaluations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evaluations));
    }

    public Optional<DesignComparison.Evaluation> evaluation(String design) {
        return Optional.ofNullable(evaluations.get(design));
    }
}
