package io.lambdasim.model.capacity;

import io.lambdasim.model.billing.Bill;
import io.lambdasim.model.billing.Usage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run (one replication) of a simulation reports. Counts, rates, latencies and averages cover the time after
 * the warm-up; the usage, the bill and the time series cover the whole run.
 *
 * @param invocations        requests received (first attempts)
 * @param served             attempts that ran (warm or cold)
 * @param throttles          attempts refused for a concurrency or scaling-rate limit (429 for synchronous requests)
 * @param syncThrottles      synchronous requests that failed with 429
 * @param retries            asynchronous attempts scheduled again after a throttle
 * @param drops              asynchronous events dropped after their maximum event age
 * @param avgEnvironments    time-weighted mean of existing environments (busy, idle, provisioned)
 * @param avgBusy            time-weighted mean of busy environments (initialising or running: the concurrency)
 * @param pcUtilization      busy provisioned environments over provisioned level, time-weighted (NaN without PC)
 * @param concurrencyDistribution share of time at concurrency 0, 1, 2... (the last cell, 4,096, holds all above)
 */
public record RunResult(int replication, long invocations, long served, long coldStarts, long pcServed,
                        long spillover, long throttles, long syncThrottles, long retries, long drops, long timeouts,
                        LatencySummary latency, LatencySummary warmLatency, LatencySummary coldLatency,
                        double avgEnvironments, double avgBusy, int peakConcurrency, double avgProvisioned,
                        double pcUtilization, double[] concurrencyDistribution, Usage usage, Bill bill, TimeSeries timeSeries, long events) {

    /** Cold starts per attempt served. */
    public double coldStartProbability() {
        return served == 0 ? 0 : (double) coldStarts / served;
    }

    /** Throttled attempts per attempt made (first attempts and retries). */
    public double throttleProbability() {
        long attempts = served + throttles;
        return attempts == 0 ? 0 : (double) throttles / attempts;
    }

    public double avgIdle() {
        return avgEnvironments - avgBusy;
    }

    /**
     * The scalar figures under the names the command line's JSON uses, in a stable order (the keys of confidence
     * intervals across replications).
     */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("invocations", (double) invocations);
        m.put("served", (double) served);
        m.put("cold_starts", (double) coldStarts);
        m.put("cold_start_probability", coldStartProbability());
        m.put("throttles", (double) throttles);
        m.put("throttle_probability", throttleProbability());
        m.put("retries", (double) retries);
        m.put("drops", (double) drops);
        m.put("timeouts", (double) timeouts);
        m.put("pc_served", (double) pcServed);
        m.put("spillover", (double) spillover);
        m.put("avg_environments", avgEnvironments);
        m.put("avg_busy_environments", avgBusy);
        m.put("avg_idle_environments", avgIdle());
        m.put("peak_concurrency", (double) peakConcurrency);
        m.put("avg_provisioned", avgProvisioned);
        m.put("pc_utilization", pcUtilization);
        m.put("latency_ms.mean", latency.meanMs());
        m.put("latency_ms.p50", latency.p50Ms());
        m.put("latency_ms.p90", latency.p90Ms());
        m.put("latency_ms.p99", latency.p99Ms());
        m.put("latency_ms.max", latency.maxMs());
        m.put("cost_usd", bill.totalUsd().doubleValue());
        return m;
    }
}
