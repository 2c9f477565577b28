package io.lambdasim.model.capacity;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.ColdStartTable;
import io.lambdasim.pricedata.Packaging;
import io.lambdasim.workload.distribution.Distributions;
import io.lambdasim.workload.distribution.DurationDistribution;
import java.util.Locale;

/**
 * Default INIT-duration distributions per runtime, from the bundled cold-start measurements: a lognormal whose median
 * is the middle of the measured range of averages and whose p99 is three times that (the benchmark publishes averages
 * only; the tail is our assumption, stated in docs/scenario-format.md). Functions with unknown runtimes must give
 * their own distribution.
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
        double median = m.meanMs();
        return Distributions.parse(String.format(Locale.ROOT, "lognormal:median=%sms,p99=%sms",
                trim(median), trim(median * P99_OVER_MEDIAN)));
    }

    private static String trim(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
