package io.lambdasim.app.ui.editors;

import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.workload.InvocationSource;
import io.lambdasim.workload.random.RandomStreams;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The arrival rate of one function over the scenario's horizon, as the simulator will draw it: the function's
 * workload opened with the scenario's seed (the same stream as replication 0 of a run) and its arrivals counted in
 * bins. At most {@link #MAX_ARRIVALS} arrivals are drawn; a busier horizon is previewed up to where they ran out.
 *
 * @param binSeconds       the width of a bin
 * @param ratePerSecond    arrivals per second in each bin
 * @param arrivals         arrivals counted
 * @param previewedSeconds the time covered (the horizon, unless cut short)
 */
public record WorkloadPreview(double binSeconds, double[] ratePerSecond, long arrivals, double previewedSeconds) {

    /** The most arrivals a preview draws (a fraction of a second of work). */
    public static final long MAX_ARRIVALS = 3_000_000;
    /** Bins over the horizon. */
    public static final int BINS = 240;

    /** The mean rate over what was previewed. */
    public double meanRatePerSecond() {
        return previewedSeconds <= 0 ? 0 : arrivals / previewedSeconds;
    }

    /** Whether the preview stopped before the end of the horizon. */
    public boolean truncated(Scenario s) {
        return previewedSeconds < s.horizonUs() / 1e6 - 1e-9;
    }

    /** The preview of function {@code function} of {@code scenario}. */
    public static WorkloadPreview of(Scenario scenario, String function) {
        Objects.requireNonNull(scenario, "scenario");
        FunctionSpec f = scenario.spec().functions().stream().filter(x -> x.name().equals(function)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no function '" + function + "'"));
        long horizon = scenario.horizonUs();
        long binUs = Math.max(1, (horizon + BINS - 1) / BINS);
        int bins = (int) Math.min(BINS, (horizon + binUs - 1) / binUs);
        long[] counts = new long[bins];
        UniformRandomProvider rng = new RandomStreams(scenario.seed())
                .stream(RandomStreams.ARRIVALS + "/" + function, 0);
        InvocationSource source = f.workload().open(rng, horizon);
        long n = 0;
        long last = 0;
        for (long t = source.nextArrivalUs(); t != InvocationSource.END && t <= horizon; t = source.nextArrivalUs()) {
            int b = (int) Math.min(bins - 1, t / binUs);
            counts[b]++;
            last = t;
            if (++n >= MAX_ARRIVALS) {
                break;
            }
        }
        double covered = n >= MAX_ARRIVALS ? last / 1e6 : horizon / 1e6;
        double[] rate = new double[bins];
        for (int i = 0; i < bins; i++) {
            double width = Math.min(binUs, horizon - (long) i * binUs) / 1e6;
            rate[i] = width <= 0 ? 0 : counts[i] / width;
        }
        return new WorkloadPreview(binUs / 1e6, rate, n, covered);
    }
}
