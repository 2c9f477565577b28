package io.lambdasim.model.capacity;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Latency percentiles in milliseconds (HdrHistogram, 3 significant digits), of the invocations served, and the
 * distribution itself as latencies at {@link #CDF_PERCENTILES} (what a CDF chart draws).
 *
 * @param cdfMs the latency at each of {@link #CDF_PERCENTILES}, in order (empty when nothing was served)
 */
public record LatencySummary(long count, double meanMs, double p50Ms, double p90Ms, double p99Ms, double p999Ms,
                             double maxMs, List<Double> cdfMs) {

    /** The percentiles of {@link #cdfMs}: 0 (the minimum) to 99 by 1, then 99.5, 99.9, 99.99 and 100 (the maximum). */
    public static final List<Double> CDF_PERCENTILES = cdfPercentiles();

    public static final LatencySummary EMPTY = new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, List.of());

    public LatencySummary {
        cdfMs = List.copyOf(cdfMs);
        if (!cdfMs.isEmpty() && cdfMs.size() != CDF_PERCENTILES.size()) {
            throw new IllegalArgumentException("a latency CDF has " + CDF_PERCENTILES.size() + " points, not "
                    + cdfMs.size());
        }
    }

    /** The summary of a histogram of microseconds. */
    public static LatencySummary of(Histogram h) {
        if (h.getTotalCount() == 0) {
            return EMPTY;
        }
        List<Double> cdf = new ArrayList<>(CDF_PERCENTILES.size());
        for (double p : CDF_PERCENTILES) {
            long us = p == 0 ? h.getMinValue() : p == 100 ? h.getMaxValue() : h.getValueAtPercentile(p);
            cdf.add(us / 1000.0);
        }
        return new LatencySummary(h.getTotalCount(), h.getMean() / 1000.0, h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(90) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0, cdf);
    }

    private static List<Double> cdfPercentiles() {
        List<Double> out = new ArrayList<>();
        for (int p = 0; p <= 99; p++) {
            out.add((double) p);
        }
        out.add(99.5);
        out.add(99.9);
        out.add(99.99);
        out.add(100.0);
        return List.copyOf(out);
    }
}
