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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformReportImporterTest {

    private static final String P1 = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsPlatformReportEventsOnePerLineAndSkipsOtherEventsAndText() {
        Read r = Fixtures.read(new PlatformReportImporter(), "platform/inventory-sync.log");

        assertThat(r.sink().records).extracting(InvocationRecord::line).containsExactly(r.at(6), r.at(8), r.at(9));
        assertThat(r.sink().records.get(0)).isEqualTo(new InvocationRecord(
                1_772_445_667_112_000L - 118_040 - 412_770, "inventory-sync", 118_040, 412_770, -1, 531, -1, 1024,
                91, InvocationStatus.SUCCESS, P1, r.at(6)));
        InvocationRecord timeout = r.sink().records.get(2);
        assertThat(timeout.status()).isEqualTo(InvocationStatus.TIMEOUT);
        assertThat(timeout.durationUs()).isEqualTo(3_003_350);
        assertThat(timeout.billedDurationMs()).isEqualTo(3000);
        assertThat(r.report().format()).isEqualTo("platform-report");
        assertThat(r.report().rejectedCount()).isZero();
    }

    @Test
    void readsAJsonArrayOfEvents() {
        Read r = Fixtures.read(new PlatformReportImporter(), "platform/inventory-sync-array.json");

        assertThat(r.sink().records).extracting(InvocationRecord::line).containsExactly(r.at(2), r.at(17));
        assertThat(r.sink().records.get(0).requestId()).isEqualTo(P1);
        assertThat(r.sink().records.get(1).startUs()).isEqualTo(1_772_445_669_480_000L - 23_610);
    }

    @Test
    void malformedEventsAreRejectedWithLineFieldAndReason() {
        Read r = Fixtures.read(new PlatformReportImporter(), "platform/malformed.log");

        assertThat(r.rejections()).containsExactly(
                r.at(2) + ": JSON: malformed JSON: the text ends inside a value (truncated?)",
                r.at(3) + ": record.metrics.durationMs: not a number: 'fast'",
                r.at(4) + ": record.metrics: missing",
                r.at(5) + ": time: mixed time zones: no zone here, while line 1 gives +00:00; cannot tell which "
                        + "instant is meant");
        assertThat(r.sink().records).extracting(InvocationRecord::line).containsExactly(r.at(1));
    }

    @Test
    void linesPrefixedByAwsLogsTailAreReadWithTheFunctionOfTheirStream() throws IOException {
        Path f = write("tail.log", "2026-03-02T10:01:07.112000+00:00 2026/03/02/inventory-sync[$LATEST]ab "
                + "{\"time\":\"2026-03-02T10:01:07.112Z\",\"type\":\"platform.report\","
                + "\"record\":{\"requestId\":\"r-1\","
                + "\"metrics\":{\"durationMs\":1.25,\"billedDurationMs\":2},\"status\":\"error\"}}\n");

        Read r = Fixtures.read(new PlatformReportImporter(), f);

        assertThat(r.sink().records).singleElement().satisfies(x -> {
            assertThat(x.function()).isEqualTo("inventory-sync");
            assertThat(x.status()).isEqualTo(InvocationStatus.ERROR);
            assertThat(x.startUs()).isEqualTo(1_772_445_667_112_000L - 1_250);
        });
    }

    @Test
    void aTruncatedArrayBeforeAnyReportIsRefusedWithFileAndLine() throws IOException {
        Path f = write("cut.json", "[\n  {\"time\": \"2026-03-02T10:01:07.112Z\", \"type\": \"platform.rep");

        assertThatThrownBy(() -> Fixtures.read(new PlatformReportImporter(), f))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage(f + ":2: malformed JSON: the text ends inside a value (truncated?)");
    }

    @Test
    void aFileWithoutPlatformReportEventsIsRefused() throws IOException {
        Path f = write("app.log", "{\"level\":\"INFO\",\"message\":\"hello\"}\n");

        assertThatThrownBy(() -> Fixtures.read(new PlatformReportImporter(), f))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage(f + ": no platform.report events; expected Lambda JSON log records such as "
                        + "{\"time\":\"2026-03-02T10:01:07.112Z\",\"type\":\"platform.report\",\"record\":{...}}");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path f = write("empty.log", "  \n");

        assertThatThrownBy(() -> Fixtures.read(new PlatformReportImporter(), f))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage(f + ": empty file");
    }
}
