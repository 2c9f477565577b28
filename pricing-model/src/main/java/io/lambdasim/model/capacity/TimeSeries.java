package io.lambdasim.model.capacity;

/**
 * Per-bin series of a run (account-wide, all functions): counts, concurrency maximum and mean, environments, and cost
 * at marginal rates (tier-1 duration, no free tier: an indication of when money is spent, not the bill).
 */
public record TimeSeries(long binUs, long[] invocations, long[] coldStarts, long[] throttles, int[] maxConcurrency,
                         double[] meanConcurrency, double[] meanEnvironments, double[] costUsd) {

    public int bins() {
        return invocations.length;
    }
}
