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
 * @param breakEven    the scenario-level break-even, when this build has it
 * @param recommendation the main recommendation, when this build has it
 * @param method       the billing rules and assumptions in force
 * @param prices       the price table used, every rate with its source
 */
public record ReportModel(Title title, Comparison comparison, List<Workload> workloads, List<DesignSection> designs,
                          Optional<BreakEven> breakEven, Optional<Recommendation> recommendation, Method method,
                          List<PriceRow> prices) {

    public ReportModel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(comparison, "comparison");
        workloads = List.copyOf(workloads);
        designs = List.copyOf(designs);
        Objects.requireNonNull(breakEven, "breakEven");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(method, "method");
        prices = List.copyOf(prices);
    }

    /** The title page. */
    public record Title(String scenario, String description, LocalDate reportDate, String region, String editionId,
                        LocalDate editionDate, LocalDate priceDate, long seed, int replications, String horizon,
                        String warmup, String version) {
    }

    /**
     * A function's traffic: where it comes from, its arrival rate per second over the run (one value per bin of
     * {@code binSeconds}), and its duration percentiles in ms from the configured distribution.
     */
    public record Workload(String function, String source, double meanRatePerSecond, String durationSpec,
                           List<Percentile> durationMs, double binSeconds, double[] ratePerSecond) {
        public Workload {
            durationMs = List.copyOf(durationMs);
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
     * The scenario-level break-even: monthly cost of each design over scaled traffic and where curves cross.
     *
     * @param crossings   each crossing in a sentence
     * @param points      each crossing's volume, cost and label, for the chart
     * @param closedForms Lambda's own break-evens in sentences (provisioned concurrency, arm64, 1 ms billing)
     */
    public record BreakEven(double currentRequestsPerMonth, List<CostCurve> curves, List<String> crossings,
                            List<CrossingPoint> points, List<String> closedForms) {
        public BreakEven {
            curves = List.copyOf(curves);
            crossings = List.copyOf(crossings);
            points = List.copyOf(points);
            closedForms = List.copyOf(closedForms);
        }
    }

    /** Where two cost curves meet: requests a month, the cost there, and its label on the chart. */
    public record CrossingPoint(double requestsPerMonth, double usd, String label) {
    }

    /** A design's monthly cost at each traffic volume (requests a month). */
    public record CostCurve(String design, double[] requestsPerMonth, double[] monthlyUsd) {
    }

    /**
     * The main recommendation and what it saves a month.
     *
     * @param memoryRows the memory sweep: memory MB, mean ms, p99 ms, cold-start %, USD a month, mark
     * @param details    the memory and provisioned-concurrency findings in sentences
     */
    public record Recommendation(String text, BigDecimal monthlySavingUsd, List<String[]> memoryRows,
                                 List<String> details) {
        public Recommendation {
            memoryRows = List.copyOf(memoryRows);
            details = List.copyOf(details);
        }
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
