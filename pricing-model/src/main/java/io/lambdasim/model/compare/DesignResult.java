package io.lambdasim.model.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One row of a comparison: what a design costs and how it behaves on the scenario's traffic, averaged over the
 * replications ({@code docs/compare.md}).
 *
 * @param type                   {@code lambda}, {@code ec2} or {@code fargate}
 * @param costUsd                the bill of the simulated horizon (mean over replications)
 * @param monthlyCostUsd         the bill of 730 hours at the same traffic (mean over replications)
 * @param lines                  the first replication's bill lines over the horizon
 * @param monthlyLines           the first replication's bill lines extrapolated to 730 hours
 * @param requests               requests that arrived (mean over replications)
 * @param costPerMillionRequests {@code costUsd} per million requests that arrived
 * @param coldStartProbability   cold starts per served attempt (Lambda); NaN for fleets
 * @param failedShare            throttled share of attempts (Lambda) or unserved share of arrivals (fleets)
 * @param p50LatencyMs           median latency in ms (mean over replications)
 * @param p99LatencyMs           99th percentile latency in ms (mean over replications)
 * @param utilisation            busy over existing environments (Lambda) or busy slots over slots in service (fleets)
 * @param meetsObjective         whether the design meets the scenario's objective
 * @param reason                 why the design does not meet it, or what it achieves
 * @param warnings               the fleet's warnings (first replication), empty for Lambda
 */
public record DesignResult(String name, String type, String function, String description, BigDecimal costUsd,
                           BigDecimal monthlyCostUsd, List<CostLine> lines, List<CostLine> monthlyLines,
                           double requests, double costPerMillionRequests, double coldStartProbability,
                           double failedShare, double p50LatencyMs, double p99LatencyMs, double utilisation,
                           boolean meetsObjective, String reason, List<String> warnings) {

    public DesignResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(costUsd, "costUsd");
        Objects.requireNonNull(monthlyCostUsd, "monthlyCostUsd");
        Objects.requireNonNull(reason, "reason");
        lines = List.copyOf(lines);
        monthlyLines = List.copyOf(monthlyLines);
        warnings = List.copyOf(warnings);
    }

    public boolean isLambda() {
        return type.equals("lambda");
    }

    DesignResult judged(boolean meets, String why) {
        return new DesignResult(name, type, function, description, costUsd, monthlyCostUsd, lines, monthlyLines,
                requests, costPerMillionRequests, coldStartProbability, failedShare, p50LatencyMs, p99LatencyMs,
                utilisation, meets, why, warnings);
    }
}
