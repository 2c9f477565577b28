package io.lambdasim.app.report;

import io.lambdasim.app.about.Version;
import io.lambdasim.app.report.ReportModel.BillRow;
import io.lambdasim.app.report.ReportModel.DesignSection;
import io.lambdasim.app.report.ReportModel.Estimate;
import io.lambdasim.app.report.ReportModel.Limit;
import io.lambdasim.app.report.ReportModel.Percentile;
import io.lambdasim.app.report.ReportModel.PriceRow;
import io.lambdasim.app.report.ReportModel.Series;
import io.lambdasim.model.breakeven.Crossing;
import io.lambdasim.model.breakeven.DesignCurve;
import io.lambdasim.model.breakeven.ScenarioBreakEven;
import io.lambdasim.model.breakeven.ScenarioBreakEvenResult;
import io.lambdasim.model.breakeven.SweepOptions;
import io.lambdasim.model.recommend.Evaluation;
import io.lambdasim.model.recommend.MemoryPoint;
import io.lambdasim.model.recommend.MemoryRecommendation;
import io.lambdasim.model.recommend.PcCandidate;
import io.lambdasim.model.recommend.PcRecommendation;
import io.lambdasim.model.recommend.RecommendOptions;
import io.lambdasim.model.recommend.Recommendation;
import io.lambdasim.model.recommend.Recommender;
import io.lambdasim.model.scenario.TraceSource;
import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.TraceInfo;
import java.io.IOException;
import java.math.RoundingMode;
import java.time.Instant;
import io.lambdasim.model.billing.Bill;
import io.lambdasim.model.billing.BillLine;
import io.lambdasim.model.billing.BillingEngine;
import io.lambdasim.model.capacity.ConfidenceInterval;
import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.capacity.LatencySummary;
import io.lambdasim.model.capacity.RunResult;
import io.lambdasim.model.capacity.SimulationSpec;
import io.lambdasim.model.capacity.TimeSeries;
import io.lambdasim.model.compare.Comparison;
import io.lambdasim.model.compare.CostLine;
import io.lambdasim.model.compare.DesignComparison;
import io.lambdasim.model.compare.DesignResult;
import io.lambdasim.model.compare.MonthlyExtrapolation;
import io.lambdasim.model.ec2.FleetBill;
import io.lambdasim.model.ec2.FleetCostLine;
import io.lambdasim.model.ec2.FleetPrices;
import io.lambdasim.model.ec2.FleetResult;
import io.lambdasim.model.ec2.FleetTimeSeries;
import io.lambdasim.model.scenario.Design;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.ArchitectureRates;
import io.lambdasim.pricedata.BillingRules;
import io.lambdasim.pricedata.PriceEdition;
import io.lambdasim.pricedata.Rate;
import io.lambdasim.pricedata.Tier;
import io.lambdasim.workload.distribution.DurationDistribution;
import io.lambdasim.workload.time.TimeSpans;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Builds a {@link ReportModel} from a scenario: each design evaluated once ({@link DesignComparison#evaluateDetailed},
 * which keeps the first replication's run for the charts and every replication's figures for confidence intervals)
 * and judged as {@code lambdasim compare} judges it; then the scenario-level break-even ({@link ScenarioBreakEven}) and
 * the recommendations of each function ({@link Recommender}), unless {@link ReportOptions} leaves them out.
 *
 * <p>The bill printed for a design is the first replication's usage priced again with its unit prices; the builder
 * checks it line by line against the comparison's and refuses to build a report that would disagree with
 * {@code lambdasim compare}.
 */
public final class ReportModelBuilder {

    private static final double[] PERCENTILES = {0.5, 0.9, 0.99, 0.999};
    /** Progress: the comparison ends here, the break-even here, the recommendations take the rest. */
    private static final double COMPARED = 0.3;
    private static final double BROKEN_EVEN = 0.75;

    private final Scenario scenario;
    private final LocalDate reportDate;
    private final int threads;
    private final ReportProgress progress;
    private final ReportOptions options;

    private ReportModelBuilder(Scenario scenario, LocalDate reportDate, int threads, ReportProgress progress,
                               ReportOptions options) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread, was " + threads);
        }
        this.scenario = scenario;
        this.reportDate = reportDate;
        this.threads = threads;
        this.progress = progress;
        this.options = options;
    }

    /**
     * The full report of {@code scenario} dated {@code reportDate}, simulations on {@code threads} threads.
     *
     * @throws ReportCancelledException if {@code progress} asks to stop
     */
    public static ReportModel build(Scenario scenario, LocalDate reportDate, int threads, ReportProgress progress) {
        return build(scenario, reportDate, threads, progress, ReportOptions.ALL);
    }

    /**
     * The report of {@code scenario} with the analyses {@code options} asks for.
     *
     * @throws ReportCancelledException if {@code progress} asks to stop
     */
    public static ReportModel build(Scenario scenario, LocalDate reportDate, int threads, ReportProgress progress,
                                    ReportOptions options) {
        return new ReportModelBuilder(scenario, reportDate, threads, progress, options).build();
    }

    private ReportModel build() {
        step(0.0, "simulating the designs");
        List<Design> designs = scenario.designs();
        boolean fleets = designs.stream().anyMatch(d -> d instanceof Design.Fleet);
        FleetPrices prices = fleets ? DesignComparison.bundledPrices(scenario)
                : new FleetPrices(Optional.empty(), Optional.empty());
        DesignComparison engine = new DesignComparison(prices);
        List<DesignComparison.Evaluation> evaluations = new ArrayList<>();
        if (designs.isEmpty()) {
            evaluations.add(engine.evaluateAsConfigured(scenario, threads));
        }
        for (int i = 0; i < designs.size(); i++) {
            step(COMPARED * i / designs.size(), "simulating design " + designs.get(i).name());
            evaluations.add(engine.evaluateDetailed(scenario, designs.get(i), threads));
        }
        Comparison comparison = DesignComparison.judge(scenario, evaluations.stream()
                .map(DesignComparison.Evaluation::result).toList());
        List<DesignSection> sections = new ArrayList<>();
        Map<String, Series> arrivals = new LinkedHashMap<>();
        List<FleetCostLine> fleetLines = new ArrayList<>();
        for (int i = 0; i < evaluations.size(); i++) {
            DesignResult row = comparison.designs().get(i);
            DesignComparison.Evaluation e = evaluations.get(i);
            if (designs.isEmpty()) {
                sections.add(lambda(row, e, scenario.spec(), arrivals, "all functions"));
            } else if (designs.get(i) instanceof Design.Lambda l) {
                sections.add(lambda(row, e, scenario.spec().withFunctions(List.of(l.variant())), arrivals,
                        l.function()));
            } else {
                sections.add(fleet(row, e, (Design.Fleet) designs.get(i), arrivals, fleetLines));
            }
        }
        ReportModel.Analysis<ReportModel.BreakEven> breakEven = breakEven(prices);
        ReportModel.Analysis<List<ReportModel.FunctionRecommendations>> recommendations = recommendations();
        step(0.98, "writing the method and the price table");
        ReportModel model = new ReportModel(title(), comparison, workloads(arrivals), sections, breakEven,
                recommendations, main(recommendations), method(), prices(fleetLines));
        step(1.0, "done");
        return model;
    }

    private void step(double fraction, String what) {
        if (progress.cancelled()) {
            throw new ReportCancelledException();
        }
        progress.progress(fraction, what);
    }

    private ReportModel.Title title() {
        SimulationSpec spec = scenario.spec();
        return new ReportModel.Title(scenario.name(), scenario.description(), reportDate, scenario.region(),
                spec.edition().id(), spec.edition().effectiveDate(), scenario.priceDate(), scenario.seed(),
                scenario.replications(), TimeSpans.format(spec.horizonUs()), TimeSpans.format(spec.warmupUs()),
                Version.get());
    }

    // ---------------------------------------------------------------- designs

    private DesignSection lambda(DesignResult row, DesignComparison.Evaluation e, SimulationSpec spec,
                                 Map<String, Series> arrivals, String function) {
        RunResult r0 = e.lambdaRun().orElseThrow();
        Bill first = new BillingEngine().bill(MonthlyExtrapolation.lambdaUsage(r0.usage(), spec.horizonUs()),
                spec.edition(), spec.billing());
        List<BillRow> bill = new ArrayList<>();
        for (BillLine l : first.lines()) {
            bill.add(new BillRow(l.item(), l.quantity(), l.unit(), l.unitPriceUsd().toPlainString() + " per "
                    + singular(l.unit()), l.usd()));
        }
        checkSameBill(row, bill);
        TimeSeries ts = r0.timeSeries();
        double binHours = ts.binUs() / 3.6e9;
        arrivals.putIfAbsent(function, new Series(function, binHours, perSecond(ts.invocations(), ts.binUs())));
        List<Series> concurrency = List.of(
                new Series("peak concurrency in the bin", binHours, toDouble(ts.maxConcurrency())),
                new Series("mean concurrency", binHours, ts.meanConcurrency()),
                new Series("environments (busy and idle)", binHours, ts.meanEnvironments()));
        List<Limit> limits = new ArrayList<>();
        limits.add(new Limit("account concurrency limit", spec.account().concurrencyLimit()));
        List<String[]> config = new ArrayList<>();
        for (FunctionSpec f : spec.functions()) {
            String p = spec.functions().size() == 1 ? "" : f.name() + ": ";
            config.add(new String[] {p + "memory", String.format(Locale.ROOT, "%,d MB", f.memoryMb())});
            config.add(new String[] {p + "architecture", f.architecture().id()});
            config.add(new String[] {p + "runtime", f.runtime() + " (" + f.packaging().toString().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + ")"});
            config.add(new String[] {p + "timeout", TimeSpans.format(f.timeoutUs())});
            config.add(new String[] {p + "ephemeral storage", f.ephemeralMb() + " MB"});
            config.add(new String[] {p + "INIT duration", f.init().spec()});
            config.add(new String[] {p + "keep-alive of idle environments", f.keepAlive().spec()});
            if (f.hasReservedConcurrency()) {
                config.add(new String[] {p + "reserved concurrency", Integer.toString(f.reservedConcurrency())});
                limits.add(new Limit(f.name() + " reserved concurrency", f.reservedConcurrency()));
            }
            int pcMax = 0;
            for (int i = 0; i < f.provisioned().stepCount(); i++) {
                pcMax = Math.max(pcMax, f.provisioned().stepLevel(i));
            }
            config.add(new String[] {p + "provisioned concurrency", pcMax == 0 ? "none" : "up to " + pcMax});
            if (pcMax > 0) {
                limits.add(new Limit(f.name() + " provisioned concurrency (peak)", pcMax));
            }
        }
        config.add(new String[] {"account concurrency limit", String.format(Locale.ROOT, "%,d",
                spec.account().concurrencyLimit())});
        List<DesignComparison.Replication> reps = e.replications();
        List<Estimate> estimates = new ArrayList<>();
        if (reps.size() > 1) {
            estimates.add(estimate("monthly cost", reps, x -> x.monthlyUsd().doubleValue(), "USD"));
            estimates.add(estimate("cold-start probability", reps, DesignComparison.Replication::coldStartShare,
                    "share"));
            estimates.add(estimate("throttle probability", reps, DesignComparison.Replication::failedShare,
                    "share"));
            estimates.add(estimate("p99 latency", reps, x -> x.latency().p99Ms(), "ms"));
        }
        return new DesignSection(row.name(), row.type(), row.description(), config, row.monthlyCostUsd(), bill,
                sum(bill), row.coldStartProbability(), row.failedShare(), "throttled", latency(reps),
                row.meetsObjective(), row.reason(), concurrency, limits, "concurrent executions",
                new Series("cold starts", binHours, toDouble(ts.coldStarts())), "cold starts per "
                + TimeSpans.format(ts.binUs()), estimates, row.warnings());
    }

    private DesignSection fleet(DesignResult row, DesignComparison.Evaluation e, Design.Fleet d,
                                Map<String, Series> arrivals, List<FleetCostLine> fleetLines) {
        FleetResult r0 = e.fleetRun().orElseThrow();
        FleetBill first = MonthlyExtrapolation.fleetBill(r0.bill(), scenario.horizonUs());
        List<BillRow> bill = new ArrayList<>();
        for (FleetCostLine l : first.lines()) {
            String per = l.unitsPerPrice().compareTo(BigDecimal.ONE) == 0 ? ""
                    : " (" + l.unitsPerPrice().stripTrailingZeros().toPlainString() + " " + l.unit() + ")";
            bill.add(new BillRow(l.item(), l.quantity(), l.unit(), l.unitPriceUsd().toPlainString() + " per "
                    + l.priceUnit() + per, l.usd()));
            fleetLines.add(l);
        }
        checkSameBill(row, bill);
        FleetTimeSeries ts = r0.timeSeries();
        double binHours = ts.binUs() / 3.6e9;
        arrivals.putIfAbsent(d.function(), new Series(d.function(), binHours, perSecond(ts.arrivals(), ts.binUs())));
        double[] slots = ts.meanServing().clone();
        for (int i = 0; i < slots.length; i++) {
            slots[i] *= r0.slotsPerUnit();
        }
        List<Series> concurrency = List.of(new Series("busy slots (requests in service)", binHours,
                ts.meanBusySlots()), new Series("slots of units in service", binHours, slots),
                new Series("requests waiting", binHours, ts.meanQueue()));
        List<Limit> limits = List.of(new Limit("slots at the maximum size", (double) d.fleet().scaling().maximum()
                * r0.slotsPerUnit()));
        List<String[]> config = new ArrayList<>();
        config.add(new String[] {"compute", d.fleet().compute().describe()});
        config.add(new String[] {"capacity", d.fleet().capacity().describe()});
        config.add(new String[] {"slots per unit", Integer.toString(r0.slotsPerUnit())});
        config.add(new String[] {"scaling", "from " + d.fleet().scaling().minimum() + " to "
                + d.fleet().scaling().maximum() + " units"});
        config.add(new String[] {"boot time", TimeSpans.format(d.fleet().bootUs())});
        config.add(new String[] {"queue limit", d.fleet().queueLimit() == Integer.MAX_VALUE ? "none"
                : String.format(Locale.ROOT, "%,d requests", d.fleet().queueLimit())});
        config.add(new String[] {"request timeout", d.fleet().requestTimeoutUs() == 0 ? "none"
                : TimeSpans.format(d.fleet().requestTimeoutUs())});
        config.add(new String[] {"front door", d.fleet().frontDoor().describe()});
        List<DesignComparison.Replication> reps = e.replications();
        List<Estimate> estimates = new ArrayList<>();
        if (reps.size() > 1) {
            estimates.add(estimate("monthly cost", reps, x -> x.monthlyUsd().doubleValue(), "USD"));
            estimates.add(estimate("unserved share", reps, DesignComparison.Replication::failedShare, "share"));
            estimates.add(estimate("p99 latency", reps, x -> x.latency().p99Ms(), "ms"));
        }
        return new DesignSection(row.name(), row.type(), row.description(), config, row.monthlyCostUsd(), bill,
                sum(bill), Double.NaN, row.failedShare(), "not served", latency(reps), row.meetsObjective(),
                row.reason(), concurrency, limits, "slots", new Series("units billed", binHours, ts.meanUnits()),
                "units billed (mean in the bin)", estimates, row.warnings());
    }

    /** The report's lines must be the comparison's (same run, same seed): anything else is a bug, never printed. */
    private static void checkSameBill(DesignResult row, List<BillRow> bill) {
        List<CostLine> expected = row.monthlyLines();
        boolean same = expected.size() == bill.size();
        for (int i = 0; same && i < bill.size(); i++) {
            same = expected.get(i).item().equals(bill.get(i).item())
                    && expected.get(i).usd().compareTo(bill.get(i).usd()) == 0;
        }
        if (!same) {
            throw new IllegalStateException("design '" + row.name() + "': the report's bill differs from the "
                    + "comparison's");
        }
    }

    private static BigDecimal sum(List<BillRow> bill) {
        return bill.stream().map(BillRow::usd).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static List<Percentile> latency(List<DesignComparison.Replication> reps) {
        List<LatencySummary> runs = reps.stream().map(DesignComparison.Replication::latency).toList();
        return List.of(new Percentile("mean", mean(runs, LatencySummary::meanMs)),
                new Percentile("p50", mean(runs, LatencySummary::p50Ms)),
                new Percentile("p90", mean(runs, LatencySummary::p90Ms)),
                new Percentile("p99", mean(runs, LatencySummary::p99Ms)),
                new Percentile("p99.9", mean(runs, LatencySummary::p999Ms)),
                new Percentile("max", mean(runs, LatencySummary::maxMs)));
    }

    private static <T> double mean(List<T> runs, ToDoubleFunction<T> f) {
        return runs.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    private static Estimate estimate(String name, List<Double> values, String unit) {
        ConfidenceInterval ci = ConfidenceInterval.of(values);
        return new Estimate(name, ci.mean(), ci.ci95HalfWidth(), unit);
    }

    private static <T> Estimate estimate(String name, List<T> runs, ToDoubleFunction<T> f, String unit) {
        return estimate(name, runs.stream().map(r -> f.applyAsDouble(r)).toList(), unit);
    }

    private static double[] perSecond(long[] counts, long binUs) {
        double[] out = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            out[i] = counts[i] / (binUs / 1e6);
        }
        return out;
    }

    private static double[] toDouble(long[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }

    private static double[] toDouble(int[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }

    private static String singular(String unit) {
        return unit.equals("requests") ? "request" : unit;
    }

    // ---------------------------------------------------------------- workload

    private List<ReportModel.Workload> workloads(Map<String, Series> arrivals) {
        List<ReportModel.Workload> out = new ArrayList<>();
        for (FunctionSpec f : scenario.spec().functions()) {
            Series s = arrivals.getOrDefault(f.name(), arrivals.get("all functions"));
            DurationDistribution d = f.duration();
            List<Percentile> pct = new ArrayList<>();
            pct.add(new Percentile("mean", d.meanUs() / 1000));
            for (double p : PERCENTILES) {
                pct.add(new Percentile(label(p), d.quantileUs(p) / 1000));
            }
            out.add(new ReportModel.Workload(f.name(), f.workload().describe(), f.workload().meanRatePerSecond(),
                    d.spec(), pct, s == null ? Double.NaN : s.binHours() * 3600,
                    s == null ? new double[0] : s.values(), trace(f)));
        }
        return out;
    }

    /**
     * What the report says of a function's imported trace: the file, its time span and size, and what its import
     * rejected when the scenario imported it; empty for generated traffic. A trace that cannot be read again is
     * said so in one row rather than failing the report.
     */
    static List<String[]> trace(FunctionSpec f) {
        Optional<TraceSource> source = TraceSource.of(f.workload());
        if (source.isEmpty()) {
            return List.of();
        }
        TraceSource t = source.get();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"file", t.file() + " (function " + t.function() + ")"});
        try {
            TraceInfo info = TraceInfo.of(t.trace());
            rows.add(new String[] {"time span", Instant.ofEpochSecond(0, info.firstStartUs() * 1000).toString()
                    + " to " + Instant.ofEpochSecond(0, info.endUs() * 1000) + " ("
                    + TimeSpans.format(Math.max(0, info.endUs() - info.firstStartUs())) + ")"});
            long own = info.functions().stream().filter(x -> x.name().equals(t.function()))
                    .mapToLong(TraceInfo.FunctionSummary::invocations).sum();
            rows.add(new String[] {"records", String.format(Locale.ROOT, "%,d %s, %,d invocations, %,d of them of "
                    + "%s", info.records(), info.kind().toString().toLowerCase(Locale.ROOT).replace('_', ' '),
                    info.invocations(), own, t.function())});
        } catch (IOException | RuntimeException e) {
            rows.add(new String[] {"time span", "cannot be read again: " + e.getMessage()});
        }
        if (t.imported().isEmpty()) {
            rows.add(new String[] {"rejected", "not recorded: the file is a LambdaSim trace, imported earlier "
                    + "(lambdasim import listed what it rejected)"});
        } else {
            ImportReport r = t.imported().get();
            rows.add(new String[] {"imported", String.format(Locale.ROOT, "as the scenario was read (%s): %,d "
                    + "accepted, %,d rejected, %,d duplicates, %,d warnings", r.format(), r.acceptedCount(),
                    r.rejectedCount(), r.duplicates(), r.warningCount())});
            r.rejections().stream().limit(5).forEach(x -> rows.add(new String[] {"rejected", x.toString()}));
            if (r.rejectedCount() > 5) {
                rows.add(new String[] {"rejected", String.format(Locale.ROOT, "... and %,d more",
                        r.rejectedCount() - 5)});
            }
        }
        return rows;
    }

    private static String label(double p) {
        String s = BigDecimal.valueOf(p * 100).stripTrailingZeros().toPlainString();
        return "p" + s;
    }

    // ---------------------------------------------------------------- break-even

    /**
     * The scenario-level break-even, with the comparison's fleet prices; skipped, with the reason printed, when the
     * options leave it out or the scenario has no Lambda design and fleet to compare.
     */
    private ReportModel.Analysis<ReportModel.BreakEven> breakEven(FleetPrices prices) {
        if (!options.breakEven()) {
            return ReportModel.Analysis.skipped("Left out of this report (--no-breakeven): run lambdasim breakeven "
                    + "on the scenario for the cost curves over scaled traffic and where they cross.");
        }
        List<Design> designs = scenario.designs();
        if (designs.isEmpty()) {
            return ReportModel.Analysis.skipped("The scenario has no designs, so there is nothing to break even: a "
                    + "break-even compares a Lambda design with a fleet serving the same traffic (add a \"designs\" "
                    + "list, docs/scenario-format.md).");
        }
        if (designs.stream().noneMatch(d -> d instanceof Design.Fleet)
                || designs.stream().noneMatch(d -> d instanceof Design.Lambda)) {
            return ReportModel.Analysis.skipped("The scenario has no " + (designs.stream().noneMatch(d -> d
                    instanceof Design.Fleet) ? "EC2 or Fargate fleet" : "Lambda design") + " among its designs, so "
                    + "there is no Lambda-against-fleet break-even to find (docs/breakeven.md).");
        }
        step(COMPARED, "break-even: sweeping scaled traffic");
        ScenarioBreakEvenResult r = new ScenarioBreakEven(prices).analyse(scenario, SweepOptions.DEFAULT, threads,
                (done, planned) -> step(COMPARED + (BROKEN_EVEN - COMPARED) * Math.min(1.0, (double) done
                        / Math.max(1, planned)), "break-even: " + done + " of " + planned + " simulations"));
        List<ReportModel.CostCurve> curves = new ArrayList<>();
        for (DesignCurve c : r.curves()) {
            int n = c.points().size();
            long[] volume = new long[n];
            double[] usd = new double[n];
            boolean[] meets = new boolean[n];
            for (int i = 0; i < n; i++) {
                DesignCurve.Point p = c.points().get(i);
                volume[i] = p.requestsPerMonth();
                usd[i] = p.usd().doubleValue();
                meets[i] = p.meetsObjective();
            }
            curves.add(new ReportModel.CostCurve(c.design(), c.type(), volume, usd, meets));
        }
        List<ReportModel.CrossingRow> crossings = new ArrayList<>();
        for (Crossing c : r.crossings()) {
            String cheaper = c.cheaperDesignBelow().map(d -> d + " below").orElse("equal below")
                    + ", " + c.cheaperDesignAbove().map(d -> d + " above").orElse("equal above");
            crossings.add(new ReportModel.CrossingRow(c.lambdaDesign(), c.otherDesign(), c.requestsPerMonth(),
                    c.meanRequestsPerSecond(), (double) c.requestsPerMonth() / r.currentRequestsPerMonth(),
                    c.lambdaUsd(), c.otherUsd(), cheaper, c.refined()));
        }
        List<String> closed = new ArrayList<>();
        for (ScenarioBreakEvenResult.ProvisionedUtilisation p : r.provisioned()) {
            closed.add(p.utilisation().map(u -> String.format(Locale.ROOT, "Provisioned concurrency for %s (%s) "
                    + "costs less than on-demand when its environments are busy more than %.1f %% of the time "
                    + "(INIT not counted).", p.design(), p.architecture().id(), u.doubleValue() * 100))
                    .orElse("Provisioned concurrency for " + p.design() + " (" + p.architecture().id() + ") never "
                            + "costs less than on-demand at these prices."));
        }
        closed.add(String.format(Locale.ROOT, "arm64 costs %s of x86_64 per GB-second: it stays cheaper unless a "
                        + "request runs more than %.3f× as long on it.",
                r.architecture().priceRatio().setScale(4, RoundingMode.HALF_UP).toPlainString(),
                r.architecture().breakEvenSlowdown().doubleValue()));
        for (ScenarioBreakEvenResult.Granularity g : r.granularity()) {
            closed.add(String.format(Locale.ROOT, "%s: 1 ms billing bills %.2f ms a request on average against "
                            + "%.2f ms under the former 100 ms rounding (%.1f %% less), %s a month less at today's "
                            + "traffic.", g.design(), g.savings().meanBilledFineMs().doubleValue(),
                    g.savings().meanBilledCoarseMs().doubleValue(), g.savings().savingPercent().doubleValue(),
                    PdfReportWriter.usd(g.monthly().savingUsd())));
        }
        String sweep = String.format(Locale.ROOT, "%s× to %s× today's traffic at %d volumes (log-spaced), "
                        + "%d simulations of %d replication%s each%s", plain(r.options().fromFactor()),
                plain(r.options().toFactor()), r.options().points(), r.simulations(), r.replications(),
                r.replications() == 1 ? "" : "s", r.options().refine() ? ", crossings located again by "
                        + "re-simulating both designs" : "");
        return ReportModel.Analysis.of(new ReportModel.BreakEven(r.currentRequestsPerMonth(),
                r.currentRequestsPerSecond(), sweep, curves, crossings, closed));
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    // ---------------------------------------------------------------- recommendations

    /** The memory and provisioned-concurrency recommendations of every function, as lambdasim recommend gives them. */
    private ReportModel.Analysis<List<ReportModel.FunctionRecommendations>> recommendations() {
        if (!options.recommendations()) {
            return ReportModel.Analysis.skipped("Left out of this report (--no-recommend): run lambdasim recommend "
                    + "on the scenario for the memory and provisioned-concurrency recommendations.");
        }
        List<FunctionSpec> functions = scenario.spec().functions();
        List<ReportModel.FunctionRecommendations> out = new ArrayList<>();
        for (int i = 0; i < functions.size(); i++) {
            FunctionSpec f = functions.get(i);
            step(BROKEN_EVEN + (0.97 - BROKEN_EVEN) * i / functions.size(), "recommendations for function "
                    + f.name());
            Recommendation r = Recommender.recommend(scenario, RecommendOptions.DEFAULT.withFunction(f.name()),
                    threads);
            out.add(recommendations(r));
        }
        return ReportModel.Analysis.of(out);
    }

    private static ReportModel.FunctionRecommendations recommendations(Recommendation r) {
        MemoryRecommendation m = r.memory();
        List<ReportModel.MemoryRow> curve = new ArrayList<>();
        for (MemoryPoint p : m.curve()) {
            Evaluation e = p.evaluation();
            curve.add(new ReportModel.MemoryRow(p.memoryMb(), e.meanLatencyMs(), e.p99LatencyMs(),
                    e.coldStartShare(), e.monthlyCostUsd(), p.current(), p.memoryMb() == m.recommendedMemoryMb(),
                    p.meetsObjective()));
        }
        String settings = String.format(Locale.ROOT, "%s of each duration is CPU work at %,d MB, the rest waiting; "
                        + "the handler keeps %d thread%s busy", plain(m.settings().cpuShare()), m.currentMemoryMb(),
                m.settings().handlerThreads(), m.settings().handlerThreads() == 1 ? "" : "s");
        ReportModel.Analysis<ReportModel.PcSummary> pc;
        if (r.pc().isEmpty()) {
            pc = ReportModel.Analysis.skipped("No provisioned-concurrency recommendation: the scenario's objective "
                    + "sets no cold-start share (objective.max_cold_start_share).");
        } else {
            PcRecommendation p = r.pc().get();
            Optional<PcCandidate> best = p.recommended();
            pc = ReportModel.Analysis.of(new ReportModel.PcSummary(p.memoryMb(), p.maxColdStartShare(),
                    p.current().coldStartShare(), p.current().monthlyCostUsd(),
                    best.map(c -> c.plan().describe()), best.map(c -> c.evaluation().coldStartShare())
                    .orElse(Double.NaN), best.map(c -> c.evaluation().monthlyCostUsd())
                    .orElse(p.current().monthlyCostUsd()), p.savingUsd(), p.reason()));
        }
        return new ReportModel.FunctionRecommendations(r.function(), settings, curve, m.currentMemoryMb(),
                m.recommendedMemoryMb(), m.currentMonthlyUsd(), m.recommendedMonthlyUsd(), m.savingUsd(), m.reason(),
                pc);
    }

    /**
     * The main recommendation: of every function's memory and provisioned-concurrency recommendations, the one that
     * saves most a month; none when none saves anything.
     */
    static Optional<ReportModel.MainRecommendation> main(
            ReportModel.Analysis<List<ReportModel.FunctionRecommendations>> recommendations) {
        ReportModel.MainRecommendation best = null;
        for (ReportModel.FunctionRecommendations f : recommendations.result().orElse(List.of())) {
            if (f.recommendedMb() != f.currentMb() && f.memorySavingUsd().signum() > 0
                    && (best == null || f.memorySavingUsd().compareTo(best.monthlySavingUsd()) > 0)) {
                best = new ReportModel.MainRecommendation(String.format(Locale.ROOT, "Give function %s %,d MB of "
                        + "memory instead of %,d MB: %s", f.function(), f.recommendedMb(), f.currentMb(),
                        f.memoryReason()), f.memorySavingUsd());
            }
            if (f.pc().result().isPresent()) {
                ReportModel.PcSummary p = f.pc().result().get();
                if (p.recommendedPlan().isPresent() && p.savingUsd().signum() > 0
                        && (best == null || p.savingUsd().compareTo(best.monthlySavingUsd()) > 0)) {
                    best = new ReportModel.MainRecommendation("Give function " + f.function() + " provisioned "
                            + "concurrency " + p.recommendedPlan().get() + ": " + p.reason(), p.savingUsd());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    // ---------------------------------------------------------------- method and prices

    private ReportModel.Method method() {
        SimulationSpec spec = scenario.spec();
        BillingRules rules = spec.edition().rules();
        List<String> r = new ArrayList<>();
        r.add("Price edition " + spec.edition().id() + ", in force from " + spec.edition().effectiveDate()
                + ", chosen for the price date " + scenario.priceDate() + ".");
        r.add("Each invocation's duration is rounded up to " + rules.durationGranularityMs() + " ms.");
        r.add(switch (rules.initBilling()) {
            case ALWAYS -> "The INIT phase of every on-demand cold start is billed as duration.";
            case CUSTOM_RUNTIME_AND_CONTAINER_IMAGE_ONLY -> "The INIT phase is billed only for custom runtimes and "
                    + "container images; ZIP functions on managed runtimes do not pay for it.";
            case NEVER -> "The INIT phase is not billed (a what-if rule).";
        });
        r.add("Provisioned concurrency is billed per enabled window rounded up to " + rules.pcWindowRoundingMinutes()
                + " minutes.");
        r.add(spec.billing().freeTier()
                ? "The monthly free tier (" + String.format(Locale.ROOT, "%,d requests and %,d GB-s",
                spec.edition().freeTier().requests(), spec.edition().freeTier().gbSeconds())
                + ") is applied, shared by all architectures, on-demand duration only."
                : "The free tier is not applied (an account that spends it elsewhere).");
        r.add("Every bill line is rounded once, half up, to the cent; a bill's total is the sum of its rounded lines.");
        r.add("A month is 730 hours: the simulated usage is scaled by 730 h / " + TimeSpans.format(spec.horizonUs())
                + " and priced again, so volume tiers and the free tier apply to the month.");
        List<String> includes = List.of(
                "Lambda: requests, on-demand and provisioned duration, provisioned concurrency, ephemeral storage "
                        + "above 512 MB, SnapStart; cold starts with INIT times, keep-alive and maximum lifetime of "
                        + "idle environments, the account's concurrency limit and reserved concurrency, the scaling "
                        + "rate, throttling and asynchronous retries, timeouts.",
                "EC2 and Fargate fleets: per-second billing with a 60-second minimum, boot time, target-tracking "
                        + "autoscaling with cooldown, a FIFO queue with a limit and a timeout, ALB and API Gateway.");
        List<String> leavesOut = List.of(
                "EBS volumes, data transfer, public IPv4 addresses, NAT gateways, CloudWatch, ECS/EKS control planes.",
                "API Gateway in front of Lambda designs, unless a design lists it.",
                "Reserved Instances and Savings Plans are priced on the seconds used: the optimistic case.",
                "Taxes, support plans and credits.");
        List<String> assumptions = new ArrayList<>();
        for (FunctionSpec f : spec.functions()) {
            assumptions.add("Function " + f.name() + ": idle environments are kept alive for " + f.keepAlive().spec()
                    + (f.maxLifetimeUs() > 0 ? ", and reclaimed after at most " + TimeSpans.format(f.maxLifetimeUs())
                    : "") + "; AWS does not publish its keep-alive policy, so this is an assumption.");
        }
        assumptions.add(scenario.replications() == 1
                ? "One replication was run: figures are single estimates, without confidence intervals."
                : scenario.replications() + " independent replications were run: figures are their means; the "
                + "design sections give 95 % confidence half-widths (Student t). Bill lines are the first "
                + "replication's.");
        assumptions.add("All designs see the same requests with the same durations (common random numbers, seed "
                + scenario.seed() + "): differences come from the designs, not from noise.");
        return new ReportModel.Method(r, includes, leavesOut, assumptions);
    }

    private List<PriceRow> prices(List<FleetCostLine> fleetLines) {
        PriceEdition e = scenario.spec().edition();
        List<PriceRow> out = new ArrayList<>();
        out.add(row("Lambda requests", e.requests()));
        for (Architecture a : Architecture.values()) {
            if (!e.offers(a)) {
                continue;
            }
            ArchitectureRates ar = e.rates(a);
            for (Tier t : ar.duration().tiers()) {
                String range = t.to().isPresent()
                        ? String.format(Locale.ROOT, "%,d to %,d GB-s", t.from(), t.to().getAsLong())
                        : String.format(Locale.ROOT, "above %,d GB-s", t.from());
                out.add(row("Duration, " + a.id() + ", " + range, t.rate()));
            }
            ar.provisionedConcurrency().ifPresent(rate -> out.add(row("Provisioned concurrency, " + a.id(), rate)));
            ar.provisionedDuration().ifPresent(rate -> out.add(row("Provisioned duration, " + a.id(), rate)));
        }
        e.ephemeralStorage().ifPresent(rate -> out.add(row("Ephemeral storage above 512 MB", rate)));
        e.snapStartCache().ifPresent(rate -> out.add(row("SnapStart cache", rate)));
        e.snapStartRestore().ifPresent(rate -> out.add(row("SnapStart restore", rate)));
        out.add(new PriceRow("Free tier", String.format(Locale.ROOT, "%,d requests and %,d GB-s a month",
                e.freeTier().requests(), e.freeTier().gbSeconds()), e.freeTier().source().toString(),
                e.freeTier().verified()));
        out.add(new PriceRow("Billing rules", e.rules().durationGranularityMs() + " ms rounding, INIT "
                + e.rules().initBilling().toString().toLowerCase(Locale.ROOT).replace('_', ' '),
                e.rules().source().toString(), e.rules().verified()));
        Map<String, PriceRow> fleet = new LinkedHashMap<>();
        for (FleetCostLine l : fleetLines) {
            fleet.putIfAbsent(l.item(), new PriceRow(l.item(), "$" + l.unitPriceUsd().toPlainString() + " per "
                    + l.priceUnit(), l.priceSource(), l.verified()));
        }
        out.addAll(fleet.values());
        return out;
    }

    private static PriceRow row(String item, Rate rate) {
        return new PriceRow(item, "$" + rate.usdPerUnit().toPlainString() + " per " + rate.unit(),
                rate.source().toString(), rate.verified());
    }
}
