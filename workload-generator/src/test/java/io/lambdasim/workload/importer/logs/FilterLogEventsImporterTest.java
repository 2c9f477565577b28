package io.lambdasim.workload.importer.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.workload.importer.logs.Fixtures.Read;
import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.InvocationRecord;
import io.lambdasim.workload.trace.InvocationStatus;
import io.lambdasim.workload.trace.TraceFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilterLogEventsImporterTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsTheReportMessagesOfSeveralPagesInOneFileAndSkipsTheOtherMessages() {
        Read r = Fixtures.read(new FilterLogEventsImporter("checkout"), "filter-log-events/checkout-page-1.json");

        assertThat(r.sink().records).extracting(InvocationRecord::line).containsExactly(r.at(17), r.at(35));
        InvocationRecord cold = r.sink().records.get(0);
        // timestamp 1772445667112 ms (10:01:07.112Z) minus Duration and Init Duration.
        assertThat(cold).isEqualTo(new InvocationRecord(1_772_445_667_112_000L - 118_040 - 412_770, "checkout",
                118_040, 412_770, -1, 531, -1, 1024, 91, InvocationStatus.SUCCESS,
                "5d7e1f3a-9b2c-4d6e-8f0a-1b3c5d7e9f2a", r.at(17)));
        assertThat(r.sink().records.get(1).startUs()).isEqualTo(1_772_445_669_480_000L - 23_610);
        assertThat(r.report().format()).isEqualTo("filter-log-events");
        assertThat(r.report().timeZone()).isEqualTo("UTC");
    }

    @Test
    void aBadReportMessageIsRejectedWithItsEventAndField() {
        Read r = Fixtures.read(new FilterLogEventsImporter("checkout"), "filter-log-events/checkout-page-1.json");

        assertThat(r.rejections()).containsExactly(r.at(42) + ": events[1].message: Duration: expected a number "
                + "of ms such as '118.04 ms', was 'fast'");
    }

    @Test
    void withoutFunctionOptionRecordsAreNamedAfterTheFile() {
        Read r = Fixtures.read(new FilterLogEventsImporter(), "filter-log-events/checkout-page-1.json");

        assertThat(r.report().functions()).containsOnlyKeys("checkout-page-1");
    }

    @Test
    void countsARetryLoggedInAnotherFileReadIntoTheSameReport() throws IOException {
        FilterLogEventsImporter importer = new FilterLogEventsImporter("checkout");
        RecordingSink sink = new RecordingSink();
        ImportReport report = new ImportReport();

        importer.read(Fixtures.path("filter-log-events/checkout-page-1.json"), sink, report);
        importer.read(Fixtures.path("filter-log-events/checkout-page-2.json"), sink, report);

        assertThat(sink.records).extracting(InvocationRecord::requestId).containsExactly(
                "5d7e1f3a-9b2c-4d6e-8f0a-1b3c5d7e9f2a", "8e21a9c7-4f3b-4e5d-a6c8-2b9d0e1f3a4c",
                "c1a4f7e2-6b8d-4c0e-9a3f-7d5b2e8c1f06", "8e21a9c7-4f3b-4e5d-a6c8-2b9d0e1f3a4c");
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.acceptedCount()).isEqualTo(4);
    }

    @Test
    void aNewReportStartsANewCountOfRepeats() throws IOException {
        FilterLogEventsImporter importer = new FilterLogEventsImporter("checkout");
        importer.read(Fixtures.path("filter-log-events/checkout-page-1.json"), new RecordingSink(), new ImportReport());
        ImportReport second = new ImportReport();

        importer.read(Fixtures.path("filter-log-events/checkout-page-2.json"), new RecordingSink(), second);

        assertThat(second.duplicates()).isZero();
    }

    @Test
    void truncatedJsonKeepsTheEventsReadAndRejectsTheRest() {
        Read r = Fixtures.read(new FilterLogEventsImporter("checkout"), "filter-log-events/truncated.json");

        assertThat(r.sink().records).extracting(InvocationRecord::line).containsExactly(r.at(17), r.at(35));
        assertThat(r.rejections()).containsExactly(r.at(45) + ": JSON: malformed JSON: the text ends inside a value "
                + "(truncated?); the rest of the file is not read");
    }

    @Test
    void jsonBrokenBeforeAnyReportIsRefusedWithFileAndLine() throws IOException {
        Path f = write("cut.json", "{\n  \"events\": [\n    {\"logStreamName\": \"x\", \"timest");

        assertThatThrownBy(() -> Fixtures.read(new FilterLogEventsImporter(), f))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage(f + ":3: malformed JSON: the text ends inside a value (truncated?)");
    }

    @Test
    void jsonWithoutEventPagesIsRefused() throws IOException {
        Path f = write("other.json", "{\"MetricDataResults\": []}\n");

        assertThatThrownBy(() -> Fixtures.read(new FilterLogEventsImporter(), f))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage(f + ": no {\"events\": [...]} page; expected the JSON output of "
                        + "'aws logs filter-log-events'");
    }

    @Test
    void pagesWithoutAnyReportMessageAreRefusedWithAHint() throws IOException {
        Path f = write("starts.json", "{\"events\": [{\"logStreamName\": \"s\", \"timestamp\": 1772445666994, "
                + "\"message\": \"START RequestId: r-1 Version: $LATEST\\n\"}]}");

        assertThatThrownBy(() -> Fixtures.read(new FilterLogEventsImporter(), f))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage(f + ": none of the 1 events is a REPORT line or a platform.report record (filter with "
                        + "--filter-pattern REPORT)");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path f = write("empty.json", "");

        assertThatThrownBy(() -> Fixtures.read(new FilterLogEventsImporter(), f))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage(f + ": empty file");
    }

    @Test
    void readsPlatformReportRecordsInsideMessagesAndTheFunctionOfTheirLogGroup() throws IOException {
        Path f = write("json-format.json", "{\"events\": [{\"logGroupName\": \"/aws/lambda/inventory-sync\", "
                + "\"logStreamName\": \"2026/03/02/[$LATEST]ab\", \"timestamp\": 1772445667112, \"message\": "
                + "\"{\\\"time\\\":\\\"2026-03-02T10:01:07.112Z\\\",\\\"type\\\":"
                + "\\\"platform.report\\\",\\\"record\\\":{\\\"requestId\\\":\\\"r-1\\\","
                + "\\\"metrics\\\":{\\\"durationMs\\\":23.61,\\\"billedDurationMs\\\":24,"
                + "\\\"memorySizeMB\\\":1024,\\\"maxMemoryUsedMB\\\":92},\\\"status\\\":\\\"timeout\\\"}}\"}]}");

        Read r = Fixtures.read(new FilterLogEventsImporter(), f);

        assertThat(r.sink().records).singleElement().isEqualTo(new InvocationRecord(
                1_772_445_667_112_000L - 23_610, "inventory-sync", 23_610, -1, -1, 24, -1, 1024, 92,
                InvocationStatus.TIMEOUT, "r-1", r.at(1)));
    }

    @Test
    void aTimestampThatIsNoNumberIsRejected() throws IOException {
        Path f = write("bad-ts.json", "{\"events\": [\n{\"logStreamName\": \"s\", \"timestamp\": \"yesterday\", "
                + "\"message\": \"REPORT RequestId: r-1\\tDuration: 1.5 ms\\tBilled Duration: 2 ms\\t\"}]}");

        Read r = Fixtures.read(new FilterLogEventsImporter(), f);

        assertThat(r.rejections()).containsExactly(r.at(2) + ": events[0]: timestamp: not a number: 'yesterday'");
    }
}
