package io.lambdasim.model.capacity;

import java.util.Objects;

/**
 * The account's limits in the simulated region.
 *
 * @param concurrencyLimit  concurrent executions shared by all functions (default 1,000)
 * @param minUnreserved     concurrency that reserved concurrency may not take (AWS keeps 100 unreserved)
 * @param scaling           the scaling-rate model
 * @param scalingTokens     environments a function (or, legacy, the account) may add in a burst: 1,000 today
 * @param scalingPeriodUs   the time over which the bucket refills completely: 10 s today; for the legacy model the
 *                          refill is 500 a minute, so a burst of 3,000 refills in 6 minutes
 */
public record AccountSpec(int concurrencyLimit, int minUnreserved, ScalingModel scaling, int scalingTokens,
                          long scalingPeriodUs) {

    public static final long TEN_SECONDS_US = 10_000_000L;

    public AccountSpec {
        Objects.requireNonNull(scaling, "scaling");
        if (concurrencyLimit < 1) {
            throw new IllegalArgumentException("account concurrency limit must be at least 1, was " + concurrencyLimit);
        }
        if (minUnreserved < 0 || minUnreserved > concurrencyLimit) {
            throw new IllegalArgumentException("minimum unreserved concurrency " + minUnreserved
                    + " is outside 0 to the account limit " + concurrencyLimit);
        }
        if (scalingTokens < 1 || scalingPeriodUs < 1) {
            throw new IllegalArgumentException("scaling rate must be positive");
        }
    }

    /** Today's defaults: 1,000 concurrent executions, 100 kept unreserved, 1,000 new environments per 10 s per function. */
    public static AccountSpec defaults() {
        return new AccountSpec(1000, 100, ScalingModel.PER_FUNCTION_2023, 1000, TEN_SECONDS_US);
    }

    /** The model before November 2023, with a region's burst (3,000, 1,000 or 500), refilled at 500 a minute. */
    public static AccountSpec legacyBurst(int concurrencyLimit, int burst) {
        // 500 a minute: a bucket of `burst` tokens refills fully in burst / 500 minutes.
        long periodUs = Math.multiplyExact((long) burst, 60_000_000L) / 500;
        return new AccountSpec(concurrencyLimit, 100, ScalingModel.LEGACY_BURST, burst, periodUs);
    }

    public AccountSpec withConcurrencyLimit(int limit) {
        return new AccountSpec(limit, Math.min(minUnreserved, limit), scaling, scalingTokens, scalingPeriodUs);
    }

    public AccountSpec withScaling(ScalingModel model) {
        return new AccountSpec(concurrencyLimit, minUnreserved, model, scalingTokens, scalingPeriodUs);
    }
}
