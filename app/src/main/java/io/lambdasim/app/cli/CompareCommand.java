package io.lambdasim.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.model.compare.Comparison;
import io.lambdasim.model.compare.CostLine;
import io.lambdasim.model.compare.DesignComparison;
import io.lambdasim.model.compare.DesignResult;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioReader;
import io.lambdasim.workload.time.TimeSpans;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lambdasim compare}: runs every design of a scenario file on the same traffic and prints the comparison
 * table and the cheapest design that meets the objective ({@code docs/compare.md}).
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Runs every design of a scenario (Lambda variants, EC2 or Fargate fleets) on the same requests with the "
                    + "same durations, and compares cost (over the horizon and for a 730-hour month), cold starts, "
                    + "throttled or unserved requests, latency and utilisation.",
            "The cheapest design by monthly cost that meets the scenario's objective wins; designs that drop traffic "
                    + "or miss the p99 latency objective cannot win. Format: docs/compare.md."},
        footer = {"", "Examples:",
            "  lambdasim compare examples/api-lambda-vs-ec2.json",
            "  lambdasim compare examples/api-lambda-vs-ec2.json --replications 4 --json"})
final class CompareCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.json", description = "A scenario file, usually with designs.")
    Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed of every random stream (default: the file's).")
    Long seed;

    @Option(names = "--replications", paramLabel = "N",
            description = "Independent replications, 1 to 10,000 (default: the file's); figures are their means.")
    Integer replications;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        Scenario s = ScenarioReader.read(scenarioFile);
        s = RunOptions.apply(s, seed, replications);
        Comparison c = DesignComparison.run(s, Runtime.getRuntime().availableProcessors());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = BillJson.mapper();
            out.println(BillJson.write(mapper, json(mapper, c)));
        } else {
            text(out, c);
        }
        out.flush();
        return 0;
    }

    static ObjectNode json(ObjectMapper mapper, Comparison c) {
        ObjectNode root = mapper.createObjectNode();
        root.put("scenario", c.scenario());
        root.put("seed", c.seed());
        root.put("replications", c.replications());
        root.put("horizon", TimeSpans.format(c.horizonUs()));
        ObjectNode objective = root.putObject("objective");
        if (c.objective().p99LatencyUs().isPresent()) {
            objective.put("p99_latency_ms", c.objective().p99LatencyUs().getAsLong() / 1000.0);
        } else {
            objective.putNull("p99_latency_ms");
        }
        objective.put("max_failed_share", c.objective().maxFailedShare());
        ArrayNode designs = root.putArray("designs");
        for (DesignResult d : c.designs()) {
            ObjectNode n = designs.addObject();
            n.put("name", d.name());
            n.put("type", d.type());
            n.put("function", d.function());
            n.put("description", d.description());
            n.put("monthly_cost_usd", d.monthlyCostUsd());
            n.put("cost_usd", d.costUsd());
            put(n, "requests", d.requests());
            put(n, "cost_per_million_requests_usd", round(d.costPerMillionRequests(), 4));
            if (d.isLambda()) {
                put(n, "cold_start_probability", d.coldStartProbability());
                put(n, "throttle_probability", d.failedShare());
            } else {
                put(n, "unserved_share", d.failedShare());
            }
            ObjectNode latency = n.putObject("latency_ms");
            put(latency, "p50", d.p50LatencyMs());
            put(latency, "p99", d.p99LatencyMs());
            put(n, "utilization", d.utilisation());
            n.put("meets_objective", d.meetsObjective());
            n.put("reason", d.reason());
            lines(n.putArray("lines"), d.lines());
            lines(n.putArray("monthly_lines"), d.monthlyLines());
            ArrayNode w = n.putArray("warnings");
            d.warnings().forEach(w::add);
        }
        if (c.cheapestMeetingObjective().isPresent()) {
            root.put("cheapest_meeting_objective", c.cheapestMeetingObjective().get());
        } else {
            root.putNull("cheapest_meeting_objective");
        }
        return root;
    }

    private static void lines(ArrayNode a, java.util.List<CostLine> lines) {
        for (CostLine l : lines) {
            ObjectNode o = a.addObject();
            o.put("item", l.item());
            o.put("quantity", l.quantity());
            o.put("unit", l.unit());
            o.put("usd", l.usd());
        }
    }

    private static void put(ObjectNode n, String key, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            n.putNull(key);
        } else {
            n.put(key, v);
        }
    }

    private static double round(double v, int decimals) {
        return Double.isNaN(v) ? v : BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP)
                .doubleValue();
    }

    static void text(PrintWriter out, Comparison c) {
        out.printf(Locale.ROOT, "Scenario: %s (seed %d, %d replication%s, horizon %s)%n", c.scenario(), c.seed(),
                c.replications(), c.replications() == 1 ? "" : "s", TimeSpans.format(c.horizonUs()));
        out.printf(Locale.ROOT, "Objective: %s, at most %s of requests throttled or unserved%n",
                c.objective().p99LatencyUs().isPresent()
                        ? "p99 latency <= " + TimeSpans.format(c.objective().p99LatencyUs().getAsLong())
                        : "no latency bound", pct(c.objective().maxFailedShare()));
        out.println();
        String fmt = "%-22s %-8s %12s %10s %10s %9s %11s %9s %9s %6s  %s%n";
        out.printf(Locale.ROOT, fmt, "design", "type", "month USD", "run USD", "USD/1M req", "cold", "dropped",
                "p50 ms", "p99 ms", "util", "meets objective");
        for (DesignResult d : c.designs()) {
            out.printf(Locale.ROOT, fmt, d.name(), d.type(), d.monthlyCostUsd().toPlainString(),
                    d.costUsd().toPlainString(), num(d.costPerMillionRequests(), 4),
                    d.isLambda() ? pct(d.coldStartProbability()) : "-", pct(d.failedShare()), num(d.p50LatencyMs(), 1),
                    num(d.p99LatencyMs(), 1), pct0(d.utilisation()), (d.meetsObjective() ? "yes: " : "no: ")
                            + d.reason());
        }
        out.println();
        out.println("Cheapest design meeting the objective: " + c.cheapestMeetingObjective().orElse("none"));
        for (DesignResult d : c.designs()) {
            out.println();
            out.println(d.name() + " (" + d.description() + "), bill for 730 hours:");
            for (CostLine l : d.monthlyLines()) {
                out.printf(Locale.ROOT, "  %-50s %20s %-18s %12s%n", l.item(), l.quantity().toPlainString(), l.unit(),
                        l.usd().toPlainString());
            }
            for (String w : d.warnings()) {
                out.println("  WARNING: " + w);
            }
        }
    }

    private static String num(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.3f %%", share * 100);
    }

    private static String pct0(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
