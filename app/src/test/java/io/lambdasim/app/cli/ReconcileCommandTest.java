package io.lambdasim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReconcileCommandTest {

    /** The log fixtures of workload-generator, seen from the app module's directory. */
    private static final Path LOGS = Path.of("..", "workload-generator", "src", "test", "resources", "fixtures",
            "logs");
    private static final String SHARED = LOGS.resolve("reconcile/shared-log-group.log").toString();
    private static final String RESIZER = LOGS.resolve("reconcile/image-resizer.log").toString();

    @TempDir
    Path dir;

    private static JsonNode json(CliRun run) throws IOException {
        assertThat(run.status()).as("exit status; stderr: %s", run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return new ObjectMapper().readTree(run.out());
    }

    private static void assertOneLineUsageError(CliRun run, String expected) {
        assertThat(run.status()).isEqualTo(LambdaSimCommand.EXIT_USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("lambdasim reconcile: " + expected + System.lineSeparator());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isNull() ? null : n.asText()));
        return out;
    }

    @Test
    void explainsEveryFixtureRecordButTheOneThatFitsNoRule() throws IOException {
        JsonNode root = json(CliRun.of("reconcile", SHARED, RESIZER, "--json"));

        assertThat(root.get("records").asLong()).isEqualTo(9);
        assertThat(root.get("checked").asLong()).isEqualTo(9);
        assertThat(root.get("matched").asLong()).isEqualTo(8);
        assertThat(root.get("unmatched_count").asLong()).isEqualTo(1);
        JsonNode odd = root.get("unmatched").get(0);
        assertThat(root.get("unmatched")).hasSize(1);
        assertThat(odd.get("line").asText()).isEqualTo(SHARED + ":21");
        assertThat(odd.get("function").asText()).isEqualTo("reports-etl");
        assertThat(odd.get("request_id").asText()).isEqualTo("c0ffee00-1234-4abc-8def-0123456789ab");
        assertThat(odd.get("duration_ms").decimalValue()).isEqualByComparingTo("118.04");
        assertThat(odd.get("init_duration_ms").decimalValue()).isEqualByComparingTo("412.77");
        assertThat(odd.get("billed_duration_ms").asLong()).isEqualTo(250);
        assertThat(odd.get("predictions").get("1ms-init-billed").get("billed_ms").asLong()).isEqualTo(531);
        assertThat(odd.get("predictions").get("1ms-init-not-billed").get("billed_ms").asLong()).isEqualTo(119);
        assertThat(odd.get("predictions").get("100ms-init-not-billed").get("plausible").asBoolean()).isFalse();
        assertThat(odd.get("explanation").asText()).isEqualTo("fits no rule: Billed Duration 250 ms; the rules "
                + "plausible on 2026-03-02 predict 531 ms (1ms-init-billed), 119 ms (1ms-init-not-billed)");
        JsonNode rules = root.get("rules");
        assertThat(rules.fieldNames()).toIterable().containsExactly("1ms-init-billed", "1ms-init-not-billed",
                "100ms-init-billed", "100ms-init-not-billed");
        assertThat(List.of(rules.get("1ms-init-billed").asLong(), rules.get("1ms-init-not-billed").asLong(),
                rules.get("100ms-init-billed").asLong(), rules.get("100ms-init-not-billed").asLong()))
                .containsExactly(5L, 4L, 1L, 2L);
    }

    @Test
    void tellsWhichRuleFitsEachFunctionOnEachDay() throws IOException {
        JsonNode functions = json(CliRun.of("reconcile", SHARED, RESIZER, "--json")).get("functions");

        List<String> summary = new ArrayList<>();
        functions.forEach(f -> summary.add(f.get("function").asText() + " " + f.get("day").asText() + " "
                + texts(f.get("rules_explaining_all")) + " " + f.get("granularity_ms") + " " + f.get("init_billed")));
        assertThat(summary).containsExactly(
                "batch-export 2026-03-02 [1ms-init-billed, 1ms-init-not-billed] 1 null",
                "image-resizer 2019-12-10 [100ms-init-not-billed] 100 false",
                "orders-api 2026-03-02 [1ms-init-billed] 1 true",
                "pricing-java 2026-03-02 [1ms-init-billed] 1 true",
                "reports-etl 2026-03-02 [] null null",
                "thumbnailer 2026-03-02 [1ms-init-not-billed] 1 false");
        assertThat(functions.get(4).get("verdict").asText()).isEqualTo("no rule explains its only record");
    }

    @Test
    void theSummarySaysWhichRecordFitsNoRuleAndWhichRuleFitsEachFunction() {
        CliRun run = CliRun.of("reconcile", SHARED, RESIZER);

        assertThat(run.status()).as(run.err()).isZero();
        String n = System.lineSeparator();
        assertThat(run.out()).startsWith("Reconciled 9 REPORT records from 2 files: 9 with a Billed Duration, 8 "
                + "explained by a billing rule, 1 fits no rule." + n);
        assertThat(run.out()).contains(
                "  1ms-init-billed        5" + n + "  1ms-init-not-billed    4" + n + "  100ms-init-billed      1" + n
                        + "  100ms-init-not-billed  2" + n,
                "  orders-api     2026-03-02  2 records, 1 cold: 1 ms granularity, INIT billed (1ms-init-billed)" + n,
                "  thumbnailer    2026-03-02  2 records, 1 cold: 1 ms granularity, INIT not billed "
                        + "(1ms-init-not-billed)" + n,
                "  image-resizer  2019-12-10  2 records, 1 cold: 100 ms granularity, INIT not billed "
                        + "(100ms-init-not-billed)" + n,
                "Fits no rule (1):" + n + "  " + SHARED + ":21  reports-etl  2026-03-02  cold: Duration 118.04 ms, "
                        + "Init Duration 412.77 ms, Billed Duration 250 ms" + n
                        + "    fits no rule: Billed Duration 250 ms; the rules plausible on 2026-03-02 predict 531 ms "
                        + "(1ms-init-billed), 119 ms (1ms-init-not-billed)" + n);
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "report-log/checkout.log, report-log, 3",
        "filter-log-events/checkout-page-1.json, filter-log-events, 2",
        "insights/checkout.csv, logs-insights, 3",
        "insights/checkout.md, logs-insights, 3",
        "insights/checkout-export.json, logs-insights, 3",
        "insights/get-query-results.json, logs-insights, 3",
        "platform/inventory-sync.log, platform-report, 3",
        "platform/inventory-sync-array.json, platform-report, 2",
    })
    void recognisesEachLogFormatAndReconcilesItsRecords(String fixture, String format, long records)
            throws IOException {
        JsonNode root = json(CliRun.of("reconcile", LOGS.resolve(fixture).toString(), "--json"));

        assertThat(root.get("import").get("files").get(0).get("format").asText()).isEqualTo(format);
        assertThat(root.get("records").asLong()).isEqualTo(records);
        assertThat(root.get("unmatched_count").asLong()).isZero();
    }

    @Test
    void aLogWithoutTimestampsIsReconciledUnderBothGranularitiesAndTheFunctionOptionNamesIt() throws IOException {
        JsonNode root = json(CliRun.of("reconcile", LOGS.resolve("report-log/orders-api.log").toString(),
                "--function", "orders", "--json"));

        assertThat(root.get("records").asLong()).isEqualTo(7);
        assertThat(root.get("without_billed_duration").asLong()).isEqualTo(1);
        assertThat(root.get("undated").asLong()).isEqualTo(6);
        assertThat(root.get("matched").asLong()).isEqualTo(6);
        assertThat(root.get("functions").get(0).get("function").asText()).isEqualTo("orders");
        assertThat(root.get("functions").get(0).get("day").isNull()).isTrue();
        assertThat(root.get("import").get("duplicates").asLong()).isEqualTo(1);
        assertThat(texts(root.get("import").get("warnings"))).anyMatch(w -> w.contains(": no timestamps: 7 of 7"));
    }

    @Test
    void rejectedLinesAreListedAndTheRestReconciled() throws IOException {
        JsonNode root = json(CliRun.of("reconcile", LOGS.resolve("report-log/malformed.log").toString(), "--json"));

        assertThat(root.get("import").get("rejected").asLong()).isEqualTo(9);
        assertThat(texts(root.get("import").get("rejections"))).contains(
                LOGS.resolve("report-log/malformed.log") + ":3: Duration: not a number: '1l8.04'");
        assertThat(root.get("records").asLong()).isEqualTo(3);
    }

    @Test
    void aMissingFileExitsWithStatus2AndOneLine() {
        assertOneLineUsageError(CliRun.of("reconcile", dir.resolve("nope.log").toString()),
                "cannot read " + dir.resolve("nope.log") + ": no such file");
    }

    @Test
    void aDirectoryExitsWithStatus2AndOneLine() {
        assertOneLineUsageError(CliRun.of("reconcile", dir.toString()),
                "cannot read " + dir + ": it is a directory");
    }

    @Test
    void anEmptyFileExitsWithStatus2AndOneLine() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.log"), "");

        assertOneLineUsageError(CliRun.of("reconcile", f.toString()), f + ": empty file");
    }

    @Test
    void aFileOfNoKnownFormatExitsWithStatus2AndOneLine() throws IOException {
        Path f = Files.writeString(dir.resolve("notes.txt"), "shopping list\nmilk\n");

        assertOneLineUsageError(CliRun.of("reconcile", f.toString()), f + ": not a Lambda log format this command "
                + "reads; give --format (report-log, filter-log-events, logs-insights, platform-report)");
    }

    @Test
    void aForcedFormatThatDoesNotFitExitsWithStatus2AndTheImportersReason() {
        Path csv = LOGS.resolve("insights/checkout.csv");

        assertOneLineUsageError(CliRun.of("reconcile", csv.toString(), "--format", "report-log"),
                csv + ": no REPORT lines in 4 lines; expected Lambda log lines such as 'REPORT RequestId: ... "
                        + "Duration: 118.04 ms ...'");
    }

    @Test
    void anUnknownFormatExitsWithStatus2AndTheFormatsKnown() {
        assertOneLineUsageError(CliRun.of("reconcile", SHARED, "--format", "csv"),
                "--format: unknown format 'csv'; expected auto, report-log, filter-log-events, logs-insights, "
                        + "platform-report");
    }

    @Test
    void withoutFilesItExitsWithStatus2() {
        CliRun run = CliRun.of("reconcile");

        assertThat(run.status()).isEqualTo(LambdaSimCommand.EXIT_USAGE);
        assertThat(run.err()).startsWith("lambdasim reconcile: Missing required parameter: 'LOGFILE'");
    }

    @Test
    void theCommandIsListedInHelp() {
        CliRun run = CliRun.of("--help");

        assertThat(run.out()).contains("reconcile");
    }
}
