package io.lambdasim.workload.importer.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.workload.importer.logs.Fixtures.Read;
import io.lambdasim.workload.trace.InvocationRecord;
import io.lambdasim.workload.trace.InvocationStatus;
import io.lambdasim.workload.trace.TraceFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InsightsImporterTest {

    private static final String C1 = "5d7e1f3a-9b2c-4d6e-8f0a-1b3c5d7e9f2a";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The three rows every checkout fixture holds, with the line each form puts them on. */
    private static List<InvocationRecord> checkout(Read r, long... lines) {
        return List.of(
                // 2026-03-02 10:01:07.112 (UTC) - 118.04 ms - 412.77 ms; 1024000000 bytes = 1024 MB.
                new InvocationRecord(1_772_445_667_112_000L - 118_040 - 412_770, "checkout", 118_040, 412_770, -1,
                        531, -1, 1024, 91, InvocationStatus.UNKNOWN, C1, r.at(lines[0])),
                new InvocationRecord(1_772_445_669_480_000L - 23_610, "checkout", 23_610, -1, -1, 24, -1, 1024, 92,
                        InvocationStatus.UNKNOWN, "8e21a9c7-4f3b-4e5d-a6c8-2b9d0e1f3a4c", r.at(lines[1])),
                // 6.7E1 ms = 67 ms; 1.024E9 bytes = 1024 MB; 9.3E7 bytes = 93 MB.
                new InvocationRecord(1_772_445_733_007_000L - 67_000, "checkout", 67_000, -1, -1, 67, -1, 1024, 93,
                        InvocationStatus.UNKNOWN, "c1a4f7e2-6b8d-4c0e-9a3f-7d5b2e8c1f06", r.at(lines[2])));
    }

    @Test
    void readsTheCsvExportWithBomCrlfQuotedFieldsBytesAndExponents() {
        Read r = Fixtures.read(new InsightsImporter(), "insights/checkout.csv");

        assertThat(r.sink().records).containsExactlyElementsOf(checkout(r, 2, 3, 4));
        assertThat(r.report().format()).isEqualTo("logs-insights");
        assertThat(r.report().rejectedCount()).isZero();
        assertThat(r.report().warnings()).isEmpty();
    }

    @Test
    void readsTheJsonExport() {
        Read r = Fixtures.read(new InsightsImporter(), "insights/checkout-export.json");

        assertThat(r.sink().records).containsExactlyElementsOf(checkout(r, 2, 13, 24));
    }

    @Test
    void readsGetQueryResultsRowsOfFieldAndValueStrings() {
        Read r = Fixtures.read(new InsightsImporter(), "insights/get-query-results.json");

        assertThat(r.sink().records).containsExactlyElementsOf(checkout(r, 3, 45, 83));
    }

    @Test
    void readsTheMarkdownCopySkippingTheFencedQueryAndNamesRowsAfterTheHeadersLogGroup() {
        Read r = Fixtures.read(new InsightsImporter(), "insights/checkout.md");

        assertThat(r.sink().records).containsExactlyElementsOf(checkout(r, 14, 15, 16));
        assertThat(r.report().warnings()).isEmpty();
    }

    @Test
    void aCsvWithoutADurationColumnIsRefusedNamingTheColumnsFound() {
        Path f = Fixtures.path("insights/wrong-columns.csv");

        assertThatThrownBy(() -> Fixtures.read(new InsightsImporter(), f))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage(f + ":1: no @duration field (Logs Insights results of filter @type = \"REPORT\" have "
                        + "@timestamp, @requestId, @duration, @billedDuration, @initDuration, @memorySize, "
                        + "@maxMemoryUsed); found: 'timestamp', 'message'");
    }

    @Test
    void badRowsAreRejectedWithLineFieldAndReasonAndTheGoodRowsKept() {
        Read r = Fixtures.read(new InsightsImporter("etl"), "insights/bad-rows.csv");

        assertThat(r.rejections()).containsExactly(
                r.at(3) + ": row: expected 7 fields as in the header, found 6",
                r.at(4) + ": @duration: not a number: 'twelve'",
                r.at(5) + ": @memorySize: '134217728' is not a whole number of MB in bytes (Logs Insights counts "
                        + "10^6 bytes per MB: 1024 MB is 1024000000)",
                r.at(6) + ": @timestamp: mixed time zones: +01:00 here, while line 2 gives no zone (read as UTC); "
                        + "cannot tell which instants are meant",
                r.at(8) + ": CSV: quoted field opened on line 8 is never closed");
        assertThat(r.sink().records).extracting(InvocationRecord::line).containsExactly(r.at(2), r.at(7));
        assertThat(r.sink().records.get(1).billedDurationMs()).as("empty @billedDuration").isEqualTo(-1);
        assertThat(r.sink().records).extracting(InvocationRecord::function).containsOnly("etl");
    }

    @Test
    void rowsWithOnlyAMessageAreReadAsReportLinesAndOtherMessagesSkipped() throws IOException {
        Path f = write("messages.csv", "@timestamp,@message\n"
                + "2026-03-02 10:01:07.112,START RequestId: r-1 Version: $LATEST\n"
                + "2026-03-02 10:01:10.112,\"REPORT RequestId: r-1\tDuration: 3003.35 ms\tBilled Duration: 3000 ms\t"
                + "Memory Size: 128 MB\tMax Memory Used: 60 MB\tStatus: timeout\"\n");

        Read r = Fixtures.read(new InsightsImporter(), f);

        assertThat(r.sink().records).singleElement().isEqualTo(new InvocationRecord(
                1_772_445_670_112_000L - 3_003_350, "messages", 3_003_350, -1, -1, 3000, -1, 128, 60,
                InvocationStatus.TIMEOUT, "r-1", r.at(3)));
    }

    @Test
    void aQuotedCsvFieldMayHoldCommasLineBreaksAndDoubledQuotes() throws IOException {
        Path f = write("quoted.csv", "@requestId,@duration,@logStream\r\n"
                + "\"a,\"\"b\"\"\r\nc\",1.5,x\r\n"
                + "r-2,2.5,y\r\n");

        Read r = Fixtures.read(new InsightsImporter("fn"), f);

        assertThat(r.sink().records).extracting(InvocationRecord::requestId).containsExactly("a,\"b\"\r\nc", "r-2");
        assertThat(r.sink().records).extracting(InvocationRecord::line).containsExactly(r.at(2), r.at(4));
    }

    @Test
    void aMarkdownRowWithTheWrongNumberOfCellsIsRejected() throws IOException {
        Path f = write("fn.md", "| @timestamp | @duration | @billedDuration |\n|---|---|---|\n"
                + "| 2026-03-02 10:01:07.112 | 1.5 | 2 |\n| 2026-03-02 10:01:08.112 | 1.5 |\n");

        Read r = Fixtures.read(new InsightsImporter(), f);

        assertThat(r.rejections()).containsExactly(r.at(4) + ": row: expected 3 cells as in the header, found 2");
        assertThat(r.sink().records).hasSize(1);
    }

    @Test
    void aMarkdownHeaderBlockWithoutTheDashLineIsRefused() throws IOException {
        Path f = write("fn.md", "region: us-east-1\nlog-group-names: /aws/lambda/fn\n| @duration |\n| 1.5 |\n");

        assertThatThrownBy(() -> Fixtures.read(new InsightsImporter(), f))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage(f + ": no '---' line ends the header block (region:, log-group-names:, ...), so no "
                        + "table follows");
    }

    @Test
    void truncatedJsonKeepsTheRowsReadAndRejectsTheRest() throws IOException {
        Path f = write("cut.json", "[\n{\"@duration\": \"1.5\", \"@billedDuration\": \"2\"},\n{\"@duration\": \"2.");

        Read r = Fixtures.read(new InsightsImporter("fn"), f);

        assertThat(r.sink().records).extracting(InvocationRecord::durationUs).containsExactly(1_500L);
        assertThat(r.rejections()).containsExactly(r.at(3) + ": JSON: malformed JSON: the text ends inside a value "
                + "(truncated?); the rest of the file is not read");
    }

    @Test
    void rowsWithoutTimestampsGetPlaceholderStartsAndTheWarning() throws IOException {
        Path f = write("fn.csv", "@requestId,@duration,@billedDuration\nr-1,1.5,2\nr-2,2.5,3\n");

        Read r = Fixtures.read(new InsightsImporter(), f);

        assertThat(r.sink().records).extracting(InvocationRecord::startUs).containsExactly(2L, 3L);
        assertThat(r.report().warnings()).anyMatch(w -> w.startsWith(f + ": no timestamps: 2 of 2 records"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "\uFEFF"})
    void anEmptyFileIsRefused(String text) throws IOException {
        Path f = write("empty.csv", text);

        assertThatThrownBy(() -> Fixtures.read(new InsightsImporter(), f))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage(f + ": empty file");
    }
}
