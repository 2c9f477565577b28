package io.lambdasim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private static final Path FIXTURES = Path.of("..", "workload-generator", "src", "test", "resources", "fixtures");

    @TempDir
    Path dir;

    @Test
    void importsALogAndListsTheRowsItRejected() throws Exception {
        Path out = dir.resolve("t.csv");
        CliRun run = CliRun.of("import", FIXTURES.resolve("logs/report-log/malformed.log").toString(), "--out",
                out.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("format").asText()).isEqualTo("report-log");
        assertThat(root.get("rejected").asLong()).isEqualTo(root.get("rejections").size()).isPositive();
        assertThat(root.get("rejections").get(0).get("line").asLong()).isPositive();
        assertThat(root.get("records").asLong()).isEqualTo(root.get("accepted").asLong());
        // The CSV form has a header, a column line and one line per record.
        assertThat(Files.readAllLines(out)).hasSize(2 + root.get("records").asInt());
    }

    @Test
    void mergesCloudWatchPagesFromSeveralFiles() throws Exception {
        Path out = dir.resolve("t.lstrace");
        CliRun run = CliRun.of("import", FIXTURES.resolve("cloudwatch/orders-api.page1.json").toString(),
                FIXTURES.resolve("cloudwatch/orders-api.page2.json").toString(), "--out", out.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("kind").asText()).isEqualTo("aggregates");
        assertThat(root.get("functions").get("orders-api").asLong()).isEqualTo(root.get("records").asLong());
        CliRun info = CliRun.of("trace-info", out.toString(), "--json");
        assertThat(info.status()).isZero();
        assertThat(new ObjectMapper().readTree(info.out()).get("records").asLong())
                .isEqualTo(root.get("records").asLong());
    }

    @Test
    void aFileOfNoKnownFormatIsRefusedSayingWhatItLooksLikeAndTheOldTraceStays() throws Exception {
        Path out = dir.resolve("t.lstrace");
        assertThat(CliRun.of("import", FIXTURES.resolve("cloudwatch/orders-api.page1.json").toString(), "--out",
                out.toString()).status()).isZero();
        byte[] before = Files.readAllBytes(out);
        CliRun run = CliRun.of("import", FIXTURES.resolve("cloudwatch/junk.bin").toString(), "--out", out.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("junk.bin").contains("looks like binary data").doesNotContain("Exception");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(Files.readAllBytes(out)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void aForcedFormatThatDoesNotFitNamesTheFormatTheFileLooksLike() {
        CliRun run = CliRun.of("import", FIXTURES.resolve("cloudwatch/log-events.json").toString(), "--format",
                "cloudwatch-get-metric-data", "--out", dir.resolve("t.lstrace").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("is not cloudwatch-get-metric-data").contains("looks like filter-log-events");
        assertThat(Files.exists(dir.resolve("t.lstrace"))).isFalse();
    }

    @Test
    void aMissingFileIsAOneLineError() {
        CliRun run = CliRun.of("import", dir.resolve("nope.json").toString(), "--out", dir.resolve("t").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("nope.json: no such file");
    }

    @Test
    void traceInfoSummarisesAnExportWithoutWritingATrace() throws Exception {
        CliRun run = CliRun.of("trace-info", FIXTURES.resolve("cloudwatch/get-metric-data-two-functions.json")
                .toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("kind").asText()).isEqualTo("aggregates");
        assertThat(root.get("functions")).hasSize(2);
        assertThat(root.get("cold_starts").isNull()).isTrue();
        // The fixture's Invocations sum, as its test (GetMetricDataImporterTest) documents it: 24,170 + 119.
        assertThat(root.get("invocations").asLong()).isEqualTo(24_289);
    }
}
