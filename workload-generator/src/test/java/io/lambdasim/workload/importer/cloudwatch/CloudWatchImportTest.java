package io.lambdasim.workload.importer.cloudwatch;

import static io.lambdasim.workload.importer.cloudwatch.Fixtures.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.IntervalAggregate;
import io.lambdasim.workload.trace.TraceFormatException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several files, each in its detected format, imported as one export. */
class CloudWatchImportTest {

    private final ImportReport report = new ImportReport();
    private final Fixtures.Sink sink = new Fixtures.Sink();

    @Test
    void combinesFilesOfDifferentFormatsByFunctionAndMinute() throws IOException {
        CloudWatchImport.readAll(List.of(path("payments.invocations.json"), path("payments.duration.csv")), sink,
                report);

        assertThat(sink.rows).hasSize(3);
        IntervalAggregate ten = sink.at("payments", "2026-03-02T10:00:00Z");
        assertThat(ten.invocations()).isEqualTo(11);
        assertThat(ten.avgDurationMs()).isEqualTo(240.5);
        assertThat(ten.p99DurationMs()).isEqualTo(610.0);
        IntervalAggregate tenOne = sink.at("payments", "2026-03-02T10:01:00Z");
        assertThat(tenOne.invocations()).isEqualTo(9);
        assertThat(tenOne.avgDurationMs()).isEqualTo(251.0);
        assertThat(tenOne.p99DurationMs()).isEqualTo(655.5);
        IntervalAggregate tenTwo = sink.at("payments", "2026-03-02T10:02:00Z");
        assertThat(tenTwo.invocations()).isEqualTo(14);
        assertThat(tenTwo.avgDurationMs()).isEqualTo(238.25);
        assertThat(tenTwo.p99DurationMs()).isEqualTo(590.0);
        assertThat(report.format()).isEqualTo("cloudwatch-get-metric-data+cloudwatch-console-csv");
        assertThat(report.acceptedCount()).isEqualTo(3);
        assertThat(report.duplicates()).isZero();
    }

    @Test
    void readsUtf16FilesWithAByteOrderMarkAsPowerShellRedirectionWritesThem() throws IOException {
        CloudWatchImport.readAll(List.of(path("payments.invocations.utf16.json"),
                path("payments.duration.utf16.csv")), sink, report);

        assertThat(sink.rows).extracting(IntervalAggregate::invocations).containsExactly(11L, 9L, 14L);
        assertThat(sink.rows).extracting(IntervalAggregate::avgDurationMs).containsExactly(240.5, 251.0, 238.25);
        assertThat(report.format()).isEqualTo("cloudwatch-get-metric-data+cloudwatch-console-csv");
    }

    @Test
    void countsAFileImportedTwiceAsDuplicatesNotAsMoreInvocations() throws IOException {
        CloudWatchImport.readAll(List.of(path("orders-api.invocations.json"), path("orders-api.invocations.json")),
                sink, report);

        assertThat(sink.invocations("orders-api")).isEqualTo(88 + 97 + 91 + 95 + 102);
        assertThat(report.duplicates()).isEqualTo(5);
        assertThat(report.format()).isEqualTo("cloudwatch-get-metric-statistics");
    }

    @Test
    void deliversNothingWhenOneFileIsNotACloudWatchExport() {
        assertThatThrownBy(() -> CloudWatchImport.readAll(List.of(path("orders-api.json"), path("log-events.json")),
                sink, report))
                .isExactlyInstanceOf(TraceFormatException.class)
                .hasMessageStartingWith("log-events.json: not a CloudWatch export");
        assertThat(sink.rows).isEmpty();
        assertThat(report.acceptedCount()).isZero();
    }

    @Test
    void emitsATableOnlyOnce() throws IOException {
        MetricTable table = new MetricTable();
        new GetMetricDataImporter().collect(path("payments.invocations.json"), table, report);
        table.emit(sink, report);

        assertThat(sink.rows).hasSize(3);
        assertThatThrownBy(() -> table.emit(sink, report)).isInstanceOf(IllegalStateException.class);
    }
}
