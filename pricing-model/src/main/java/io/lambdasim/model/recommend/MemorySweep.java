package io.lambdasim.model.recommend;

import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.capacity.SimulationSpec;
import io.lambdasim.model.scenario.Objective;
import io.lambdasim.model.scenario.RecommendSettings;
import io.lambdasim.pricedata.MemoryLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Simulates a function at several memory sizes with the {@link DurationModel} and recommends the cheapest size that
 * meets the objective's p99 latency and failed share ({@code docs/recommendations.md}). Every size sees the same
 * arrivals and the same duration draws (common random numbers), scaled by the model.
 */
public final class MemorySweep {

    /** The sizes Lambda Power Tuning tries by default, and 1,769 MB (one vCPU). */
    public static final List<Integer> POWER_TUNING_SIZES = List.of(128, 256, 512, 1024, 1536, 1769, 2048, 3008, 4096,
            5120, 6144, 8192, 10240);

    private MemorySweep() {
    }

    /**
     * Sweeps {@code sizes} (and the function's own size) for {@code function} of {@code base}, a spec holding that
     * function alone. Sizes the price edition does not allow are left out.
     */
    static MemoryRecommendation run(SimulationSpec base, FunctionSpec function, RecommendSettings settings,
                                    List<Integer> sizes, Objective objective, Evaluator evaluator) {
        MemoryLimits limits = base.edition().memory();
        TreeSet<Integer> all = new TreeSet<>();
        for (int m : sizes) {
            if (m >= limits.minMb() && m <= limits.maxMb() && (m - limits.minMb()) % limits.stepMb() == 0) {
                all.add(m);
            }
        }
        all.add(function.memoryMb());
        DurationModel model = new DurationModel(settings, function.memoryMb());
        List<Integer> order = new ArrayList<>(all);
        List<SimulationSpec> specs = new ArrayList<>();
        for (int m : order) {
            specs.add(base.withFunctions(List.of(model.at(function, m))));
        }
        List<Evaluation> evals = evaluator.evaluateAll(specs);
        List<MemoryPoint> curve = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            int m = order.get(i);
            curve.add(new MemoryPoint(m, model.factor(m), evals.get(i), m == function.memoryMb(),
                    meets(evals.get(i), objective)));
        }
        return choose(function.name(), settings, curve, function.memoryMb(), objective);
    }

    static boolean meets(Evaluation e, Objective o) {
        if (e.failedShare() > o.maxFailedShare()) {
            return false;
        }
        if (o.p99LatencyUs().isPresent()) {
            double limitMs = o.p99LatencyUs().getAsLong() / 1000.0;
            return !Double.isNaN(e.p99LatencyMs()) && e.p99LatencyMs() <= limitMs;
        }
        return true;
    }

    private static MemoryRecommendation choose(String fn, RecommendSettings settings, List<MemoryPoint> curve,
                                               int currentMb, Objective objective) {
        MemoryPoint current = curve.stream().filter(MemoryPoint::current).findFirst().orElseThrow();
        // Cheapest; at equal cost the faster; then the smaller.
        Comparator<MemoryPoint> cheapest = Comparator.<MemoryPoint, BigDecimal>comparing(
                p -> p.evaluation().monthlyCostUsd()).thenComparingDouble(p -> p99(p))
                .thenComparingInt(MemoryPoint::memoryMb);
        Optional<MemoryPoint> best = curve.stream().filter(MemoryPoint::meetsObjective).min(cheapest);
        MemoryPoint chosen;
        String reason;
        if (best.isPresent()) {
            chosen = best.get();
            reason = chosen.memoryMb() == currentMb ? "the configured size is already the cheapest that meets "
                    + "the objective" : "the cheapest size that meets the objective";
        } else {
            chosen = curve.stream().min(Comparator.<MemoryPoint>comparingDouble(p -> p99(p))
                    .thenComparing(p -> p.evaluation().monthlyCostUsd()).thenComparingInt(MemoryPoint::memoryMb))
                    .orElseThrow();
            reason = "no size meets the objective" + why(curve, objective) + "; the fastest size is recommended";
        }
        BigDecimal currentUsd = current.evaluation().monthlyCostUsd();
        BigDecimal chosenUsd = chosen.evaluation().monthlyCostUsd();
        return new MemoryRecommendation(fn, settings, curve, currentMb, chosen.memoryMb(), best.isPresent(),
                currentUsd, chosenUsd, currentUsd.subtract(chosenUsd), reason);
    }

    private static double p99(MemoryPoint p) {
        double v = p.evaluation().p99LatencyMs();
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    private static String why(List<MemoryPoint> curve, Objective o) {
        double minFailed = curve.stream().mapToDouble(p -> p.evaluation().failedShare()).min().orElse(0);
        if (minFailed > o.maxFailedShare()) {
            return String.format(Locale.ROOT, " (every size has %.3f %% or more of requests throttled, the objective "
                    + "allows %.3f %%)", minFailed * 100, o.maxFailedShare() * 100);
        }
        double bestP99 = curve.stream().mapToDouble(MemorySweep::p99).min().orElse(Double.NaN);
        return String.format(Locale.ROOT, " (the lowest p99 is %.1f ms, the objective %.1f ms)", bestP99,
                o.p99LatencyUs().orElse(0) / 1000.0);
    }
}
