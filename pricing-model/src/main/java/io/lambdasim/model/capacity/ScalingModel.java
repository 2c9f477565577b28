package io.lambdasim.model.capacity;

/** How fast Lambda may add execution environments. */
public enum ScalingModel {
    /**
     * Since November 2023: each function may add 1,000 environments every 10 seconds, refilled continuously; unused
     * rate does not accumulate beyond 1,000.
     */
    PER_FUNCTION_2023,
    /**
     * Before November 2023: an account-wide burst (3,000, 1,000 or 500 by region), then 500 more environments a minute.
     * Modelled as an account-wide token bucket of the burst size refilled at 500 a minute.
     */
    LEGACY_BURST,
    /** No scaling-rate limit: only concurrency limits apply (for queueing-theory checks and what-ifs). */
    UNLIMITED
}
