package io.lambdasim.app.report;

import io.lambdasim.model.breakeven.Crossing;
import io.lambdasim.model.breakeven.DesignCurve;
import io.lambdasim.model.breakeven.ScenarioBreakEven;
import io.lambdasim.model.breakeven.ScenarioBreakEvenResult;
import io.lambdasim.model.breakeven.SweepOptions;
import io.lambdasim.model.recommend.MemoryPoint;
import io.lambdasim.model.recommend.MemoryRecommendation;
import io.lambdasim.model.recommend.PcRecommendation;
import io.lambdasim.model.recommend.RecommendOptions;
import io.lambdasim.model.recommend.Recommendation;
import io.lambdasim.model.recommend.Recommender;
import io.lambdasim.app.about.Version;
import io.lambdasim.app.report.ReportModel.BillRow;
import io.lambdasim.app.report.ReportModel.DesignSection;
import io.lambdasim.app.report.ReportModel.Estimate;
import io.lambdasim.app.report.ReportModel.Limit;
import io.lambdasim.app.report.ReportModel.Percentile;
import io.lambdasim.app.report.ReportModel.PriceRow;
import io.lambdasim.app.report.ReportModel.Series;
import io.lambdasim.model.billing.Bill;
import io.lambdasim.model.billing.BillLine;
import io.lambdasim.model.billing.BillingEngine;
import io.lambdasim.model.capacity.ConfidenceInterval;
import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.capacity.LatencySummary;
import io.lambdasim.model.capacity.RunResult;
import io.lambdasim.model.capacity.SimulationRunner;
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
import io.lambdasim.model.ec2.FleetSimulation;
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
 * Builds a {@link ReportModel} from a scenario: the comparison of its designs ({@link DesignComparison}), then each
 * design run again, replication by replication, for what the comparison does not keep (time series, bill lines with
 * their unit prices, confidence intervals). The runs are deterministic, so the second runs' bills are the
 * comparison's; the builder checks it line by line and refuses to build a report that would disagree with
 * {@code lambdasim compare}.
 */
public final class ReportModelBuilder {

    private static final double[] PERCENTILES = {0.5, 0.9, 0.99, 0.999};

    private final Scenario scenario;
    private final LocalDate reportDate;
    private final int threads;
    /** Whether the break-even and the recommendations are computed (seconds of simulation). */
    private final boolean analyses;
    private final ReportProgress progress;

    private ReportModelBuilder(Scenario scenario, LocalDate reportDate, int threads, ReportProgress progress,
                               boolean analyses) {
        this.analyses = analyses;
        this.scenario = scenario;
        this.reportDate = reportDate;
        this.threads = threads;
        this.progress = progress;
    }

    /**
     * The report of {@code scenario} dated {@code reportDate}, simulations on {@code threads} threads.
     *
     * @throws ReportCancelledException if {@code progress} asks to stop
     */
    public static ReportModel build(Scenario scenario, LocalDate reportDate, int threads, ReportProgress progress) {
        return build(scenario, reportDate, threads, progress, true);
    }

    /**
     * As {@link #build(Scenario, LocalDate, int, ReportProgress)}; without {@code analyses} the break-even and
     * recommendation sections say they were left out (faster).
     */
    public static ReportModel build(Scenario scenario, LocalDate reportDate, int threads, ReportProgress progress,
                                    boolean analyses) {
        return new ReportModelBuilder(scenario, reportDate, threads, progress, analyses).build();
    }

    private ReportModel build() {
        step(0.0, "comparing designs");
        Comparison comparison = DesignComparison.run(scenario, threads);
        List<DesignSection> sections = new ArrayList<>();
        Map<String, Series> arrivals = new LinkedHashMap<>();
        List<Design> designs = scenario.designs();
        int n = Math.max(1, designs.size());
        List<FleetCostLine> fleetLines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            DesignResult row = comparison.designs().get(i);
            step(0.3 + 0.3 * i / n, "running design " + row.name() + " for its charts");
            if (designs.isEmpty()) {
                sections.add(lambda(row, scenario.spec(), arrivals, "all functions"));
            } else if (designs.get(i) instanceof Design.Lambda l) {
                sections.add(lambda(row, scenario.spec().withFunctions(List.of(l.variant())), arrivals, l.function()));
            } else {
                sections.add(fleet(row, (Design.Fleet) designs.get(i), arrivals, fleetLines));
            }
        }
        step(0.6, "sweeping the traffic for the break-even");
        Optional<ReportModel.BreakEven> breakEven = breakEven(comparison);
        step(0.85, "recommending memory and provisioned concurrency");
        Optional<ReportModel.Recommendation> recommendation = recommendation(comparison);
        step(0.95, "writing the method and the price table");
        ReportModel model = new ReportModel(title(), comparison, workloads(arrivals), sections, breakEven,
                recommendation, method(), prices(fleetLines));
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

    private DesignSection lambda(DesignResult row, SimulationSpec spec, Map<String, Series> arrivals,
                                 String function) {
        List<RunResult> runs = SimulationRunner.run(spec, scenario.replications(), threads).runs();
        BillingEngine engine = new BillingEngine();
        List<Double> monthly = new ArrayList<>();
        Bill first = null;
        for (RunResult r : runs) {
            Bill m = engine.bill(MonthlyExtrapolation.lambdaUsage(r.usage(), spec.horizonUs()), spec.edition(),
                    spec.billing());
            first = first == null ? m : first;
            monthly.add(m.totalUsd().doubleValue());
        }
        List<BillRow> bill = new ArrayList<>();
        for (BillLine l : first.lines()) {
            bill.add(new BillRow(l.item(), l.quantity(), l.unit(), l.unitPriceUsd().toPlainString() + " per "
                    + singular(l.unit()), l.usd()));
        }
        checkSameBill(row, bill);
        RunResult r0 = runs.get(0);
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
        List<Estimate> estimates = new ArrayList<>();
        if (runs.size() > 1) {
            estimates.add(estimate("monthly cost", monthly, "USD"));
            estimates.add(estimate("cold-start probability", runs, RunResult::coldStartProbability, "share"));
            estimates.add(estimate("throttle probability", runs, RunResult::throttleProbability, "share"));
            estimates.add(estimate("p99 latency", runs, r -> r.latency().p99Ms(), "ms"));
        }
        return new DesignSection(row.name(), row.type(), row.description(), config, row.monthlyCostUsd(), bill,
                sum(bill), row.coldStartProbability(), row.failedShare(), "throttled", latency(runs.stream()
                .map(RunResult::latency).toList()), row.meetsObjective(), row.reason(), concurrency, limits,
                "concurrent executions", new Series("cold starts", binHours, toDouble(ts.coldStarts())),
                "cold starts per " + TimeSpans.format(ts.binUs()), estimates, row.warnings());
    }

    private DesignSection fleet(DesignResult row, Design.Fleet d, Map<String, Series> arrivals,
                                List<FleetCostLine> fleetLines) {
        FleetPrices prices = DesignComparison.bundledPrices(scenario);
        List<FleetResult> runs = new ArrayList<>();
        for (int r = 0; r < scenario.replications(); r++) {
            if (progress.cancelled()) {
                throw new ReportCancelledException();
            }
            runs.add(new FleetSimulation(scenario.spec(), d.fleet(), prices, r).run());
        }
        List<Double> monthly = new ArrayList<>();
        FleetBill first = null;
        for (FleetResult r : runs) {
            FleetBill m = MonthlyExtrapolation.fleetBill(r.bill(), scenario.horizonUs());
            first = first == null ? m : first;
            monthly.add(m.totalUsd().doubleValue());
        }
        List<BillRow> bill = new ArrayList<>();
        for (FleetCostLine l : first.lines()) {
            String per = l.unitsPerPrice().compareTo(BigDecimal.ONE) == 0 ? ""
                    : " (" + l.unitsPerPrice().stripTrailingZeros().toPlainString() + " " + l.unit() + ")";
            bill.add(new BillRow(l.item(), l.quantity(), l.unit(), l.unitPriceUsd().toPlainString() + " per "
                    + l.priceUnit() + per, l.usd()));
            fleetLines.add(l);
        }
        checkSameBill(row, bill);
        FleetResult r0 = runs.get(0);
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
        List<Estimate> estimates = new ArrayList<>();
        if (runs.size() > 1) {
            estimates.add(estimate("monthly cost", monthly, "USD"));
            estimates.add(estimate("unserved share", runs, FleetResult::unservedShare, "share"));
            estimates.add(estimate("p99 latency", runs, r -> r.latency().p99Ms(), "ms"));
        }
        return new DesignSection(row.name(), row.type(), row.description(), config, row.monthlyCostUsd(), bill,
                sum(bill), Double.NaN, row.failedShare(), "not served", latency(runs.stream()
                .map(FleetResult::latency).toList()), row.meetsObjective(), row.reason(), concurrency, limits,
                "slots", new Series("units billed", binHours, ts.meanUnits()), "units billed (mean in the bin)",
                estimates, row.warnings());
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

    private static List<Percentile> latency(List<LatencySummary> runs) {
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
                    s == null ? new double[0] : s.values()));
        }
        return out;
    }

    private static String label(double p) {
        String s = BigDecimal.valueOf(p * 100).stripTrailingZeros().toPlainString();
        return "p" + s;
    }

    // ---------------------------------------------------------------- break-even and recommendations

    /**
     * The scenario-level break-even ({@link ScenarioBreakEven}, default sweep): only for scenarios with a Lambda
     * design and a fleet to cross.
     */
    private Optional<ReportModel.BreakEven> breakEven(Comparison comparison) {
        boolean lambda = scenario.designs().stream().anyMatch(d -> d instanceof Design.Lambda);
        boolean fleet = scenario.designs().stream().anyMatch(d -> d instanceof Design.Fleet);
        if (!analyses || !lambda || !fleet) {
            return Optional.empty();
        }
        ScenarioBreakEvenResult r = new ScenarioBreakEven(DesignComparison.bundledPrices(scenario))
                .analyse(scenario, SweepOptions.DEFAULT, threads, (done, planned) -> {
                    if (progress.cancelled()) {
                        throw new ReportCancelledException();
                    }
                });
        List<ReportModel.CostCurve> curves = new ArrayList<>();
        for (DesignCurve c : r.curves()) {
            double[] v = c.points().stream().mapToDouble(p -> p.requestsPerMonth()).toArray();
            double[] usd = c.points().stream().mapToDouble(p -> p.usd().doubleValue()).toArray();
            curves.add(new ReportModel.CostCurve(c.design(), v, usd));
        }
        List<String> sentences = new ArrayList<>();
        List<ReportModel.CrossingPoint> points = new ArrayList<>();
        for (Crossing c : r.crossings()) {
            String label = String.format(Locale.ROOT, "%.1f M req/month · %.1f req/s", c.requestsPerMonth() / 1e6,
                    c.meanRequestsPerSecond());
            sentences.add(String.format(Locale.ROOT, "%s and %s cost the same at %,d requests a month (%.1f a second, "
                            + "%.2f times today's traffic): $%s against $%s a month%s%s%s.", c.lambdaDesign(),
                    c.otherDesign(), c.requestsPerMonth(), c.meanRequestsPerSecond(),
                    c.requestsPerMonth() / (double) r.currentRequestsPerMonth(), c.lambdaUsd().toPlainString(),
                    c.otherUsd().toPlainString(), c.cheaperDesignBelow().map(d -> "; " + d + " is cheaper below")
                            .orElse(""), c.cheaperDesignAbove().map(d -> ", " + d + " above").orElse(""),
                    c.refined() ? " (located by re-simulating both designs)" : " (read off the sampled curves)"));
            points.add(new ReportModel.CrossingPoint(c.requestsPerMonth(), c.otherUsd().doubleValue(), label));
        }
        if (sentences.isEmpty()) {
            sentences.add(String.format(Locale.ROOT, "No Lambda design crosses a fleet between %s and %s times "
                    + "today's traffic.", r.options().fromFactor(), r.options().toFactor()));
        }
        List<String> closed = new ArrayList<>();
        for (ScenarioBreakEvenResult.ProvisionedUtilisation p : r.provisioned()) {
            closed.add(p.design() + ": provisioned concurrency is cheaper than on-demand when its environments are "
                    + "busy more than " + p.utilisation().map(u -> String.format(Locale.ROOT, "%.1f %%",
                    u.doubleValue() * 100)).orElse("(never: it does not pay)") + " of the time ("
                    + p.architecture().id() + ", INIT not counted).");
        }
        closed.add(String.format(Locale.ROOT, "arm64 costs %.4f of x86_64 per GB-second: it stays cheaper unless it "
                + "runs more than %.3f times as long.", r.architecture().priceRatio().doubleValue(),
                r.architecture().breakEvenSlowdown().doubleValue()));
        for (ScenarioBreakEvenResult.Granularity g : r.granularity()) {
            closed.add(String.format(Locale.ROOT, "%s: 1 ms billing bills %.2f ms a request on average against %.2f "
                            + "ms under the old 100 ms rounding: $%s a month less at today's traffic.", g.design(),
                    g.savings().meanBilledFineMs().doubleValue(), g.savings().meanBilledCoarseMs().doubleValue(),
                    g.monthly().savingUsd().toPlainString()));
        }
        return Optional.of(new ReportModel.BreakEven(r.currentRequestsPerMonth(), curves, sentences, points, closed));
    }

    /**
     * The recommendations ({@link Recommender}) for the scenario's first function: the memory sweep and, with a
     * cold-start objective, provisioned concurrency; the main one is the larger saving.
     */
    private Optional<ReportModel.Recommendation> recommendation(Comparison comparison) {
        if (!analyses) {
            return Optional.empty();
        }
        Recommendation r = Recommender.recommend(scenario, RecommendOptions.DEFAULT, threads);
        if (progress.cancelled()) {
            throw new ReportCancelledException();
        }
        MemoryRecommendation m = r.memory();
        List<String[]> rows = new ArrayList<>();
        for (MemoryPoint p : m.curve()) {
            var e = p.evaluation();
            String mark = p.memoryMb() == m.recommendedMemoryMb() ? "recommended"
                    : p.memoryMb() == m.currentMemoryMb() ? "current" : "";
            if (p.memoryMb() == m.recommendedMemoryMb() && p.memoryMb() == m.currentMemoryMb()) {
                mark = "current, recommended";
            }
            rows.add(new String[] {String.format(Locale.ROOT, "%,d", p.memoryMb()),
                String.format(Locale.ROOT, "%.1f", e.meanLatencyMs()), String.format(Locale.ROOT, "%.1f",
                        e.p99LatencyMs()), String.format(Locale.ROOT, "%.3f", e.coldStartShare() * 100),
                "$" + e.monthlyCostUsd().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), mark});
        }
        List<String> details = new ArrayList<>();
        String memoryText = String.format(Locale.ROOT, "Memory for %s: %,d MB instead of %,d MB (%s), $%s a month "
                        + "instead of $%s.", r.function(), m.recommendedMemoryMb(), m.currentMemoryMb(), m.reason(),
                m.recommendedMonthlyUsd().toPlainString(), m.currentMonthlyUsd().toPlainString());
        details.add(memoryText + " Saving: $" + m.savingUsd().toPlainString() + " a month. CPU share "
                + m.settings().cpuShare() + " of each duration at the configured size, "
                + m.settings().handlerThreads() + " handler thread(s).");
        String main = memoryText;
        BigDecimal saving = m.savingUsd();
        if (r.pc().isPresent()) {
            PcRecommendation pc = r.pc().get();
            String pcText = "Provisioned concurrency for " + pc.function() + ": " + pc.reason() + ".";
            details.add(pcText + " Saving: $" + pc.savingUsd().toPlainString() + " a month.");
            if (pc.recommended().isPresent() && pc.savingUsd().compareTo(saving) > 0) {
                main = pcText;
                saving = pc.savingUsd();
            }
        } else {
            details.add("Provisioned concurrency: no cold-start objective in the scenario "
                    + "(objective.max_cold_start_share), so none is recommended.");
        }
        return Optional.of(new ReportModel.Recommendation(main, saving, rows, details));
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
