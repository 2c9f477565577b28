package io.lambdasim.model.capacity;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.ColdStartTable;
import io.lambdasim.pricedata.Packaging;
import io.lambdasim.workload.distribution.LogNormalDuration;
import io.lambdasim.workload.distribution.DurationDistribution;

/**
 * Default INIT-duration distributions per runtime, from the bundled cold-start measurements: a lognormal whose mean is
 * the middle of the measured range of averages and whose p99 is three times its median (the benchmark publishes
 * averages only; the tail is our assumption, stated in docs/scenario-format.md). With p99 = 3 × median,
 * σ = ln 3 / z<sub>0.99</sub> ≈ 0.472 and the median is the mean divided by e<sup>σ²/2</sup> ≈ 1.118. Functions with
 * unknown runtimes must give their own distribution.
 */
public final class InitDefaults {

    /** The ratio of p99 to median assumed for default INIT durations. */
    public static final double P99_OVER_MEDIAN = 3.0;

    private final ColdStartTable table;

    public InitDefaults(ColdStartTable table) {
        this.table = table;
    }

    public static InitDefaults bundled() {
        return new InitDefaults(ColdStartTable.bundled());
    }

    /** The default INIT distribution of {@code runtime}, or an exception listing the runtimes known. */
    public DurationDistribution forRuntime(String runtime, Packaging packaging, Architecture arch) {
        ColdStartTable.Measurement m = table.lookup(runtime, packaging, arch).orElseThrow(() ->
                new IllegalArgumentException("no measured INIT duration for runtime '" + runtime
                        + "': give the function an \"init\" distribution (known runtimes: "
                        + String.join(", ", table.runtimes()) + ")"));
        double sigma = Math.log(P99_OVER_MEDIAN) / LogNormalDuration.Z_99;
        long medianUs = Math.round(m.meanMs() * 1000 / Math.exp(sigma * sigma / 2));
        return new LogNormalDuration(medianUs, Math.round(medianUs * P99_OVER_MEDIAN));
    }
}
