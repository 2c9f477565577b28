package io.lambdasim.workload.importer.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.workload.trace.TraceImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogImportersTest {

    private static final List<TraceImporter> IMPORTERS = LogImporters.all(null);

    @TempDir
    Path dir;

    @Test
    void listsTheFourLogFormats() {
        assertThat(IMPORTERS).extracting(TraceImporter::id)
                .containsExactly("report-log", "filter-log-events", "logs-insights", "platform-report");
        assertThat(IMPORTERS).extracting(TraceImporter::description).doesNotContainNull().allMatch(d -> !d.isBlank());
    }

    @ParameterizedTest
    @CsvSource({
        "report-log/orders-api.log, report-log",
        "report-log/checkout.log, report-log",
        "report-log/pricing-java.log, report-log",
        "report-log/malformed.log, report-log",
        "reconcile/shared-log-group.log, report-log",
        "reconcile/image-resizer.log, report-log",
        "filter-log-events/checkout-page-1.json, filter-log-events",
        "filter-log-events/checkout-page-2.json, filter-log-events",
        "filter-log-events/truncated.json, filter-log-events",
        "insights/checkout.csv, logs-insights",
        "insights/checkout-export.json, logs-insights",
        "insights/get-query-results.json, logs-insights",
        "insights/checkout.md, logs-insights",
        "insights/bad-rows.csv, logs-insights",
        "platform/inventory-sync.log, platform-report",
        "platform/inventory-sync-array.json, platform-report",
        "platform/malformed.log, platform-report",
    })
    void eachFormatIsDetectedSurelyByItsOwnImporterAndHardlyByTheOthers(String fixture, String id) throws IOException {
        Path file = Fixtures.path(fixture);
        String head = LogImporters.head(file);

        assertThat(LogImporters.detect(IMPORTERS, file.getFileName().toString(), head))
                .map(TraceImporter::id).contains(id);
        for (TraceImporter i : IMPORTERS) {
            double score = i.detect(file.getFileName().toString(), head);
            if (i.id().equals(id)) {
                assertThat(score).as(i.id()).isGreaterThanOrEqualTo(0.9);
            } else {
                assertThat(score).as(i.id()).isLessThan(0.35);
            }
        }
    }

    @Test
    void binaryJunkIsNoLogFormat() throws IOException {
        byte[] junk = new byte[8192];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) ((i * 131 + 7) & 0xFF);
        }
        Path f = Files.write(dir.resolve("core.dump"), junk);
        String head = LogImporters.head(f);

        assertThat(IMPORTERS).allSatisfy(i -> assertThat(i.detect("core.dump", head)).as(i.id()).isZero());
        assertThat(LogImporters.detect(IMPORTERS, "core.dump", head)).isEmpty();
    }

    @Test
    void anEmptyOrUnrelatedFileIsNotRecognised() throws IOException {
        assertThat(LogImporters.detect(IMPORTERS, "empty.log", "")).isEmpty();
        assertThat(LogImporters.detect(IMPORTERS, "notes.txt", "shopping list\nmilk\n")).isEmpty();
        assertThat(LogImporters.detect(IMPORTERS, "metrics.json",
                "{\"MetricDataResults\": [{\"Id\": \"inv\", \"Values\": [1.0]}]}")).isEmpty();
    }

    @Test
    void theHeadOfAFileIsItsFirst64KibWithoutBom() throws IOException {
        Path f = Files.write(dir.resolve("big.log"), ("\uFEFF" + "x".repeat(70_000)).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));

        String head = LogImporters.head(f);

        assertThat(head).hasSize(64 * 1024 - 3).doesNotContain("\uFEFF");
    }
}
