package io.lambdasim.model.recommend;

import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.capacity.RunResult;
import io.lambdasim.model.capacity.SimulationSpec;
import io.lambdasim.model.capacity.TimeSeries;
import io.lambdasim.model.scenario.Objective;
import io.lambdasim.model.scenario.ProvisionedPlan;
import io.lambdasim.model.scenario.Scenario;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Searches provisioned concurrency for the cheapest configuration whose cold-start share meets an objective
 * ({@code docs/recommendations.md}). Two families: a constant level (levels 0, 1, 2, 4, 8... until one meets the
 * objective, then a bracketing search down to the smallest level that does, then a few levels up while the cost falls)
 * and an hourly schedule (each hour of the day, or of the week for horizons of a week or more, gets its peak
 * concurrency in the current design times a multiplier, the one parameter searched). Candidates are simulated in
 * batches of a fixed size, whatever the thread count, so the same candidates are tried at any thread count.
 */
final class ProvisionedConcurrencySearch {

    /** Candidates per batch: fixed, so that the search's path does not depend on the thread count. */
    static final int BATCH = 4;
    private static final double[] FIRST_MULTIPLIERS = {0.25, 0.5, 0.75, 1.0};
    private static final double[] MORE_MULTIPLIERS = {1.25, 1.5, 2.0, 3.0};
    private static final int REFINEMENTS = 2;
    private static final int MAX_CLIMB = 3;

    private final Scenario scenario;
    private final SimulationSpec base;
    private final FunctionSpec function;
    private final Objective objective;
    private final double maxColdShare;
    private final Evaluator evaluator;
    private final int cap;
    private final List<PcCandidate> tried = new ArrayList<>();

    ProvisionedConcurrencySearch(Scenario scenario, SimulationSpec base, FunctionSpec function, Objective objective,
                                 double maxColdShare, Evaluator evaluator, int peakConcurrency) {
        this.scenario = scenario;
        this.base = base;
        this.function = function;
        this.objective = objective;
        this.maxColdShare = maxColdShare;
        this.evaluator = evaluator;
        int allowed = function.hasReservedConcurrency() ? function.reservedConcurrency()
                : base.account().concurrencyLimit() - base.account().minUnreserved();
        this.cap = Math.max(0, Math.min(allowed, 2 * peakConcurrency + 1));
    }

    /** Runs both searches against the current design's {@code currentRuns}. */
    PcRecommendation run(Evaluation current, List<RunResult> currentRuns) {
        Optional<PcCandidate> constant = constant();
        Optional<PcCandidate> schedule = schedule(currentRuns);
        Optional<PcCandidate> best = constant;
        if (schedule.isPresent() && (best.isEmpty() || schedule.get().evaluation().monthlyCostUsd()
                .compareTo(best.get().evaluation().monthlyCostUsd()) < 0)) {
            best = schedule;
        }
        BigDecimal saving = best.map(b -> current.monthlyCostUsd().subtract(b.evaluation().monthlyCostUsd()))
                .orElse(BigDecimal.ZERO.setScale(2));
        String reason;
        if (best.isEmpty()) {
            reason = String.format(Locale.ROOT, "no provisioned concurrency up to %d keeps cold starts within %s "
                    + "(cold starts may come from scaling beyond the provisioned level, or from throttling)", cap,
                    percent(maxColdShare));
        } else if (best.get().plan().isNone()) {
            reason = "cold starts are within the objective without provisioned concurrency";
        } else {
            reason = (best.get().kind() == PcCandidate.Kind.CONSTANT ? "the cheapest constant level"
                    : "the cheapest hourly schedule") + " that keeps cold starts within " + percent(maxColdShare);
        }
        return new PcRecommendation(function.name(), function.memoryMb(), maxColdShare, current, constant, schedule,
                best, saving, reason, tried);
    }

    // ----- constant levels

    private Optional<PcCandidate> constant() {
        TreeMap<Integer, PcCandidate> seen = new TreeMap<>();
        // Grow: 0, 1, 2, 4, then 8, 16, 32, 64... in batches, until a level meets the objective or the cap is reached.
        List<Integer> levels = new ArrayList<>(List.of(0, 1, 2, 4));
        Integer pass = null;
        while (pass == null) {
            levels.removeIf(l -> l > cap);
            if (levels.isEmpty()) {
                break;
            }
            evaluateLevels(levels, seen);
            pass = seen.values().stream().filter(PcCandidate::meetsObjective)
                    .map(c -> (int) c.parameter()).min(Integer::compare).orElse(null);
            int top = levels.get(levels.size() - 1);
            if (top >= cap) {
                break;
            }
            levels = new ArrayList<>();
            for (int l = 2 * top, i = 0; i < BATCH && l <= 2 * cap; l *= 2, i++) {
                levels.add(Math.min(l, cap));
            }
            levels = levels.stream().distinct().toList();
            levels = new ArrayList<>(levels);
        }
        if (pass == null) {
            return Optional.empty();
        }
        // Bracket: the largest failing level below the smallest passing one, then split the gap in batches.
        int hi = pass;
        int lo = lowestFailingBelow(seen, hi);
        while (hi - lo > 1) {
            List<Integer> inner = new ArrayList<>();
            for (int i = 1; i < BATCH; i++) {
                int l = lo + (int) Math.round((double) (hi - lo) * i / BATCH);
                if (l > lo && l < hi && !inner.contains(l)) {
                    inner.add(l);
                }
            }
            evaluateLevels(inner, seen);
            for (int l : inner) {
                if (seen.get(l).meetsObjective() && l < hi) {
                    hi = l;
                }
            }
            lo = lowestFailingBelow(seen, hi);
        }
        // Climb: provisioned duration is cheaper than on-demand, so a busier level above may cost less.
        for (int i = 0; i < MAX_CLIMB; i++) {
            PcCandidate best = cheapest(seen.values().stream().filter(PcCandidate::meetsObjective).toList());
            int next = (int) best.parameter() + 1;
            if (next > cap || seen.containsKey(next)) {
                break;
            }
            evaluateLevels(List.of(next), seen);
            if (seen.get(next).evaluation().monthlyCostUsd().compareTo(best.evaluation().monthlyCostUsd()) >= 0) {
                break;
            }
        }
        return Optional.of(cheapest(seen.values().stream().filter(PcCandidate::meetsObjective).toList()));
    }

    private static int lowestFailingBelow(TreeMap<Integer, PcCandidate> seen, int hi) {
        int lo = -1;
        for (Map.Entry<Integer, PcCandidate> e : seen.headMap(hi, false).entrySet()) {
            if (!e.getValue().meetsObjective()) {
                lo = e.getKey();
            }
        }
        return lo;
    }

    private void evaluateLevels(List<Integer> levels, TreeMap<Integer, PcCandidate> seen) {
        List<Integer> todo = levels.stream().filter(l -> !seen.containsKey(l)).toList();
        List<ProvisionedPlan> plans = todo.stream().map(l -> (ProvisionedPlan) new ProvisionedPlan.Constant(l))
                .toList();
        List<PcCandidate> out = evaluate(PcCandidate.Kind.CONSTANT, todo.stream().mapToDouble(l -> l).toArray(),
                plans);
        for (int i = 0; i < todo.size(); i++) {
            seen.put(todo.get(i), out.get(i));
        }
    }

    // ----- hourly schedules

    private Optional<PcCandidate> schedule(List<RunResult> currentRuns) {
        TimeSeries first = currentRuns.get(0).timeSeries();
        if (first.binUs() > 3_600_000_000L || cap == 0) {
            return Optional.empty();
        }
        boolean weekly = base.horizonUs() >= 7 * 24 * 3_600_000_000L;
        int[] peak = hourlyPeaks(currentRuns, weekly);
        Map<List<Integer>, PcCandidate> seen = new LinkedHashMap<>();
        TreeMap<Double, PcCandidate> byMultiplier = new TreeMap<>();
        evaluateMultipliers(FIRST_MULTIPLIERS, peak, weekly, seen, byMultiplier);
        if (byMultiplier.values().stream().noneMatch(PcCandidate::meetsObjective)) {
            evaluateMultipliers(MORE_MULTIPLIERS, peak, weekly, seen, byMultiplier);
        }
        for (int r = 0; r < REFINEMENTS; r++) {
            Optional<Double> pass = byMultiplier.entrySet().stream().filter(e -> e.getValue().meetsObjective())
                    .map(Map.Entry::getKey).findFirst();
            if (pass.isEmpty()) {
                return Optional.empty();
            }
            double hi = pass.get();
            double lo = byMultiplier.headMap(hi, false).entrySet().stream()
                    .filter(e -> !e.getValue().meetsObjective()).map(Map.Entry::getKey).reduce((a, b) -> b)
                    .orElse(0.0);
            double[] inner = new double[BATCH - 1];
            for (int i = 1; i < BATCH; i++) {
                inner[i - 1] = lo + (hi - lo) * i / BATCH;
            }
            evaluateMultipliers(inner, peak, weekly, seen, byMultiplier);
        }
        List<PcCandidate> passing = byMultiplier.values().stream().filter(PcCandidate::meetsObjective).toList();
        return passing.isEmpty() ? Optional.empty() : Optional.of(cheapest(passing));
    }

    /** The highest concurrency of any bin that starts in each hour of the day (or week), over the replications. */
    private int[] hourlyPeaks(List<RunResult> runs, boolean weekly) {
        int[] peak = new int[weekly ? 168 : 24];
        Instant start = scenario.start();
        for (RunResult r : runs) {
            TimeSeries ts = r.timeSeries();
            for (int b = 0; b < ts.bins(); b++) {
                ZonedDateTime at = start.plus(b * ts.binUs(), ChronoUnit.MICROS).atZone(scenario.timeZone());
                int slot = (weekly ? (at.getDayOfWeek().getValue() - 1) * 24 : 0) + at.getHour();
                peak[slot] = Math.max(peak[slot], ts.maxConcurrency()[b]);
            }
        }
        return peak;
    }

    private void evaluateMultipliers(double[] multipliers, int[] peak, boolean weekly,
                                     Map<List<Integer>, PcCandidate> seen, TreeMap<Double, PcCandidate> byMultiplier) {
        List<Double> todo = new ArrayList<>();
        List<List<Integer>> keys = new ArrayList<>();
        for (double f : multipliers) {
            List<Integer> levels = levels(f, peak);
            if (!seen.containsKey(levels) && !keys.contains(levels)) {
                todo.add(f);
                keys.add(levels);
            }
        }
        List<PcCandidate> out = evaluate(PcCandidate.Kind.SCHEDULE, todo.stream().mapToDouble(d -> d).toArray(),
                keys.stream().map(l -> weekly(l, weekly)).toList());
        for (int i = 0; i < todo.size(); i++) {
            seen.put(keys.get(i), out.get(i));
        }
        for (double f : multipliers) {
            byMultiplier.putIfAbsent(f, seen.get(levels(f, peak)));
        }
    }

    /** Each hour's level: its peak concurrency times {@code f}, rounded up, at most the cap. */
    private List<Integer> levels(double f, int[] peak) {
        List<Integer> levels = new ArrayList<>();
        for (int p : peak) {
            levels.add(Math.min(cap, (int) Math.ceil(f * p - 1e-9)));
        }
        return levels;
    }

    /** Hourly levels as weekly windows: runs of equal levels in a day merged, hours at 0 left out. */
    static ProvisionedPlan weekly(List<Integer> levels, boolean weekly) {
        List<ProvisionedPlan.Window> windows = new ArrayList<>();
        int days = weekly ? 7 : 1;
        for (int d = 0; d < days; d++) {
            Set<DayOfWeek> on = weekly ? EnumSet.of(DayOfWeek.of(d + 1)) : EnumSet.allOf(DayOfWeek.class);
            int h = 0;
            while (h < 24) {
                int level = levels.get(d * 24 + h);
                int end = h + 1;
                while (end < 24 && levels.get(d * 24 + end) == level) {
                    end++;
                }
                if (level > 0) {
                    windows.add(new ProvisionedPlan.Window(level, on, LocalTime.of(h, 0),
                            end == 24 ? LocalTime.MIDNIGHT : LocalTime.of(end, 0)));
                }
                h = end;
            }
        }
        return windows.isEmpty() ? ProvisionedPlan.NONE : new ProvisionedPlan.Weekly(windows);
    }

    // ----- shared

    private List<PcCandidate> evaluate(PcCandidate.Kind kind, double[] parameters, List<ProvisionedPlan> plans) {
        List<SimulationSpec> specs = new ArrayList<>();
        for (ProvisionedPlan p : plans) {
            FunctionSpec f = function.toBuilder()
                    .provisioned(p.schedule(scenario.start(), scenario.timeZone(), base.horizonUs())).build();
            specs.add(base.withFunctions(List.of(f)));
        }
        List<Evaluation> evals = evaluator.evaluateAll(specs);
        List<PcCandidate> out = new ArrayList<>();
        for (int i = 0; i < evals.size(); i++) {
            Evaluation e = evals.get(i);
            boolean meets = e.coldStartShare() <= maxColdShare && e.failedShare() <= objective.maxFailedShare();
            PcCandidate c = new PcCandidate(kind, parameters[i], plans.get(i), e, meets);
            out.add(c);
            tried.add(c);
        }
        return out;
    }

    /** The cheapest candidate; at equal cost the lower level (or multiplier). */
    private static PcCandidate cheapest(List<PcCandidate> candidates) {
        return candidates.stream().min(Comparator.<PcCandidate, BigDecimal>comparing(c -> c.evaluation()
                .monthlyCostUsd()).thenComparingDouble(PcCandidate::parameter)).orElseThrow();
    }

    static String percent(double share) {
        return BigDecimal.valueOf(share * 100).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString() + " %";
    }

    @Override
    public String toString() {
        return "ProvisionedConcurrencySearch[" + function.name() + ", cap " + cap + ", tried "
                + Arrays.toString(tried.stream().mapToDouble(PcCandidate::parameter).toArray()) + "]";
    }
}
