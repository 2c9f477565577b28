package io.lambdasim.model.breakeven;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A design's monthly cost at a series of traffic volumes: the points of one line on a cost-versus-volume chart.
 *
 * <p>Between two points the curve is taken to be <b>linear in the volume</b> (not in its logarithm, even on a
 * log-spaced grid): costs can be exactly zero (Lambda inside the free tier), where a logarithm is undefined, and a
 * Lambda design's cost is affine in the volume between the kinks of its free tier and price tiers, so that linear
 * interpolation is exact for it between points that do not straddle a kink.
 *
 * @param design the design's name
 * @param points the volumes and costs, volumes strictly increasing, costs not negative; at least one point
 */
public record CostCurve(String design, List<Point> points) {

    /**
     * One sampled cost.
     *
     * @param requestsPerMonth the traffic volume
     * @param usd              the design's monthly cost at that volume
     */
    public record Point(long requestsPerMonth, BigDecimal usd) {

        public Point {
            Objects.requireNonNull(usd, "usd");
            if (requestsPerMonth < 0) {
                throw new IllegalArgumentException("a volume cannot be negative, was " + requestsPerMonth);
            }
            if (usd.signum() < 0) {
                throw new IllegalArgumentException("a cost cannot be negative, was " + usd.toPlainString()
                        + " at " + requestsPerMonth + " requests a month");
            }
        }

        /** The mean request rate of this volume over a 730-hour month ({@link MonthlyVolume}). */
        public double meanRequestsPerSecond() {
            return MonthlyVolume.meanRequestsPerSecond(requestsPerMonth);
        }
    }

    public CostCurve {
        Objects.requireNonNull(design, "design");
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException(design + ": a cost curve needs at least one point");
        }
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).requestsPerMonth() <= points.get(i - 1).requestsPerMonth()) {
                throw new IllegalArgumentException(design + ": volumes must increase, but "
                        + points.get(i).requestsPerMonth() + " follows " + points.get(i - 1).requestsPerMonth());
            }
        }
    }

    /** The curve of {@code model} sampled at {@code volumes} (requests a month, strictly increasing). */
    public static CostCurve sample(CostModel model, long[] volumes) {
        Objects.requireNonNull(model, "model");
        Point[] points = new Point[volumes.length];
        for (int i = 0; i < volumes.length; i++) {
            points[i] = new Point(volumes[i], model.usdPerMonth(volumes[i]));
        }
        return new CostCurve(model.design(), List.of(points));
    }

    /** The volumes of the points, in order. */
    public long[] volumes() {
        return points.stream().mapToLong(Point::requestsPerMonth).toArray();
    }

    /**
     * The cost at {@code requestsPerMonth} read off the curve, linear between the two surrounding points and rounded
     * half up to the cent; outside the sampled range, an exception.
     */
    public BigDecimal interpolatedUsd(long requestsPerMonth) {
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        if (requestsPerMonth < first.requestsPerMonth() || requestsPerMonth > last.requestsPerMonth()) {
            throw new IllegalArgumentException(design + " is sampled from " + first.requestsPerMonth() + " to "
                    + last.requestsPerMonth() + " requests a month, not at " + requestsPerMonth);
        }
        int lo = 0;
        int hi = points.size() - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (points.get(mid).requestsPerMonth() <= requestsPerMonth) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Point a = points.get(lo);
        if (a.requestsPerMonth() == requestsPerMonth || lo == hi) {
            return a.usd().setScale(2, RoundingMode.HALF_UP);
        }
        Point b = points.get(hi);
        BigDecimal fraction = BigDecimal.valueOf(requestsPerMonth - a.requestsPerMonth())
                .divide(BigDecimal.valueOf(b.requestsPerMonth() - a.requestsPerMonth()), MathContext.DECIMAL128);
        return a.usd().add(b.usd().subtract(a.usd()).multiply(fraction)).setScale(2, RoundingMode.HALF_UP);
    }
}
