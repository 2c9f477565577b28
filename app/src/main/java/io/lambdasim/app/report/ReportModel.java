package io.lambdasim.app.report;

import io.lambdasim.model.compare.Comparison;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a cost report shows, computed from the engines' results and free of any PDF or chart type, so the same
 * model can feed the command line's PDF and the desktop app's export. Built by {@link ReportModelBuilder}.
 *
 * @param title        the title page
 * @param comparison   the comparison of the designs, as {@code lambdasim compare} computes it
 * @param workloads    one entry per function of the scenario
 * @param designs      one entry per row of the comparison, in the same order
 * @param breakEven    the scenario-level break-even, or why the report has none
 * @param recommendations the memory and provisioned-concurrency recommendations of each function, or why there are
 *                     none
 * @param main         the main recommendation: the one with the largest monthly saving, if any saves
 * @param method       the billing rules and assumptions in force
 * @param prices       the price table used, every rate with its source
 */
public record ReportModel(Title title, Comparison comparison, List<Workload> workloads, List<DesignSection> designs,
                          Analysis<BreakEven> breakEven, Analysis<List<FunctionRecommendations>> recommendations,
                          Optional<MainRecommendation> main, Method method, List<PriceRow> prices) {

    public ReportModel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(comparison, "comparison");
        workloads = List.copyOf(workloads);
        designs = List.copyOf(designs);
        Objects.requireNonNull(breakEven, "breakEven");
        Objects.requireNonNull(recommendations, "recommendations");
        Objects.requireNonNull(main, "main");
        Objects.requireNonNull(method, "method");
        prices = List.copyOf(prices);
    }

    /**
     * An analysis of the report that may be missing: its result, or the sentence the report prints instead.
     *
     * @param result the analysis, when it was run
     * @param note   why it is missing (empty when present)
     */
    public record Analysis<T>(Optional<T> result, String note) {

        public Analysis {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(note, "note");
        }

        public static <T> Analysis<T> of(T result) {
            return new Analysis<>(Optional.of(result), "");
        }

        public static <T> Analysis<T> skipped(String why) {
            return new Analysis<>(Optional.empty(), why);
        }
    }

    /** The title page. */
    public record Title(String scenario, String description, LocalDate reportDate, String region, String editionId,
                        LocalDate editionDate, LocalDate priceDate, long seed, int replications, String horizon,
                        String warmup, String version) {
    }

    /**
     * A function's traffic: where it comes from, its arrival rate per second over the run (one value per bin of
     * {@code binSeconds}), and its duration percentiles in ms from the configured distribution. {@code trace} holds
     * label/value rows describing an imported trace (time span, records, what was rejected), empty for generated
     * traffic.
     */
    public record Workload(String function, String source, double meanRatePerSecond, String durationSpec,
                           List<Percentile> durationMs, double binSeconds, double[] ratePerSecond,
                           List<String[]> trace) {
        public Workload {
            durationMs = List.copyOf(durationMs);
            trace = List.copyOf(trace);
            ratePerSecond = ratePerSecond.clone();
        }
    }

    /** A percentile: {@code label} ("p99") and its value. */
    public record Percentile(String label, double value) {
    }

    /**
     * One line of a monthly bill as printed: the quantity in {@code unit}, the unit price in words ("0.0000002 per
     * request"), and the amount in USD rounded once to the cent.
     */
    public record BillRow(String item, BigDecimal quantity, String unit, String unitPrice, BigDecimal usd) {
    }

    /** A point of a series over time: the start of the bin in hours since the start of the run. */
    public record Series(String name, double binHours, double[] values) {
        public Series {
            values = values.clone();
        }
    }

    /** A horizontal limit drawn on the concurrency chart. */
    public record Limit(String name, double value) {
    }

    /** A figure with its mean over the replications and its 95 % confidence half-width (NaN with one replication). */
    public record Estimate(String name, double mean, double ci95HalfWidth, String unit) {
    }

    /**
     * One design: its configuration, the monthly bill of its first replication (lines summing to {@code billTotal}),
     * behaviour and the series its charts draw.
     *
     * @param monthlyCostUsd     the comparison's monthly cost (mean over replications)
     * @param configuration      label/value pairs of the design's settings
     * @param concurrency        series drawn on the concurrency chart (Lambda: max and mean concurrency; fleets: busy
     *                           slots and slots in service)
     * @param limits             limits drawn on that chart
     * @param events             cold starts per bin (Lambda) or units billed (fleets)
     * @param estimates          figures with confidence intervals (more than one replication)
     */
    public record DesignSection(String name, String type, String description, List<String[]> configuration,
                                BigDecimal monthlyCostUsd, List<BillRow> bill, BigDecimal billTotal,
                                double coldStartShare, double failedShare, String failedLabel,
                                List<Percentile> latencyMs, boolean meetsObjective, String verdict,
                                List<Series> concurrency, List<Limit> limits, String concurrencyAxis,
                                Series events, String eventsAxis, List<Estimate> estimates, List<String> warnings) {
        public DesignSection {
            configuration = List.copyOf(configuration);
            bill = List.copyOf(bill);
            latencyMs = List.copyOf(latencyMs);
            concurrency = List.copyOf(concurrency);
            limits = List.copyOf(limits);
            estimates = List.copyOf(estimates);
            warnings = List.copyOf(warnings);
        }

        public boolean isLambda() {
            return type.equals("lambda");
        }
    }

    /**
     * The scenario-level break-even ({@code docs/breakeven.md}): each design's monthly cost at scaled copies of the
     * scenario's traffic, where Lambda and fleet curves cross, and the closed forms of Lambda's own prices.
     *
     * @param currentRequestsPerMonth the scenario's own traffic over a 730-hour month
     * @param currentRequestsPerSecond its mean rate
     * @param sweep                   the sweep in words ("0.1× to 10×, 13 volumes, 41 simulations")
     * @param closedForms             sentences: provisioned-concurrency utilisation, arm64 slowdown, 1 ms vs 100 ms
     */
    public record BreakEven(long currentRequestsPerMonth, double currentRequestsPerSecond, String sweep,
                            List<CostCurve> curves, List<CrossingRow> crossings, List<String> closedForms) {
        public BreakEven {
            curves = List.copyOf(curves);
            crossings = List.copyOf(crossings);
            closedForms = List.copyOf(closedForms);
        }
    }

    /** A design's monthly cost at each swept volume, and whether it meets the objective there. */
    public record CostCurve(String design, String type, long[] requestsPerMonth, double[] monthlyUsd,
                            boolean[] meetsObjective) {
        public CostCurve {
            requestsPerMonth = requestsPerMonth.clone();
            monthlyUsd = monthlyUsd.clone();
            meetsObjective = meetsObjective.clone();
        }
    }

    /**
     * A volume where a Lambda design and a fleet cost the same.
     *
     * @param factor   the volume against today's traffic
     * @param cheaper  which is cheaper below and above, in words
     * @param refined  whether it was located by re-simulating (rather than read off the curves)
     */
    public record CrossingRow(String lambdaDesign, String otherDesign, long requestsPerMonth, double requestsPerSecond,
                              double factor, BigDecimal lambdaUsd, BigDecimal otherUsd, String cheaper,
                              boolean refined) {
    }

    /**
     * The recommendations for one function ({@code docs/recommendations.md}).
     *
     * @param settings        the duration model in words (CPU share, handler threads)
     * @param curve           the Power Tuning curve, smallest memory first
     * @param memorySavingUsd current − recommended monthly cost (negative: the recommendation costs more)
     * @param pc              the provisioned-concurrency recommendation, or why there is none
     */
    public record FunctionRecommendations(String function, String settings, List<MemoryRow> curve, int currentMb,
                                          int recommendedMb, BigDecimal currentUsd, BigDecimal recommendedUsd,
                                          BigDecimal memorySavingUsd, String memoryReason,
                                          Analysis<PcSummary> pc) {
        public FunctionRecommendations {
            curve = List.copyOf(curve);
        }
    }

    /** A point of the Power Tuning curve. */
    public record MemoryRow(int memoryMb, double avgMs, double p99Ms, double coldStartShare, BigDecimal usd,
                            boolean current, boolean recommended, boolean meetsObjective) {
    }

    /**
     * The provisioned-concurrency recommendation at the function's memory.
     *
     * @param recommendedPlan the plan in words, or empty when no candidate meets the cold-start objective
     */
    public record PcSummary(int memoryMb, double maxColdStartShare, double currentColdStartShare,
                            BigDecimal currentUsd, Optional<String> recommendedPlan, double recommendedColdStartShare,
                            BigDecimal recommendedUsd, BigDecimal savingUsd, String reason) {
    }

    /** The main recommendation and what it saves a month (positive). */
    public record MainRecommendation(String text, BigDecimal monthlySavingUsd) {
    }

    /** The rules and assumptions in force, in words. */
    public record Method(List<String> rules, List<String> includes, List<String> leavesOut, List<String> assumptions) {
        public Method {
            rules = List.copyOf(rules);
            includes = List.copyOf(includes);
            leavesOut = List.copyOf(leavesOut);
            assumptions = List.copyOf(assumptions);
        }
    }

    /** A rate of the price table: what it prices, the price and unit, the source and whether it was verified. */
    public record PriceRow(String item, String price, String source, boolean verified) {
    }
}
