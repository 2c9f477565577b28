package io.lambdasim.model.scenario;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What a design must achieve to be chosen in a comparison ({@code docs/compare.md}) or recommended
 * ({@code docs/recommendations.md}).
 *
 * @param p99LatencyUs       the highest acceptable 99th percentile latency; empty for no bound
 * @param maxFailedShare     the largest acceptable share of requests throttled (Lambda) or not served (fleets), 0 to 1
 * @param maxColdStartShare  the largest acceptable share of served requests that start cold, 0 to 1; empty for no
 *                           bound. Only the provisioned-concurrency recommendation uses it.
 */
public record Objective(OptionalLong p99LatencyUs, double maxFailedShare, OptionalDouble maxColdStartShare) {

    /** No latency bound, and no request may be dropped. */
    public static final Objective DEFAULT = new Objective(OptionalLong.empty(), 0);

    public Objective {
        p99LatencyUs = p99LatencyUs == null ? OptionalLong.empty() : p99LatencyUs;
        maxColdStartShare = maxColdStartShare == null ? OptionalDouble.empty() : maxColdStartShare;
        if (p99LatencyUs.isPresent() && p99LatencyUs.getAsLong() <= 0) {
            throw new IllegalArgumentException("the p99 latency objective must be positive");
        }
        if (!(maxFailedShare >= 0 && maxFailedShare <= 1)) {
            throw new IllegalArgumentException("the largest failed share must be in [0, 1], was " + maxFailedShare);
        }
        if (maxColdStartShare.isPresent()
                && !(maxColdStartShare.getAsDouble() >= 0 && maxColdStartShare.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("the largest cold-start share must be in [0, 1], was "
                    + maxColdStartShare.getAsDouble());
        }
    }

    /** An objective without a cold-start bound. */
    public Objective(OptionalLong p99LatencyUs, double maxFailedShare) {
        this(p99LatencyUs, maxFailedShare, OptionalDouble.empty());
    }

    /** The same objective with {@code share} as its largest cold-start share. */
    public Objective withMaxColdStartShare(double share) {
        return new Objective(p99LatencyUs, maxFailedShare, OptionalDouble.of(share));
    }
}
