package io.lambdasim.model.billing;

/** The rounding steps of AWS's billing rules, in exact integer arithmetic. */
public final class Rounding {

    /** The free ephemeral storage every function has, in MB. */
    public static final int FREE_EPHEMERAL_MB = 512;

    /** SnapStart's cache is billed for at least this long per cached version: 3 hours. */
    public static final long SNAPSTART_CACHE_MINIMUM_MS = 3L * 3_600_000L;

    private Rounding() {
    }

    /**
     * The billed milliseconds of an invocation lasting {@code durationUs} microseconds (INIT and restore included where
     * billed): rounded up to a multiple of the granularity, and never less than one granule (a 0.4 ms invocation is
     * billed 1 ms at 1 ms granularity, 100 ms at 100 ms).
     */
    public static long billedMs(long durationUs, int granularityMs) {
        if (durationUs < 0) {
            throw new IllegalArgumentException("negative duration " + durationUs + " µs");
        }
        long granuleUs = granularityMs * 1000L;
        long granules = Math.max(1, Math.floorDiv(durationUs + granuleUs - 1, granuleUs));
        return Math.multiplyExact(granules, (long) granularityMs);
    }

    /** An enabled provisioned-concurrency window of {@code enabledMs}, rounded up to a multiple of {@code minutes}. */
    public static long pcWindowMs(long enabledMs, int minutes) {
        if (enabledMs < 0) {
            throw new IllegalArgumentException("negative window " + enabledMs + " ms");
        }
        long step = minutes * 60_000L;
        return Math.multiplyExact(Math.floorDiv(Math.addExact(enabledMs, step - 1), step), step);
    }
}
