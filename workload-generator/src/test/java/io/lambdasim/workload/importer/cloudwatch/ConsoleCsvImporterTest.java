package io.lambdasim.workload.importer.cloudwatch;

import static io.lambdasim.workload.importer.cloudwatch.Fixtures.rejections;
import static io.lambdasim.workload.importer.cloudwatch.Fixtures.us;
import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.workload.trace.IntervalAggregate;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Console "Download as CSV" files; expected numbers are those written in the fixtures. */
class ConsoleCsvImporterTest extends ImporterTestBase {

    ConsoleCsvImporterTest() {
        super(new ConsoleCsvImporter());
    }

    @Test
    void readsAConsoleExportWithByteOrderMarkCrlfAndQuotedHeaders() throws IOException {
        read("console-export.csv");

        assertThat(report.functions()).isEqualTo(Map.of("orders-api", 5L, "resize-image", 3L));
        assertThat(sink.invocations("orders-api")).isEqualTo(102 + 95 + 91 + 97 + 88);
        assertThat(sink.invocations("resize-image")).isEqualTo(2 + 1 + 3);
        IntervalAggregate tenFive = sink.at("orders-api", "2026-03-02T10:05:00Z");
        assertThat(tenFive.invocations()).isEqualTo(102);
        assertThat(tenFive.avgDurationMs()).isEqualTo(131.75);
        assertThat(tenFive.p99DurationMs()).isEqualTo(640.25);
        assertThat(tenFive.line()).isEqualTo("console-export.csv:2");
        assertThat(report.rejectedCount()).isZero();
        assertThat(report.timeZone()).isEqualTo("UTC");
        assertThat(report.format()).isEqualTo("cloudwatch-console-csv");
    }

    @Test
    void leavesEmptyCellsAndEmptyRowsOutAsGaps() throws IOException {
        read("console-export.csv");

        // orders-api lacks 10:03; resize-image has 10:00, 10:02, 10:04 only
        assertThat(report.gaps()).isEqualTo(1 + 2);
        assertThat(sink.of("resize-image")).extracting(IntervalAggregate::startUs).containsExactly(
                us("2026-03-02T10:00:00Z"), us("2026-03-02T10:02:00Z"), us("2026-03-02T10:04:00Z"));
    }

    @Test
    void namesEachColumnItCannotRead() throws IOException {
        read("console-export.csv");

        assertThat(report.warnings()).contains(
                "console-export.csv:1: column 6 \"ConcurrentExecutions (Maximum) [FunctionName: orders-api]\": "
                        + "ConcurrentExecutions is not used: an interval aggregate has no field for it; column skipped",
                "console-export.csv:1: column 7 \"Errors / Invocations\" names two metrics (Errors, Invocations); "
                        + "column skipped");
    }

    @Test
    void readsSemicolonsDecimalCommasAndTheOffsetInTheTimeHeader() throws IOException {
        read("console-export-semicolon.csv");

        IntervalAggregate ten = sink.at("orders-api", "2026-03-02T10:00:00Z"); // 11:00 at UTC+01:00
        assertThat(ten.invocations()).isEqualTo(88);
        assertThat(ten.avgDurationMs()).isEqualTo(97.5);
        assertThat(sink.at("orders-api", "2026-03-02T10:02:00Z").avgDurationMs()).isEqualTo(101.25);
        assertThat(sink.invocations("payments")).isEqualTo(11 + 9 + 14);
        assertThat(report.timeZone()).isEqualTo("UTC (converted from offset +01:00)");
        assertThat(report.warnings()).noneMatch(w -> w.contains("no time zone"));
    }

    @Test
    void rejectsBadCellsAndRowsOneByOne() throws IOException {
        read("console-bad-cells.csv");

        assertThat(rejections(report)).containsExactly(
                "console-bad-cells.csv:3: Invocations: not a number: \"n/a\"",
                "console-bad-cells.csv:4: Time: \"yesterday\": not a timestamp (expected ISO-8601 such as "
                        + "2026-03-02T10:01:00Z, or epoch seconds)",
                "console-bad-cells.csv:5: Invocations: negative count -4 (Invocations Sum)",
                "console-bad-cells.csv:6: row: 4 cells but the header has 3",
                "console-bad-cells.csv:8: row: a quoted field opened on line 8 is never closed");
        assertThat(sink.rows).extracting(IntervalAggregate::invocations).containsExactly(10L, 13L);
        assertThat(report.functions()).isEqualTo(Map.of("console-bad-cells", 2L));
        assertThat(report.warnings()).contains("console-bad-cells.csv: the labels name no function; their values "
                + "are given to \"console-bad-cells\" (the file name up to its first dot)");
    }

    @Test
    void failsWhenNoColumnNamesALambdaMetric() {
        assertFails("azure-durations.csv", "azure-durations.csv:1: header: no column names an AWS/Lambda metric "
                + "(columns: \"HashOwner\", \"HashApp\", \"HashFunction\", \"Average\", \"Count\", \"Minimum\", "
                + "\"Maximum\"); expected a CSV downloaded from a CloudWatch console graph (a time column, then one "
                + "column per metric), such as \"Invocations\" or \"Duration (Average) [FunctionName: my-function]\"");
    }

    @Test
    void failsOnAnEmptyFile() {
        assertFails("empty.csv", "empty.csv: the file is empty; expected a CSV downloaded from a CloudWatch console "
                + "graph (a time column, then one column per metric)");
    }

    @Test
    void failsOnBinaryJunk() {
        assertFails("junk.bin", "junk.bin: binary data (byte 0x1A at offset 6), not text; expected a CSV "
                + "downloaded from a CloudWatch console graph (a time column, then one column per metric)");
    }
}
