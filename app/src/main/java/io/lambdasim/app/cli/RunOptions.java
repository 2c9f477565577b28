package io.lambdasim.app.cli;

import io.lambdasim.model.scenario.Scenario;

/** The overrides that every simulating command takes: {@code --seed}, {@code --replications}, {@code --threads}. */
final class RunOptions {

    private RunOptions() {
    }

    /** {@code s} with the given seed and replications (either may be null: the scenario's own). */
    static Scenario apply(Scenario s, Long seed, Integer replications) {
        Scenario out = s;
        if (seed != null) {
            out = out.withSeed(seed);
        }
        if (replications != null) {
            if (replications < 1 || replications > Scenario.MAX_REPLICATIONS) {
                throw new IllegalArgumentException("--replications must be 1 to " + Scenario.MAX_REPLICATIONS
                        + ", was " + replications);
            }
            out = out.withReplications(replications);
        }
        return out;
    }

    /** The thread count given, or every core. */
    static int threads(Integer threads) {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, was " + n);
        }
        return n;
    }
}
