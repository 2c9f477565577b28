package io.lambdasim.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.model.capacity.ConfidenceInterval;
import io.lambdasim.model.capacity.LatencySummary;
import io.lambdasim.model.capacity.RunResult;
import io.lambdasim.model.capacity.SimulationRunner;
import io.lambdasim.model.capacity.SimulationSpec;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.pricedata.PriceEdition;
import io.lambdasim.workload.time.TimeSpans;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@code simulate} prints: the figures of each replication (the names of {@link RunResult#metrics()}, plus warm
 * and cold latencies), as JSON or as a readable summary. With one replication the JSON holds that run's values; with
 * several, their means and, under {@code ci95_half_width}, the half-widths of their 95 % confidence intervals. The bill
 * is the first replication's.
 */
final class SimulationOutput {

    /** Figures that are counts: written as whole numbers when there is one replication. */
    private static final Set<String> COUNTS = Set.of("invocations", "served", "cold_starts", "throttles", "retries",
            "drops", "timeouts", "pc_served", "spillover", "peak_concurrency");
    private static final String[] LATENCY = {"mean", "p50", "p90", "p99", "max"};

    private final Scenario scenario;
    private final SimulationRunner.Report report;
    /** Each figure's value in each replication, in replication order. */
    private final Map<String, List<Double>> figures = new LinkedHashMap<>();

    SimulationOutput(Scenario scenario, SimulationRunner.Report report) {
        this.scenario = scenario;
        this.report = report;
        for (RunResult r : report.runs()) {
            Map<String, Double> m = new LinkedHashMap<>(r.metrics());
            Double cost = m.remove("cost_usd");
            latency(m, "warm_latency_ms", r.warmLatency());
            latency(m, "cold_latency_ms", r.coldLatency());
            m.put("cost_usd", cost);
            m.forEach((k, v) -> figures.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
    }

    private static void latency(Map<String, Double> m, String prefix, LatencySummary l) {
        m.put(prefix + ".mean", l.meanMs());
        m.put(prefix + ".p50", l.p50Ms());
        m.put(prefix + ".p90", l.p90Ms());
        m.put(prefix + ".p99", l.p99Ms());
        m.put(prefix + ".max", l.maxMs());
    }

    private int replications() {
        return report.runs().size();
    }

    private RunResult first() {
        return report.runs().get(0);
    }

    private ConfidenceInterval ci(String key) {
        return ConfidenceInterval.of(figures.get(key));
    }

    /** The value printed for {@code key}: the run's value, or the mean over replications. */
    private double value(String key) {
        return replications() == 1 ? figures.get(key).get(0) : ci(key).mean();
    }

    ObjectNode json(ObjectMapper mapper) {
        SimulationSpec spec = scenario.spec();
        ObjectNode root = mapper.createObjectNode();
        root.put("scenario", scenario.name());
        root.put("seed", spec.seed());
        root.put("replications", replications());
        root.put("horizon", TimeSpans.format(spec.horizonUs()));
        root.put("warmup", TimeSpans.format(spec.warmupUs()));
        for (String key : figures.keySet()) {
            if (replications() == 1 && key.equals("cost_usd")) {
                root.put(key, first().bill().totalUsd());
            } else if (replications() == 1 && COUNTS.contains(key)) {
                root.put(key, (long) value(key));
            } else {
                put(root, key, value(key));
            }
        }
        if (replications() > 1) {
            ObjectNode ci = root.putObject("ci95_half_width");
            for (String key : figures.keySet()) {
                put(ci, key, ci(key).ci95HalfWidth());
            }
            ArrayNode costs = root.putArray("cost_usd_by_replication");
            report.runs().forEach(r -> costs.add(r.bill().totalUsd()));
        }
        ObjectNode bill = BillJson.put(root.putObject("bill"), first().bill(), spec.edition());
        bill.put("free_tier", spec.billing().freeTier());
        if (replications() > 1) {
            bill.put("replication", 1);
        }
        return root;
    }

    /** Puts {@code value} under a dotted key ({@code latency_ms.p50} into object {@code latency_ms}); NaN as null. */
    private static void put(ObjectNode root, String key, double value) {
        int dot = key.indexOf('.');
        ObjectNode target = root;
        String field = key;
        if (dot >= 0) {
            String parent = key.substring(0, dot);
            target = root.has(parent) ? (ObjectNode) root.get(parent) : root.putObject(parent);
            field = key.substring(dot + 1);
        }
        if (Double.isNaN(value)) {
            target.putNull(field);
        } else {
            target.put(field, value);
        }
    }

    void printText(PrintWriter out) {
        SimulationSpec spec = scenario.spec();
        PriceEdition edition = spec.edition();
        int n = replications();
        out.printf(Locale.ROOT, "Scenario \"%s\": %d function%s, seed %d, %s, horizon %s, warm-up %s%n",
                scenario.name(), spec.functions().size(), spec.functions().size() == 1 ? "" : "s", spec.seed(),
                n == 1 ? "1 replication" : n + " replications (means ± 95 % confidence half-widths)",
                TimeSpans.format(spec.horizonUs()), TimeSpans.format(spec.warmupUs()));
        out.printf(Locale.ROOT, "Prices: %s (in force on %s), free tier %s%n", edition.id(), scenario.priceDate(),
                spec.billing().freeTier() ? "applied" : "not applied");
        out.println();
        out.println("Requests (after the warm-up)");
        row(out, "invocations", count("invocations"));
        row(out, "served", count("served"));
        row(out, "cold starts", count("cold_starts") + "  (" + percent("cold_start_probability") + " of served)");
        row(out, "throttles", count("throttles") + "  (" + percent("throttle_probability") + " of attempts)");
        row(out, "async retries", count("retries"));
        row(out, "async drops", count("drops"));
        row(out, "timeouts", count("timeouts"));
        if (spec.functions().stream().anyMatch(f -> !f.provisioned().isNone())) {
            row(out, "served by PC", count("pc_served"));
            row(out, "spillover", count("spillover") + "  (on demand while PC was configured)");
        }
        out.println();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-12s", "Latency (ms)"));
        for (String q : LATENCY) {
            header.append(String.format(Locale.ROOT, " %10s", q));
        }
        out.println(header.append(n == 1 ? "" : "   (means)"));
        latencyRow(out, "all", "latency_ms");
        latencyRow(out, "warm", "warm_latency_ms");
        latencyRow(out, "cold", "cold_latency_ms");
        out.println();
        out.println("Environments (time-weighted means after the warm-up)");
        row(out, "existing", decimal("avg_environments"));
        row(out, "busy", decimal("avg_busy_environments"));
        row(out, "idle", decimal("avg_idle_environments"));
        row(out, "peak concurrency", count("peak_concurrency"));
        if (spec.functions().stream().anyMatch(f -> !f.provisioned().isNone())) {
            row(out, "provisioned", decimal("avg_provisioned"));
            row(out, "PC utilisation", percent("pc_utilization"));
        }
        out.println();
        out.printf(Locale.ROOT, "Bill of the simulated %s%s, priced as one month%n", TimeSpans.format(spec.horizonUs()),
                n == 1 ? "" : " (replication 1; mean total over replications " + money("cost_usd") + ")");
        BillText.printLines(first().bill(), edition, out);
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf(Locale.ROOT, "  %-18s %s%n", label, value);
    }

    private void latencyRow(PrintWriter out, String label, String prefix) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-10s", label));
        for (String q : LATENCY) {
            double v = value(prefix + "." + q);
            sb.append(String.format(Locale.ROOT, " %10s", Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v)));
        }
        out.println(sb);
    }

    private String count(String key) {
        if (replications() == 1) {
            return String.format(Locale.ROOT, "%,d", (long) value(key));
        }
        ConfidenceInterval c = ci(key);
        return String.format(Locale.ROOT, "%,.1f ± %,.1f", c.mean(), c.ci95HalfWidth());
    }

    private String decimal(String key) {
        if (replications() == 1) {
            return String.format(Locale.ROOT, "%.3f", value(key));
        }
        ConfidenceInterval c = ci(key);
        return String.format(Locale.ROOT, "%.3f ± %.3f", c.mean(), c.ci95HalfWidth());
    }

    private String percent(String key) {
        double v = value(key);
        if (Double.isNaN(v)) {
            return "-";
        }
        if (replications() == 1) {
            return String.format(Locale.ROOT, "%.3f %%", 100 * v);
        }
        return String.format(Locale.ROOT, "%.3f ± %.3f %%", 100 * v, 100 * ci(key).ci95HalfWidth());
    }

    private String money(String key) {
        ConfidenceInterval c = ci(key);
        return String.format(Locale.ROOT, "USD %.2f ± %.2f", c.mean(), c.ci95HalfWidth());
    }
}
