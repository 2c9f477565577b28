package io.lambdasim.app.ui.views;

import io.lambdasim.model.capacity.LatencySummary;
import io.lambdasim.model.capacity.RunResult;
import io.lambdasim.model.capacity.TimeSeries;
import io.lambdasim.model.compare.Comparison;
import io.lambdasim.model.compare.CostLine;
import io.lambdasim.model.compare.DesignResult;
import io.lambdasim.model.ec2.FleetResult;
import io.lambdasim.model.ec2.FleetTimeSeries;
import io.lambdasim.pricedata.files.AtomicFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The views' tables and time series as CSV (RFC 4180: commas, fields quoted when they hold a comma, a quote or a line
 * break, CRLF line ends), with a header row whose names carry their unit ({@code _s}, {@code _ms}, {@code _usd},
 * {@code _pct}); numbers are written as Java prints them ({@code Double.toString}, so they read back exactly), money
 * as its two-decimal amount, a figure that does not exist (NaN) as an empty field. Files are written atomically.
 */
public final class CsvExport {

    private static final String EOL = "\r\n";

    private CsvExport() {
    }

    /** A Lambda run's time series, one row per bin (the whole run, warm-up included). */
    public static String lambdaBins(RunResult run, long horizonUs) {
        TimeSeries ts = run.timeSeries();
        StringBuilder sb = header("bin_start_s", "bin_end_s", "invocations", "cold_starts", "throttles",
                "max_concurrency", "mean_concurrency", "mean_environments", "mean_idle_environments",
                "cost_at_marginal_rates_usd");
        for (int i = 0; i < ts.bins(); i++) {
            row(sb, seconds((long) i * ts.binUs()), seconds(Math.min((long) (i + 1) * ts.binUs(), horizonUs)),
                    Long.toString(ts.invocations()[i]), Long.toString(ts.coldStarts()[i]),
                    Long.toString(ts.throttles()[i]), Integer.toString(ts.maxConcurrency()[i]),
                    number(ts.meanConcurrency()[i]), number(ts.meanEnvironments()[i]),
                    number(ts.meanEnvironments()[i] - ts.meanConcurrency()[i]), number(ts.costUsd()[i]));
        }
        return sb.toString();
    }

    /** A fleet run's time series, one row per bin (the whole run, warm-up included). */
    public static String fleetBins(FleetResult run) {
        FleetTimeSeries ts = run.timeSeries();
        long horizonUs = run.usage().horizonUs();
        StringBuilder sb = header("bin_start_s", "bin_end_s", "arrivals", "served", "rejected", "abandoned",
                "mean_units_billed", "mean_units_in_service", "mean_busy_slots", "mean_queue", "max_queue");
        for (int i = 0; i < ts.bins(); i++) {
            row(sb, seconds((long) i * ts.binUs()), seconds(Math.min((long) (i + 1) * ts.binUs(), horizonUs)),
                    Long.toString(ts.arrivals()[i]), Long.toString(ts.served()[i]), Long.toString(ts.rejected()[i]),
                    Long.toString(ts.abandoned()[i]), number(ts.meanUnits()[i]), number(ts.meanServing()[i]),
                    number(ts.meanBusySlots()[i]), number(ts.meanQueue()[i]), Integer.toString(ts.maxQueue()[i]));
        }
        return sb.toString();
    }

    /** The comparison table, one row per design in the scenario's order. */
    public static String comparison(Comparison c) {
        StringBuilder sb = header("design", "type", "monthly_usd", "horizon_usd", "usd_per_million_requests",
                "requests", "cold_start_pct", "failed_pct", "p50_latency_ms", "p99_latency_ms", "utilisation_pct",
                "meets_objective", "cheapest_meeting_objective", "reason");
        String cheapest = c.cheapestMeetingObjective().orElse("");
        for (DesignResult r : c.designs()) {
            row(sb, r.name(), r.type(), money(r.monthlyCostUsd()), money(r.costUsd()),
                    number(r.costPerMillionRequests()), number(r.requests()), number(r.coldStartProbability() * 100),
                    number(r.failedShare() * 100), number(r.p50LatencyMs()), number(r.p99LatencyMs()),
                    number(r.utilisation() * 100), Boolean.toString(r.meetsObjective()),
                    Boolean.toString(r.name().equals(cheapest)), r.reason());
        }
        return sb.toString();
    }

    /** Bill lines with a last row {@code Total} holding the sum of their rounded amounts. */
    public static String billLines(List<CostLine> lines) {
        StringBuilder sb = header("item", "quantity", "unit", "usd");
        for (CostLine l : lines) {
            row(sb, l.item(), l.quantity().toPlainString(), l.unit(), money(l.usd()));
        }
        row(sb, "Total", "", "", money(CostViewModel.sum(lines)));
        return sb.toString();
    }

    /**
     * Latency distributions side by side: a row per percentile of {@link LatencySummary#CDF_PERCENTILES}, a column
     * of milliseconds per named distribution (empty where a distribution has no data).
     */
    public static String latencyCdf(Map<String, LatencySummary> byName) {
        List<String> head = new ArrayList<>();
        head.add("percentile");
        byName.keySet().forEach(n -> head.add(n + "_ms"));
        StringBuilder sb = header(head.toArray(String[]::new));
        List<Double> ps = LatencySummary.CDF_PERCENTILES;
        for (int i = 0; i < ps.size(); i++) {
            List<String> cells = new ArrayList<>();
            cells.add(number(ps.get(i)));
            for (LatencySummary s : byName.values()) {
                cells.add(s.cdfMs().isEmpty() ? "" : number(s.cdfMs().get(i)));
            }
            row(sb, cells.toArray(String[]::new));
        }
        return sb.toString();
    }

    /** Writes {@code csv} to {@code file} atomically (a temporary file beside it, then moved over it). */
    public static void write(Path file, String csv) throws IOException {
        AtomicFiles.writeString(file, csv);
    }

    /** A file name made of {@code parts}: letters, digits, dots and dashes kept, anything else a dash. */
    public static String fileName(String... parts) {
        return String.join("-", parts).replaceAll("[^A-Za-z0-9.\\-]+", "-") + ".csv";
    }

    private static StringBuilder header(String... names) {
        StringBuilder sb = new StringBuilder();
        row(sb, names);
        return sb;
    }

    private static void row(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quoted(cells[i]));
        }
        sb.append(EOL);
    }

    static String quoted(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String number(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "" : Double.toString(v);
    }

    private static String money(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String seconds(long us) {
        return new BigDecimal(us).movePointLeft(6).stripTrailingZeros().toPlainString();
    }
}
