package io.lambdasim.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.model.recommend.Evaluation;
import io.lambdasim.model.recommend.MemoryPoint;
import io.lambdasim.model.recommend.MemoryRecommendation;
import io.lambdasim.model.recommend.PcCandidate;
import io.lambdasim.model.recommend.PcRecommendation;
import io.lambdasim.model.recommend.RecommendOptions;
import io.lambdasim.model.recommend.Recommendation;
import io.lambdasim.model.recommend.Recommender;
import io.lambdasim.model.scenario.ProvisionedPlan;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioReader;
import io.lambdasim.workload.time.TimeSpans;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lambdasim recommend}: the memory size and the provisioned concurrency that cost least while meeting the
 * scenario's objective, with the Power Tuning curve and the saving against the function as configured
 * ({@code docs/recommendations.md}).
 */
@Command(name = "recommend", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Sweeps memory sizes for one function of a scenario (each request's CPU part speeds up with the memory's "
                    + "vCPU share, up to the handler's threads; the rest is waiting) and recommends the cheapest size "
                    + "whose p99 latency meets the objective, showing the cost/latency curve.",
            "With a cold-start objective (objective.max_cold_start_share or --max-cold-start-share) it also finds the "
                    + "cheapest constant provisioned concurrency and hourly schedule that meet it. Every figure is "
                    + "for a 730-hour month; savings are against the function as configured. Format: "
                    + "docs/recommendations.md."},
        footer = {"", "Examples:",
            "  lambdasim recommend examples/api-lambda-vs-ec2.json",
            "  lambdasim recommend examples/api-lambda-vs-ec2.json --cpu-share 0.8 --max-cold-start-share 0.001 --json"})
final class RecommendCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.json", description = "A scenario file.")
    Path scenarioFile;

    @Option(names = "--function", paramLabel = "NAME", description = "The function to analyse (default: the first).")
    String function;

    @Option(names = "--memory-sizes", paramLabel = "MB,MB,...", split = ",",
            description = "Memory sizes to try (default: 128,256,512,1024,1536,1769,2048,3008,4096,5120,6144,8192,"
                    + "10240); the configured size is always tried.")
    List<Integer> memorySizes;

    @Option(names = "--cpu-share", paramLabel = "X",
            description = "Share 0 to 1 of each duration that is CPU work (default: the file's recommend.cpu_share, "
                    + "else 1).")
    Double cpuShare;

    @Option(names = "--threads-in-handler", paramLabel = "N",
            description = "Threads the handler keeps busy, 1 to 6 (default: the file's recommend.handler_threads, "
                    + "else 1).")
    Integer handlerThreads;

    @Option(names = "--max-cold-start-share", paramLabel = "X",
            description = "Largest share 0 to 1 of requests that may start cold (default: the file's "
                    + "objective.max_cold_start_share; without one, no provisioned-concurrency recommendation).")
    Double maxColdStartShare;

    @Option(names = "--threads", paramLabel = "N", description = "Simulation threads (default: all cores); never "
            + "changes the numbers.")
    Integer threads;

    @Option(names = "--json", description = "Print JSON instead of tables.")
    boolean json;

    @Override
    public Integer call() {
        RecommendOptions options = options();
        int threadCount = RunOptions.threads(threads);
        Scenario s = ScenarioReader.read(scenarioFile);
        Recommendation r = Recommender.recommend(s, options, threadCount);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = BillJson.mapper();
            out.println(BillJson.write(mapper, json(mapper, r)));
        } else {
            text(out, r);
        }
        out.flush();
        return 0;
    }

    private RecommendOptions options() {
        RecommendOptions o = RecommendOptions.DEFAULT;
        if (function != null) {
            o = o.withFunction(function);
        }
        if (memorySizes != null) {
            for (int m : memorySizes) {
                if (m < 128 || m > 10_240) {
                    throw new IllegalArgumentException("--memory-sizes: " + m + " is outside 128 to 10,240 MB");
                }
            }
            o = o.withMemorySizes(memorySizes);
        }
        if (cpuShare != null) {
            if (!(cpuShare >= 0 && cpuShare <= 1)) {
                throw new IllegalArgumentException("--cpu-share must be 0 to 1, was " + cpuShare);
            }
            o = o.withCpuShare(cpuShare);
        }
        if (handlerThreads != null) {
            if (handlerThreads < 1 || handlerThreads > 6) {
                throw new IllegalArgumentException("--threads-in-handler must be 1 to 6, was " + handlerThreads);
            }
            o = o.withHandlerThreads(handlerThreads);
        }
        if (maxColdStartShare != null) {
            if (!(maxColdStartShare >= 0 && maxColdStartShare <= 1)) {
                throw new IllegalArgumentException("--max-cold-start-share must be 0 to 1, was " + maxColdStartShare);
            }
            o = o.withMaxColdStartShare(maxColdStartShare);
        }
        return o;
    }

    // ----- JSON

    static ObjectNode json(ObjectMapper mapper, Recommendation r) {
        ObjectNode root = mapper.createObjectNode();
        root.put("scenario", r.scenario());
        root.put("function", r.function());
        root.put("seed", r.seed());
        root.put("replications", r.replications());
        root.put("horizon", TimeSpans.format(r.horizonUs()));
        ObjectNode objective = root.putObject("objective");
        if (r.objective().p99LatencyUs().isPresent()) {
            objective.put("p99_latency_ms", r.objective().p99LatencyUs().getAsLong() / 1000.0);
        } else {
            objective.putNull("p99_latency_ms");
        }
        objective.put("max_failed_share", r.objective().maxFailedShare());
        if (r.objective().maxColdStartShare().isPresent()) {
            objective.put("max_cold_start_share", r.objective().maxColdStartShare().getAsDouble());
        } else {
            objective.putNull("max_cold_start_share");
        }
        MemoryRecommendation m = r.memory();
        ObjectNode mem = root.putObject("memory");
        mem.put("cpu_share", m.settings().cpuShare());
        mem.put("handler_threads", m.settings().handlerThreads());
        mem.put("current_mb", m.currentMemoryMb());
        mem.put("recommended_mb", m.recommendedMemoryMb());
        mem.put("objective_met", m.objectiveMet());
        mem.put("current_monthly_usd", m.currentMonthlyUsd());
        mem.put("recommended_monthly_usd", m.recommendedMonthlyUsd());
        mem.put("saving_monthly_usd", m.savingUsd());
        mem.put("reason", m.reason());
        ArrayNode curve = mem.putArray("curve");
        for (MemoryPoint p : m.curve()) {
            ObjectNode n = curve.addObject();
            n.put("memory_mb", p.memoryMb());
            n.put("duration_factor", round(p.durationFactor(), 6));
            evaluation(n, p.evaluation());
            n.put("current", p.current());
            n.put("meets_objective", p.meetsObjective());
        }
        if (r.pc().isEmpty()) {
            root.putNull("provisioned_concurrency");
        } else {
            PcRecommendation pc = r.pc().get();
            ObjectNode n = root.putObject("provisioned_concurrency");
            n.put("memory_mb", pc.memoryMb());
            n.put("max_cold_start_share", pc.maxColdStartShare());
            evaluation(n.putObject("current"), pc.current());
            candidate(n, "best_constant", pc.bestConstant());
            candidate(n, "best_schedule", pc.bestSchedule());
            candidate(n, "recommended", pc.recommended());
            n.put("saving_monthly_usd", pc.savingUsd());
            n.put("reason", pc.reason());
            ArrayNode tried = n.putArray("tried");
            for (PcCandidate c : pc.tried()) {
                candidate(tried.addObject(), c);
            }
        }
        return root;
    }

    private static void candidate(ObjectNode parent, String key, java.util.Optional<PcCandidate> c) {
        if (c.isEmpty()) {
            parent.putNull(key);
        } else {
            candidate(parent.putObject(key), c.get());
        }
    }

    private static void candidate(ObjectNode n, PcCandidate c) {
        n.put("kind", c.kind() == PcCandidate.Kind.CONSTANT ? "constant" : "schedule");
        if (c.kind() == PcCandidate.Kind.CONSTANT) {
            n.put("level", (int) c.parameter());
        } else {
            n.put("multiplier", c.parameter());
        }
        n.put("plan", describe(c.plan()));
        evaluation(n, c.evaluation());
        n.put("meets_objective", c.meetsObjective());
    }

    private static void evaluation(ObjectNode n, Evaluation e) {
        n.put("monthly_usd", e.monthlyCostUsd());
        put(n, "avg_latency_ms", round(e.meanLatencyMs(), 3));
        put(n, "p99_latency_ms", round(e.p99LatencyMs(), 3));
        put(n, "cold_start_share", e.coldStartShare());
        put(n, "throttle_share", e.failedShare());
    }

    private static void put(ObjectNode n, String key, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            n.putNull(key);
        } else {
            n.put(key, v);
        }
    }

    private static double round(double v, int decimals) {
        return Double.isNaN(v) || Double.isInfinite(v) ? v
                : BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    // ----- text

    static void text(PrintWriter out, Recommendation r) {
        out.printf(Locale.ROOT, "Scenario: %s, function %s (seed %d, %d replication%s, horizon %s)%n", r.scenario(),
                r.function(), r.seed(), r.replications(), r.replications() == 1 ? "" : "s",
                TimeSpans.format(r.horizonUs()));
        out.printf(Locale.ROOT, "Objective: %s, at most %s of requests throttled%s%n",
                r.objective().p99LatencyUs().isPresent()
                        ? "p99 latency <= " + TimeSpans.format(r.objective().p99LatencyUs().getAsLong())
                        : "no latency bound", pct(r.objective().maxFailedShare()),
                r.objective().maxColdStartShare().isPresent()
                        ? ", at most " + pct(r.objective().maxColdStartShare().getAsDouble()) + " cold starts" : "");
        MemoryRecommendation m = r.memory();
        out.println();
        out.printf(Locale.ROOT, "Memory (CPU share %s of each duration at %d MB, %d handler thread%s; "
                        + "USD for a 730-hour month)%n", plain(m.settings().cpuShare()), m.currentMemoryMb(),
                m.settings().handlerThreads(), m.settings().handlerThreads() == 1 ? "" : "s");
        String fmt = "  %-3s %9s %10s %10s %9s %12s  %s%n";
        out.printf(Locale.ROOT, fmt, "", "memory MB", "avg ms", "p99 ms", "cold", "USD/month", "");
        for (MemoryPoint p : m.curve()) {
            List<String> marks = new ArrayList<>();
            if (p.current()) {
                marks.add("current");
            }
            if (p.memoryMb() == m.recommendedMemoryMb()) {
                marks.add("recommended");
            }
            if (!p.meetsObjective()) {
                marks.add("misses objective");
            }
            out.printf(Locale.ROOT, fmt, p.memoryMb() == m.recommendedMemoryMb() ? "=>" : p.current() ? "*" : "",
                    String.format(Locale.ROOT, "%,d", p.memoryMb()), num(p.evaluation().meanLatencyMs(), 1),
                    num(p.evaluation().p99LatencyMs(), 1), pct(p.evaluation().coldStartShare()),
                    p.evaluation().monthlyCostUsd().toPlainString(), String.join(", ", marks));
        }
        out.printf(Locale.ROOT, "Recommended memory: %,d MB (%s); %s%n", m.recommendedMemoryMb(), m.reason(),
                saving(m.savingUsd()));
        out.println();
        if (r.pc().isEmpty()) {
            out.println("Provisioned concurrency: no cold-start objective (set objective.max_cold_start_share or "
                    + "--max-cold-start-share)");
            return;
        }
        PcRecommendation pc = r.pc().get();
        out.printf(Locale.ROOT, "Provisioned concurrency at %,d MB (cold starts at most %s)%n", pc.memoryMb(),
                pct(pc.maxColdStartShare()));
        String pfmt = "  %-24s %9s %10s %12s  %s%n";
        out.printf(Locale.ROOT, pfmt, "", "cold", "p99 ms", "USD/month", "configuration");
        out.printf(Locale.ROOT, pfmt, "current", pct(pc.current().coldStartShare()),
                num(pc.current().p99LatencyMs(), 1), pc.current().monthlyCostUsd().toPlainString(), "as configured");
        pcRow(out, pfmt, "cheapest constant level", pc.bestConstant());
        pcRow(out, pfmt, "cheapest hourly schedule", pc.bestSchedule());
        if (pc.recommended().isPresent()) {
            out.printf(Locale.ROOT, "Recommended: %s (%s); %s%n", describe(pc.recommended().get().plan()), pc.reason(),
                    saving(pc.savingUsd()));
        } else {
            out.println("Recommended: none: " + pc.reason());
        }
    }

    private static void pcRow(PrintWriter out, String fmt, String label, java.util.Optional<PcCandidate> c) {
        if (c.isEmpty()) {
            out.printf(Locale.ROOT, fmt, label, "-", "-", "-", "none meets the objective");
        } else {
            Evaluation e = c.get().evaluation();
            out.printf(Locale.ROOT, fmt, label, pct(e.coldStartShare()), num(e.p99LatencyMs(), 1),
                    e.monthlyCostUsd().toPlainString(), describe(c.get().plan()));
        }
    }

    /** A plan as a reader would say it: {@code 6 all the time}, {@code daily 08:00-20:00 at 3, ...}. */
    static String describe(ProvisionedPlan plan) {
        return plan.describe();
    }

    private static String saving(BigDecimal usd) {
        int sign = usd.signum();
        if (sign == 0) {
            return "saves $0.00 a month";
        }
        return sign > 0 ? "saves $" + usd.toPlainString() + " a month"
                : "costs $" + usd.negate().toPlainString() + " a month more";
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String num(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.3f %%", share * 100);
    }
}
