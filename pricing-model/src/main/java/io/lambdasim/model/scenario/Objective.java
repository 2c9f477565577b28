package io.lambdasim.model.scenario;

import java.util.OptionalLong;

/**
 * What a design must achieve to be chosen in a comparison ({@code docs/compare.md}).
 *
 * @param p99LatencyUs   the highest acceptable 99th percentile latency; empty for no bound
 * @param maxFailedShare the largest acceptable share of requests throttled (Lambda) or not served (fleets), 0 to 1
 */
public record Objective(OptionalLong p99LatencyUs, double maxFailedShare) {

    /** No latency bound, and no request may be dropped. */
    public static final Objective DEFAULT = new Objective(OptionalLong.empty(), 0);

    public Objective {
        p99LatencyUs = p99LatencyUs == null ? OptionalLong.empty() : p99LatencyUs;
        if (p99LatencyUs.isPresent() && p99LatencyUs.getAsLong() <= 0) {
            throw new IllegalArgumentException("the p99 latency objective must be positive");
        }
        if (!(maxFailedShare >= 0 && maxFailedShare <= 1)) {
            throw new IllegalArgumentException("the largest failed share must be in [0, 1], was " + maxFailedShare);
        }
    }
}
