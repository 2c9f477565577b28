package io.lambdasim.model.recommend;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one candidate configuration costs and how it behaves on the scenario's traffic, averaged over the
 * replications.
 *
 * @param requests        requests that arrived in the simulated horizon after the warm-up (mean over replications)
 * @param monthlyCostUsd  the bill of a 730-hour month at the same traffic (mean over replications, to the cent)
 * @param meanLatencyMs   mean latency, arrival to end, INIT included (mean over replications)
 * @param p99LatencyMs    99th percentile latency (mean over replications); NaN when nothing was served
 * @param coldStartShare  cold starts per served attempt
 * @param failedShare     throttled share of attempts
 * @param peakConcurrency the most environments busy at once (highest over replications)
 */
public record Evaluation(double requests, BigDecimal monthlyCostUsd, double meanLatencyMs, double p99LatencyMs, double coldStartShare,
                         double failedShare, int peakConcurrency) {

    public Evaluation {
        Objects.requireNonNull(monthlyCostUsd, "monthlyCostUsd");
    }
}
