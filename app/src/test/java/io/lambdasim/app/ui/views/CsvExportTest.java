package io.lambdasim.app.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.app.ui.run.RunResults;
import io.lambdasim.model.capacity.LatencySummary;
import io.lambdasim.model.capacity.RunResult;
import io.lambdasim.model.capacity.TimeSeries;
import io.lambdasim.model.compare.CostLine;
import io.lambdasim.model.compare.DesignResult;
import io.lambdasim.model.ec2.FleetResult;
import io.lambdasim.model.ec2.FleetTimeSeries;
import io.lambdasim.workload.csv.CsvFormat;
import io.lambdasim.workload.csv.CsvRecords;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {

    private final RunResults results = ExampleRun.results();

    @Test
    void aLambdaDesignsBinsAreItsTimeSeriesRowByRow() throws IOException {
        RunResult run = results.evaluation("lambda-arm64-1gb").orElseThrow().lambdaRun().orElseThrow();
        TimeSeries ts = run.timeSeries();
        List<List<String>> rows = parse(CsvExport.lambdaBins(run, results.scenario().horizonUs()));
        assertThat(rows.get(0)).startsWith("bin_start_s", "bin_end_s", "invocations", "cold_starts", "throttles");
        assertThat(rows).hasSize(ts.bins() + 1);
        assertThat(ts.bins()).isEqualTo(288); // a day of 5-minute bins
        for (int i = 0; i < ts.bins(); i++) {
            List<String> r = rows.get(i + 1);
            assertThat(Long.parseLong(r.get(0))).isEqualTo(300L * i);
            assertThat(Long.parseLong(r.get(2))).isEqualTo(ts.invocations()[i]);
            assertThat(Long.parseLong(r.get(3))).isEqualTo(ts.coldStarts()[i]);
            assertThat(Integer.parseInt(r.get(5))).isEqualTo(ts.maxConcurrency()[i]);
            assertThat(Double.parseDouble(r.get(6))).isEqualTo(ts.meanConcurrency()[i]);
            assertThat(Double.parseDouble(r.get(9))).isEqualTo(ts.costUsd()[i]);
        }
        long invocations = rows.stream().skip(1).mapToLong(r -> Long.parseLong(r.get(2))).sum();
        assertThat(invocations).isGreaterThanOrEqualTo(run.invocations()); // the bins include the warm-up
    }

    @Test
    void aFleetsBinsAreItsTimeSeriesRowByRow() throws IOException {
        FleetResult run = results.evaluation("ec2-m7g-large-alb").orElseThrow().fleetRun().orElseThrow();
        FleetTimeSeries ts = run.timeSeries();
        List<List<String>> rows = parse(CsvExport.fleetBins(run));
        assertThat(rows).hasSize(ts.bins() + 1);
        for (int i = 0; i < ts.bins(); i++) {
            List<String> r = rows.get(i + 1);
            assertThat(Long.parseLong(r.get(2))).isEqualTo(ts.arrivals()[i]);
            assertThat(Double.parseDouble(r.get(6))).isEqualTo(ts.meanUnits()[i]);
            assertThat(Integer.parseInt(r.get(10))).isEqualTo(ts.maxQueue()[i]);
        }
        assertThat(rows.get(rows.size() - 1).get(1)).isEqualTo("86400");
    }

    @Test
    void theComparisonHasARowPerDesignWithItsBillAndVerdict() throws IOException {
        List<List<String>> rows = parse(CsvExport.comparison(results.comparison()));
        assertThat(rows).hasSize(4);
        for (int i = 0; i < 3; i++) {
            DesignResult d = results.comparison().designs().get(i);
            List<String> r = rows.get(i + 1);
            assertThat(r.get(0)).isEqualTo(d.name());
            assertThat(new BigDecimal(r.get(2))).isEqualByComparingTo(d.monthlyCostUsd());
            assertThat(Boolean.parseBoolean(r.get(12)))
                    .isEqualTo(d.name().equals(results.comparison().cheapestMeetingObjective().orElse("")));
            assertThat(r.get(13)).isEqualTo(d.reason());
        }
        // the fleet has no cold starts: an empty field, not "NaN"
        assertThat(rows.get(3).get(6)).isEmpty();
    }

    @Test
    void billLinesEndWithTheirTotal() throws IOException {
        List<CostLine> lines = List.of(
                new CostLine("Requests, tier 1", new BigDecimal("1000000"), "requests", new BigDecimal("0.20")),
                new CostLine("Duration \"arm64\"", new BigDecimal("400000.5"), "GB-s", new BigDecimal("5.33")));
        List<List<String>> rows = parse(CsvExport.billLines(lines));
        assertThat(rows).containsExactly(List.of("item", "quantity", "unit", "usd"),
                List.of("Requests, tier 1", "1000000", "requests", "0.20"),
                List.of("Duration \"arm64\"", "400000.5", "GB-s", "5.33"),
                List.of("Total", "", "", "5.53"));
    }

    @Test
    void latencyColumnsHoldEachDistributionsMillisecondsByPercentile() throws IOException {
        Map<String, LatencySummary> d = new LinkedHashMap<>();
        RunResult run = results.evaluation("lambda-arm64-1gb").orElseThrow().lambdaRun().orElseThrow();
        d.put("warm", run.warmLatency());
        d.put("none", LatencySummary.EMPTY);
        List<List<String>> rows = parse(CsvExport.latencyCdf(d));
        assertThat(rows.get(0)).containsExactly("percentile", "warm_ms", "none_ms");
        assertThat(rows).hasSize(LatencySummary.CDF_PERCENTILES.size() + 1);
        List<String> p50 = rows.get(51);
        assertThat(Double.parseDouble(p50.get(0))).isEqualTo(50.0);
        assertThat(Double.parseDouble(p50.get(1))).isEqualTo(run.warmLatency().p50Ms());
        assertThat(p50.get(2)).isEmpty();
    }

    @Test
    void writingReplacesTheFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("comparison.csv");
        Files.writeString(file, "old");
        String csv = CsvExport.comparison(results.comparison());
        CsvExport.write(file, csv);
        assertThat(Files.readString(file)).isEqualTo(csv);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void fileNamesKeepOnlySafeCharacters() {
        assertThat(CsvExport.fileName("series", "lambda arm64/1gb")).isEqualTo("series-lambda-arm64-1gb.csv");
    }

    private static List<List<String>> parse(String csv) throws IOException {
        assertThat(csv).endsWith("\r\n");
        List<List<String>> rows = new ArrayList<>();
        try (CsvRecords r = new CsvRecords(new StringReader(csv), CsvFormat.RFC_4180)) {
            for (List<String> row = r.next(); row != null; row = r.next()) {
                rows.add(row.stream().map(c -> c == null ? "" : c).toList());
            }
        }
        return rows;
    }
}
