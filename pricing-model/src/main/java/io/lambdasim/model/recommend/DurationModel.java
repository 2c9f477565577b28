package io.lambdasim.model.recommend;

import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.scenario.RecommendSettings;
import io.lambdasim.workload.InvocationSource;
import io.lambdasim.workload.Workload;
import io.lambdasim.workload.distribution.ScaledDuration;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * How a function's durations change with its memory size ({@code docs/recommendations.md}). The configured durations
 * are what the function takes at its configured memory m0; a share {@code cpuShare} of each is CPU work, the rest
 * waiting. The CPU runs at s(m) = min(m / 1,769, threads, 6) vCPUs (1,769 MB is one vCPU, proportionally up to six at
 * 10,240 MB; a handler keeps at most {@code threads} of them busy), so a duration D at m0 becomes
 * D × (cpuShare × s(m0) / s(m) + 1 − cpuShare) at m. INIT durations do not change.
 *
 * @param settings      the CPU share and the handler's threads
 * @param baseMemoryMb  m0, the memory at which the configured durations were measured
 */
public record DurationModel(RecommendSettings settings, int baseMemoryMb) {

    /** The memory at which a function has one full vCPU. */
    public static final int MB_PER_VCPU = 1_769;

    public DurationModel {
        Objects.requireNonNull(settings, "settings");
        if (baseMemoryMb < 1) {
            throw new IllegalArgumentException("memory must be positive, was " + baseMemoryMb);
        }
    }

    /** The vCPUs a handler of {@code threads} threads keeps busy at {@code memoryMb}: min(m / 1,769, threads, 6). */
    public static double vcpus(int memoryMb, int threads) {
        return Math.min(Math.min((double) memoryMb / MB_PER_VCPU, threads), RecommendSettings.MAX_THREADS);
    }

    /** The factor by which a duration at the base memory is multiplied at {@code memoryMb}; exactly 1 at the base. */
    public double factor(int memoryMb) {
        if (memoryMb == baseMemoryMb) {
            return 1.0;
        }
        int t = settings.handlerThreads();
        double c = settings.cpuShare();
        return c * vcpus(baseMemoryMb, t) / vcpus(memoryMb, t) + (1 - c);
    }

    /**
     * {@code f} at {@code memoryMb}: the same function with its duration distribution scaled by {@link #factor}
     * (the same random draws, stretched) and, for a trace that records durations, those durations scaled too.
     */
    public FunctionSpec at(FunctionSpec f, int memoryMb) {
        double k = factor(memoryMb);
        if (k == 1.0) {
            return f.memoryMb() == memoryMb ? f : f.toBuilder().memoryMb(memoryMb).build();
        }
        return f.toBuilder().memoryMb(memoryMb).duration(ScaledDuration.of(f.duration(), k))
                .workload(new ScaledTraceDurations(f.workload(), k)).build();
    }

    /** A workload whose recorded durations (if any) are multiplied by {@code factor}; arrivals unchanged. */
    record ScaledTraceDurations(Workload base, double factor) implements Workload {

        @Override
        public InvocationSource open(UniformRandomProvider rng, long horizonUs) {
            InvocationSource s = base.open(rng, horizonUs);
            double k = factor;
            return new InvocationSource() {
                @Override
                public long nextArrivalUs() {
                    return s.nextArrivalUs();
                }

                @Override
                public long durationUs() {
                    long d = s.durationUs();
                    return d < 0 ? d : Math.round(d * k);
                }
            };
        }

        @Override
        public double meanRatePerSecond() {
            return base.meanRatePerSecond();
        }

        @Override
        public String describe() {
            return base.describe();
        }
    }
}
