package io.lambdasim.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.model.breakeven.Crossing;
import io.lambdasim.model.breakeven.DesignCurve;
import io.lambdasim.model.breakeven.ScenarioBreakEven;
import io.lambdasim.model.breakeven.ScenarioBreakEvenResult;
import io.lambdasim.model.breakeven.SweepOptions;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioReader;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.workload.time.TimeSpans;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lambdasim breakeven}: each design's monthly cost over scaled traffic, the volumes where a Lambda design and
 * a fleet cost the same, and Lambda's closed-form break-evens ({@code docs/breakeven.md}).
 */
@Command(name = "breakeven", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Scales the scenario's traffic (same shape, more or fewer requests) over a range of factors, simulates "
                    + "and prices every design for a 730-hour month at each, and finds every traffic where a Lambda "
                    + "design and an EC2 or Fargate fleet cost the same, refined by re-simulating near it.",
            "Also: the share of time provisioned concurrency must be busy to pay off, how much slower arm64 may "
                    + "be before x86_64 is cheaper, and what 1 ms billing saves over 100 ms on your durations.",
            "Give a scenario file with designs, or describe one function and one instance type (quick mode: "
                    + "--avg-duration-ms and --instance-type). Method: docs/breakeven.md."},
        footer = {"", "Examples:",
            "  lambdasim breakeven examples/api-lambda-vs-ec2.json",
            "  lambdasim breakeven examples/api-lambda-vs-ec2.json --from 0.05 --to 20 --points 17 --json",
            "  lambdasim breakeven --memory-mb 1024 --avg-duration-ms 200 --arch arm64 \\",
            "      --instance-type m7g.large --rate-profile diurnal --json"})
final class BreakevenCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.json",
            description = "A scenario file with at least one Lambda design and one fleet. Leave out for quick mode.")
    Path scenarioFile;

    @Option(names = "--from", paramLabel = "FACTOR",
            description = "Smallest traffic factor; 1 is the scenario's own traffic (default: 0.1).")
    Double from;

    @Option(names = "--to", paramLabel = "FACTOR", description = "Largest traffic factor, up to 1000 (default: 10).")
    Double to;

    @Option(names = "--points", paramLabel = "N",
            description = "Log-spaced factors from --from to --to, 2 to 101; factor 1 is always added (default: 9).")
    Integer points;

    @Option(names = "--no-refine", description = "Report crossings as read off the curves, without re-simulating.")
    boolean noRefine;

    @Option(names = "--tolerance", paramLabel = "X",
            description = "Relative tolerance of a refined crossing's volume, up to 0.1 (default: 0.01).")
    Double tolerance;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed (default: the file's, or 1).")
    Long seed;

    @Option(names = "--replications", paramLabel = "N",
            description = "Replications at each point, 1 to 10,000 (default: the file's, or 1).")
    Integer replications;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads running simulations (default: all cores). The results do not depend on it.")
    Integer threads;

    @Option(names = "--json", description = "Print JSON instead of tables.")
    boolean json;

    // Quick mode.

    @Option(names = "--avg-duration-ms", paramLabel = "MS",
            description = "Quick mode: every request's duration in ms (constant; or give --duration).")
    Double avgDurationMs;

    @Option(names = "--duration", paramLabel = "DIST",
            description = "Quick mode: a duration distribution instead, such as lognormal:median=60ms,p99=600ms.")
    String duration;

    @Option(names = "--instance-type", paramLabel = "TYPE",
            description = "Quick mode: the EC2 instance type of the fleet, such as m7g.large (required).")
    String instanceType;

    @Option(names = "--memory-mb", paramLabel = "MB", description = "Quick mode: Lambda memory (default: 1024).")
    Integer memoryMb;

    @Option(names = "--arch", paramLabel = "ARCH", description = "Quick mode: x86_64 or arm64 (default: x86_64).")
    String arch;

    @Option(names = "--runtime", paramLabel = "NAME", description = "Quick mode: runtime (default: nodejs22.x).")
    String runtime;

    @Option(names = "--rate", paramLabel = "PER_SECOND",
            description = "Quick mode: mean requests per second at factor 1 (default: 10).")
    Double rate;

    @Option(names = "--rate-profile", paramLabel = "SHAPE",
            description = "Quick mode: flat (Poisson), diurnal (peak at 14:00, 4× the trough) or weekly (diurnal, "
                    + "weekends at half) (default: flat).")
    String rateProfile;

    @Option(names = "--cpu-per-request", paramLabel = "VCPU",
            description = "Quick mode: vCPUs a request keeps busy on the instance for its duration (default: 0.25, "
                    + "a request that waits three quarters of its time on I/O).")
    Double cpuPerRequest;

    @Option(names = "--target-cpu", paramLabel = "X",
            description = "Quick mode: share of the instance's vCPUs to fill, and the autoscaling target (default: 0.6).")
    Double targetCpu;

    @Option(names = "--min-instances", paramLabel = "N",
            description = "Quick mode: the fleet's minimum size (default: 2, one in each of two availability zones).")
    Integer minInstances;

    @Option(names = "--pricing-plan", paramLabel = "PLAN",
            description = "Quick mode: on-demand, reserved-1y or reserved-3y (default: on-demand).")
    String pricingPlan;

    @Option(names = "--horizon", paramLabel = "SPAN",
            description = "Quick mode: simulated time per point (default: 1d, or 7d with --rate-profile weekly).")
    String horizon;

    @Option(names = "--region", paramLabel = "REGION", description = "Quick mode: AWS region (default: us-east-1).")
    String region;

    @Option(names = "--price-date", paramLabel = "YYYY-MM-DD",
            description = "Quick mode: prices in force that day (default: 2026-11-01).")
    String priceDate;

    @Option(names = "--free-tier", negatable = true,
            description = "Quick mode: apply Lambda's monthly free tier (default: on).")
    Boolean freeTier;

    @Override
    public Integer call() {
        Scenario s = scenario();
        SweepOptions options = options();
        int threadCount = RunOptions.threads(threads);
        ScenarioBreakEvenResult r = ScenarioBreakEven.run(s, options, threadCount);
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

    private SweepOptions options() {
        SweepOptions d = SweepOptions.DEFAULT;
        try {
            return new SweepOptions(from != null ? from : d.fromFactor(), to != null ? to : d.toFactor(),
                    points != null ? points : d.points(), !noRefine, tolerance != null ? tolerance
                    : d.relativeTolerance());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--from/--to/--points/--tolerance: " + e.getMessage(), e);
        }
    }

    Scenario scenario() {
        Scenario s;
        if (scenarioFile != null) {
            if (quickModeGiven()) {
                throw new IllegalArgumentException("quick-mode options such as --instance-type cannot be combined "
                        + "with a scenario file; edit the file instead");
            }
            s = ScenarioReader.read(scenarioFile);
        } else {
            if ((avgDurationMs == null && duration == null) || instanceType == null) {
                throw new IllegalArgumentException("give a scenario file, or --avg-duration-ms (or --duration) and "
                        + "--instance-type for quick mode (see 'lambdasim breakeven --help')");
            }
            s = quickScenario();
        }
        s = RunOptions.apply(s, seed, replications);
        return s;
    }

    private boolean quickModeGiven() {
        return Stream.of(avgDurationMs, duration, instanceType, memoryMb, arch, runtime, rate, rateProfile,
                cpuPerRequest, targetCpu, minInstances, pricingPlan, horizon, region, priceDate, freeTier)
                .anyMatch(Objects::nonNull);
    }

    /** Quick mode writes the options as a scenario and reads it, so that both modes share every default and check. */
    private Scenario quickScenario() {
        if (avgDurationMs != null && duration != null) {
            throw new IllegalArgumentException("give --avg-duration-ms or --duration, not both");
        }
        if (avgDurationMs != null && !(avgDurationMs > 0 && avgDurationMs <= 900_000)) {
            throw new IllegalArgumentException("--avg-duration-ms must be above 0 and at most 900000, was "
                    + avgDurationMs);
        }
        String profile = rateProfile == null ? "flat" : rateProfile.strip().toLowerCase(Locale.ROOT);
        if (!List.of("flat", "diurnal", "weekly").contains(profile)) {
            throw new IllegalArgumentException("--rate-profile must be flat, diurnal or weekly, was '" + rateProfile
                    + "'");
        }
        Architecture architecture;
        try {
            architecture = arch == null ? Architecture.X86_64 : Architecture.fromId(arch);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--arch: " + e.getMessage(), e);
        }
        int memory = memoryMb != null ? memoryMb : 1024;
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", Scenario.FORMAT);
        root.put("name", QuickMode.SOURCE);
        root.put("horizon", horizon != null ? horizon : profile.equals("weekly") ? "7d" : "1d");
        root.put("start", "2026-11-02T00:00:00Z");
        root.put("region", region != null ? region : "us-east-1");
        root.put("price_date", priceDate != null ? priceDate : "2026-11-01");
        root.put("free_tier", freeTier == null || freeTier);
        ObjectNode f = root.putArray("functions").addObject();
        f.put("name", "function");
        f.put("memory_mb", memory);
        f.put("architecture", architecture.id());
        if (runtime != null) {
            f.put("runtime", runtime);
        }
        f.put("timeout", "900s");
        f.put("duration", duration != null ? duration
                : "const:" + BigDecimal.valueOf(avgDurationMs).stripTrailingZeros().toPlainString() + "ms");
        ObjectNode arrivals = f.putObject("arrivals");
        double perSecond = rate != null ? rate : 10;
        if (profile.equals("flat")) {
            arrivals.put("type", "poisson");
            arrivals.put("rate_per_second", perSecond);
        } else {
            arrivals.put("type", "profile");
            arrivals.put("base_rate_per_second", perSecond);
            ObjectNode daily = arrivals.putObject("daily");
            daily.put("peak_hour", 14);
            daily.put("peak_to_trough", 4);
            if (profile.equals("weekly")) {
                ArrayNode w = arrivals.putObject("weekly").putArray("weights");
                for (double x : new double[] {1, 1, 1, 1, 1, 0.5, 0.5}) {
                    w.add(x);
                }
            }
        }
        ArrayNode designs = root.putArray("designs");
        String lambdaName = "lambda-" + architecture.id() + "-" + memory + "mb";
        ObjectNode lambda = designs.addObject();
        lambda.put("name", lambdaName);
        lambda.put("type", "lambda");
        lambda.put("function", "function");
        ObjectNode fleet = designs.addObject();
        fleet.put("name", "ec2-" + instanceType);
        fleet.put("type", "ec2");
        fleet.put("function", "function");
        fleet.put("instance_type", instanceType);
        fleet.putObject("pricing_plan").put("type", pricingPlan != null ? pricingPlan : "on-demand");
        ObjectNode capacity = fleet.putObject("capacity");
        capacity.put("cpu_per_request", cpuPerRequest != null ? cpuPerRequest : 0.25);
        capacity.put("target_cpu", targetCpu != null ? targetCpu : 0.6);
        ObjectNode scaling = fleet.putObject("scaling");
        scaling.put("min", minInstances != null ? minInstances : 2);
        scaling.put("max", 10_000);
        scaling.put("target", targetCpu != null ? targetCpu : 0.6);
        return QuickMode.read(root, OPTIONS);
    }

    /** The option behind each field that quick mode writes. */
    private static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("horizon", "--horizon");
        OPTIONS.put("region", "--region");
        OPTIONS.put("price_date", "--price-date");
        OPTIONS.put("functions[0].memory_mb", "--memory-mb");
        OPTIONS.put("functions[0].runtime", "--runtime");
        OPTIONS.put("functions[0].duration", "--duration");
        OPTIONS.put("functions[0].arrivals.rate_per_second", "--rate");
        OPTIONS.put("functions[0].arrivals.base_rate_per_second", "--rate");
        OPTIONS.put("designs[1].instance_type", "--instance-type");
        OPTIONS.put("designs[1].pricing_plan.type", "--pricing-plan");
        OPTIONS.put("designs[1].capacity.cpu_per_request", "--cpu-per-request");
        OPTIONS.put("designs[1].capacity.target_cpu", "--target-cpu");
        OPTIONS.put("designs[1].scaling.min", "--min-instances");
        OPTIONS.put("designs[1].scaling.target", "--target-cpu");
    }

    static ObjectNode json(ObjectMapper mapper, ScenarioBreakEvenResult r) {
        ObjectNode root = mapper.createObjectNode();
        root.put("scenario", r.scenario());
        root.put("seed", r.seed());
        root.put("replications", r.replications());
        root.put("horizon", TimeSpans.format(r.horizonUs()));
        ObjectNode sweep = root.putObject("sweep");
        sweep.put("from_factor", r.options().fromFactor());
        sweep.put("to_factor", r.options().toFactor());
        sweep.put("points", r.options().points());
        sweep.put("refined", r.options().refine());
        sweep.put("relative_tolerance", r.options().relativeTolerance());
        sweep.put("simulations", r.simulations());
        ObjectNode current = root.putObject("current");
        current.put("requests_per_month", r.currentRequestsPerMonth());
        current.put("avg_rps", round(r.currentRequestsPerSecond(), 4));
        ArrayNode crossings = root.putArray("crossings");
        for (Crossing c : r.crossings()) {
            ObjectNode n = crossings.addObject();
            n.put("requests_per_month", c.requestsPerMonth());
            n.put("avg_rps", round(c.meanRequestsPerSecond(), 4));
            n.put("factor", round((double) c.requestsPerMonth() / r.currentRequestsPerMonth(), 4));
            n.put("lambda_design", c.lambdaDesign());
            n.put("lambda_usd", c.lambdaUsd());
            n.put("ec2_design", c.otherDesign());
            n.put("ec2_usd", c.otherUsd());
            ArrayNode both = n.putArray("designs");
            both.add(c.lambdaDesign());
            both.add(c.otherDesign());
            n.put("crosses", c.crosses());
            putOptional(n, "cheaper_below", c.cheaperDesignBelow().orElse(null));
            putOptional(n, "cheaper_above", c.cheaperDesignAbove().orElse(null));
            n.put("refined", c.refined());
        }
        ArrayNode curves = root.putArray("curves");
        for (DesignCurve c : r.curves()) {
            ObjectNode n = curves.addObject();
            n.put("design", c.design());
            n.put("type", c.type());
            ArrayNode pts = n.putArray("points");
            for (DesignCurve.Point p : c.points()) {
                ObjectNode pn = pts.addObject();
                pn.put("factor", round(p.factor(), 6));
                pn.put("requests_per_month", p.requestsPerMonth());
                pn.put("avg_rps", round(p.meanRequestsPerSecond(), 4));
                pn.put("usd", p.usd());
                putNumber(pn, "p99_ms", round(p.p99LatencyMs(), 3));
                putNumber(pn, "failed_share", p.failedShare());
                putNumber(pn, "cold_start_share", p.coldStartShare());
                pn.put("meets_objective", p.meetsObjective());
            }
        }
        ArrayNode pc = root.putArray("pc_breakeven");
        for (ScenarioBreakEvenResult.ProvisionedUtilisation p : r.provisioned()) {
            ObjectNode n = pc.addObject();
            n.put("design", p.design());
            n.put("architecture", p.architecture().id());
            putOptional(n, "utilization", p.utilisation().orElse(null));
            n.put("achievable", p.breakEven().achievable());
        }
        if (!r.provisioned().isEmpty()) {
            putOptional(root, "pc_breakeven_utilization", r.provisioned().get(0).utilisation().orElse(null));
        }
        ObjectNode arch = root.putObject("architecture");
        arch.put("arm64_price_ratio", r.architecture().priceRatio());
        arch.put("break_even_slowdown", r.architecture().breakEvenSlowdown());
        ArrayNode gran = root.putArray("billing_granularity");
        for (ScenarioBreakEvenResult.Granularity g : r.granularity()) {
            ObjectNode n = gran.addObject();
            n.put("design", g.design());
            n.put("mean_billed_ms_1ms", g.savings().meanBilledFineMs());
            n.put("mean_billed_ms_100ms", g.savings().meanBilledCoarseMs());
            n.put("saving_percent", g.savings().savingPercent().setScale(2, RoundingMode.HALF_UP));
            n.put("duration_usd_1ms", g.monthly().fineUsd());
            n.put("duration_usd_100ms", g.monthly().coarseUsd());
            n.put("monthly_saving_usd", g.monthly().savingUsd());
        }
        return root;
    }

    static void text(PrintWriter out, ScenarioBreakEvenResult r) {
        out.printf(Locale.ROOT, "Scenario: %s (seed %d, %d replication%s per point, horizon %s extrapolated to 730 "
                        + "hours)%n", r.scenario(), r.seed(), r.replications(), r.replications() == 1 ? "" : "s",
                TimeSpans.format(r.horizonUs()));
        out.printf(Locale.ROOT, "Current traffic: %,d requests a month (%.2f a second on average); swept %s× to %s×, "
                        + "%d simulations%n%n", r.currentRequestsPerMonth(), r.currentRequestsPerSecond(),
                factor(r.options().fromFactor()), factor(r.options().toFactor()), r.simulations());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%8s %15s %10s", "factor", "requests/month",
                "avg req/s"));
        for (DesignCurve c : r.curves()) {
            header.append(String.format(Locale.ROOT, " %20s", clip(c.design(), 20)));
        }
        out.println(header);
        int n = r.curves().get(0).points().size();
        for (int i = 0; i < n; i++) {
            DesignCurve.Point p0 = r.curves().get(0).points().get(i);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%8s %,15d %10.2f",
                    factor(p0.factor()), p0.requestsPerMonth(), p0.meanRequestsPerSecond()));
            for (DesignCurve c : r.curves()) {
                DesignCurve.Point p = c.points().get(i);
                line.append(String.format(Locale.ROOT, " %19s%s", usd(p.usd()), p.meetsObjective() ? " " : "!"));
            }
            out.println(line);
        }
        out.println("(monthly USD; ! = misses the scenario's objective at that traffic: throttles, drops or is too "
                + "slow)");
        out.println();
        if (r.crossings().isEmpty()) {
            out.println("No crossing between a Lambda design and a fleet in the swept range.");
        }
        for (Crossing c : r.crossings()) {
            out.printf(Locale.ROOT, "%s and %s cost the same at %,d requests a month (%.2f a second, %s× today): "
                            + "%s vs %s%s.%s%n", c.lambdaDesign(), c.otherDesign(), c.requestsPerMonth(),
                    c.meanRequestsPerSecond(), factor((double) c.requestsPerMonth() / r.currentRequestsPerMonth()),
                    usd(c.lambdaUsd()), usd(c.otherUsd()),
                    c.cheaperDesignBelow().map(d -> "; " + d + " is cheaper below").orElse("")
                            + c.cheaperDesignAbove().map(d -> ", " + d + " above").orElse(""),
                    c.refined() ? "" : " (read off the curves, not refined)");
        }
        out.println();
        for (ScenarioBreakEvenResult.ProvisionedUtilisation p : r.provisioned()) {
            out.printf(Locale.ROOT, "Provisioned concurrency (%s, %s) pays off when busy more than %s of the time.%n",
                    p.design(), p.architecture().id(), p.utilisation()
                            .map(u -> String.format(Locale.ROOT, "%.1f %%", u.doubleValue() * 100)).orElse("(never)"));
        }
        out.printf(Locale.ROOT, "arm64 costs %s of x86_64 per GB-second: it stays cheaper unless it runs more than "
                        + "%.3f× as long.%n", r.architecture().priceRatio().setScale(4, RoundingMode.HALF_UP)
                        .toPlainString(), r.architecture().breakEvenSlowdown().doubleValue());
        for (ScenarioBreakEvenResult.Granularity g : r.granularity()) {
            out.printf(Locale.ROOT, "%s: 1 ms billing bills %.2f ms a request on average against %.2f ms under 100 ms "
                            + "billing (%.1f %% less): %s a month at today's traffic.%n", g.design(),
                    g.savings().meanBilledFineMs().doubleValue(), g.savings().meanBilledCoarseMs().doubleValue(),
                    g.savings().savingPercent().doubleValue(), usd(g.monthly().savingUsd()));
        }
    }

    private static String factor(double f) {
        return BigDecimal.valueOf(f).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static String usd(BigDecimal v) {
        return "$" + String.format(Locale.ROOT, "%,.2f", v.setScale(2, RoundingMode.HALF_UP));
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static double round(double v, int digits) {
        if (!Double.isFinite(v)) {
            return v;
        }
        return BigDecimal.valueOf(v).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }

    private static void putNumber(ObjectNode n, String field, double v) {
        if (Double.isFinite(v)) {
            n.put(field, v);
        } else {
            n.putNull(field);
        }
    }

    private static void putOptional(ObjectNode n, String field, Object v) {
        if (v == null) {
            n.putNull(field);
        } else if (v instanceof BigDecimal b) {
            n.put(field, b);
        } else {
            n.put(field, v.toString());
        }
    }
}
