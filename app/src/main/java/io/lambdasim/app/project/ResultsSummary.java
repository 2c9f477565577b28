package io.lambdasim.app.project;

import io.lambdasim.model.compare.Comparison;
import java.util.List;
import java.util.Objects;

/**
 * What the last run of a project gave, kept in the project file so that it opens with its figures and can tell when
 * they are stale (another seed or another LambdaSim version).
 *
 * @param lambdasimVersion the version of LambdaSim that computed it
 * @param seed             the master seed of the run
 * @param replications     the number of replications
 * @param designs          one summary per design, in the scenario's order
 */
public record ResultsSummary(String lambdasimVersion, long seed, int replications, List<DesignSummary> designs) {

    public ResultsSummary {
        Objects.requireNonNull(lambdasimVersion, "lambdasimVersion");
        designs = List.copyOf(designs);
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, was " + replications);
        }
    }

    /** The summary of a comparison computed by LambdaSim {@code version}. */
    public static ResultsSummary of(Comparison c, String version) {
        return new ResultsSummary(version, c.seed(), c.replications(),
                c.designs().stream().map(DesignSummary::of).toList());
    }
}
