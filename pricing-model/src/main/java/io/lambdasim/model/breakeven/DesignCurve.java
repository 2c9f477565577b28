package io.lambdasim.model.breakeven;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One design's simulated monthly cost, and how it behaved, at each traffic factor of a sweep
 * ({@link ScenarioBreakEven}).
 *
 * @param design the design's name
 * @param type   {@code lambda}, {@code ec2} or {@code fargate}
 * @param points one per factor, in increasing volume
 */
public record DesignCurve(String design, String type, List<Point> points) {

    /**
     * The design at one volume.
     *
     * @param factor           the traffic factor (1: the scenario's traffic)
     * @param requestsPerMonth {@code round(factor × the scenario's monthly volume)}
     * @param usd              the simulated bill extrapolated to a 730-hour month (mean over replications)
     * @param p99LatencyMs     the 99th percentile latency
     * @param failedShare      throttled (Lambda) or unserved (fleets) share of requests
     * @param coldStartShare   cold starts per served attempt (Lambda), NaN for fleets
     * @param meetsObjective   whether the design meets the scenario's objective at this volume
     */
    public record Point(double factor, long requestsPerMonth, BigDecimal usd, double p99LatencyMs,
                        double failedShare, double coldStartShare, boolean meetsObjective) {

        public Point {
            Objects.requireNonNull(usd, "usd");
        }

        /** The mean request rate over a 730-hour month. */
        public double meanRequestsPerSecond() {
            return MonthlyVolume.meanRequestsPerSecond(requestsPerMonth);
        }
    }

    public DesignCurve {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(type, "type");
        points = List.copyOf(points);
    }

    public boolean isLambda() {
        return type.equals("lambda");
    }

    /** The cost curve (volume, cost) for {@link Crossings}. */
    public CostCurve costCurve() {
        return new CostCurve(design, points.stream().map(p -> new CostCurve.Point(p.requestsPerMonth(), p.usd()))
                .toList());
    }
}
