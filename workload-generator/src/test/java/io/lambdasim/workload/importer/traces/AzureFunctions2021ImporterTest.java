package io.lambdasim.workload.importer.traces;

import static io.lambdasim.workload.importer.traces.CollectingSink.fixture;
import static io.lambdasim.workload.importer.traces.ImportAssertions.assertReadFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.InvocationRecord;
import io.lambdasim.workload.trace.InvocationStatus;
import io.lambdasim.workload.trace.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AzureFunctions2021ImporterTest {

    private static final String TRACE = "AzureFunctionsInvocationTraceForTwoWeeksJan2021.txt";
    /** 2021-01-31T00:00:00Z in µs. */
    private static final long START_US = 1_612_051_200_000_000L;

    private final CollectingSink sink = new CollectingSink();
    private final ImportReport report = new ImportReport();
    private final AzureFunctions2021Importer importer = new AzureFunctions2021Importer();

    @Test
    void readsAnInvocationPerRowStartingAtItsEndMinusItsDuration() throws IOException {
        importer.read(fixture("azure-2021/" + TRACE), sink, report);

        assertThat(sink.invocations)
                .extracting(InvocationRecord::function, InvocationRecord::startUs, InvocationRecord::durationUs,
                        InvocationRecord::line)
                .containsExactly(
                        tuple("77975632/baf17cff", START_US + 5_160_008_570L, 134_000L, TRACE + ":2"),
                        tuple("b792f4ed/76bc0de5", START_US + 5_161_267_997L, 13_000L, TRACE + ":3"),
                        tuple("b792f4ed/ce7f4107", START_US + 5_199_211_730L, 42_356_000L, TRACE + ":4"),
                        tuple("77975632/baf17cff", START_US - 73_457L, 123_457L, TRACE + ":5"),
                        tuple("8f500432/51fc8c68", START_US + 5_199_998_500L, 1_500L, TRACE + ":6"));
        assertThat(sink.aggregates).isEmpty();
    }

    @Test
    void roundsEndAndDurationToTheNearestMicrosecondSoThatStartPlusDurationIsTheEnd() throws IOException {
        importer.read(fixture("azure-2021/" + TRACE), sink, report);

        // end 5241.567729949951 s -> 5241567730 µs (up), duration 0.1234565 s -> 123457 µs (half up)
        InvocationRecord third = sink.invocations.get(2);
        assertThat(third.startUs() + third.durationUs()).isEqualTo(START_US + 5_241_567_730L);
        InvocationRecord fourth = sink.invocations.get(3);
        assertThat(fourth.startUs() + fourth.durationUs()).isEqualTo(START_US + 50_000L);
    }

    @Test
    void knowsOnlyStartFunctionAndDuration() throws IOException {
        importer.read(fixture("azure-2021/" + TRACE), sink, report);

        assertThat(sink.invocations).allSatisfy(r -> {
            assertThat(r.isCold()).isFalse();
            assertThat(r.billedDurationMs()).isEqualTo(-1);
            assertThat(r.memoryMb()).isEqualTo(-1);
            assertThat(r.maxMemoryUsedMb()).isEqualTo(-1);
            assertThat(r.status()).isEqualTo(InvocationStatus.UNKNOWN);
            assertThat(r.requestId()).isNull();
        });
    }

    @Test
    void accountsForEveryRowAndWarnsOfStartsBeforeTheTraceStart() throws IOException {
        importer.read(fixture("azure-2021/" + TRACE), sink, report);

        assertThat(report.format()).isEqualTo("azure-2021");
        assertThat(report.acceptedCount()).isEqualTo(5);
        assertThat(report.rejectedCount()).isZero();
        assertThat(report.functions()).containsOnly(entry("77975632/baf17cff", 2L), entry("b792f4ed/76bc0de5", 1L),
                entry("b792f4ed/ce7f4107", 1L), entry("8f500432/51fc8c68", 1L));
        assertThat(report.firstUs()).isEqualTo(START_US - 73_457L);
        assertThat(report.lastUs()).isEqualTo(START_US + 5_199_998_500L);
        assertThat(report.warnings()).containsExactly(TRACE + ": 1 invocation started before the trace start"
                + " (end_timestamp < duration; first: line 5): kept, starting before 2021-01-31T00:00:00Z");
    }

    @Test
    void placesTimeZeroWhereTheCallerSays() throws IOException {
        new AzureFunctions2021Importer(Instant.parse("2021-02-01T00:00:00Z"))
                .read(fixture("azure-2021/" + TRACE), sink, report);

        assertThat(sink.invocations.get(0).startUs()).isEqualTo(START_US + 86_400_000_000L + 5_160_008_570L);
    }

    @Test
    void findsColumnsByNameInAnyOrderAndIgnoresExtraOnes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("shuffled.csv");
        Files.writeString(file, "duration,end_timestamp,func,app,region\r\n0.25,100,f,a,westeurope\r\n");

        importer.read(file, sink, report);

        assertThat(sink.invocations).extracting(InvocationRecord::function, InvocationRecord::startUs,
                InvocationRecord::durationUs).containsExactly(tuple("a/f", START_US + 99_750_000L, 250_000L));
        assertThat(report.rejections()).isEmpty();
    }

    @Test
    void rejectsEachBadRowNamingFileLineAndField() throws IOException {
        importer.read(fixture("azure-2021-malformed/" + TRACE), sink, report);

        assertThat(report.rejections()).extracting(Rejection::toString).containsExactly(
                TRACE + ":3: columns: 3 fields where the header has 4",
                TRACE + ":4: end_timestamp: \"abc\" is not a number of seconds",
                TRACE + ":5: duration: \"-0.2\" is negative; a number of seconds cannot be",
                TRACE + ":6: app: is empty",
                TRACE + ":7: duration: is empty; expected a number of seconds",
                TRACE + ":8: end_timestamp: \"NaN\" is not a number of seconds");
        assertThat(sink.invocations).extracting(InvocationRecord::startUs, InvocationRecord::durationUs)
                .containsExactly(tuple(START_US + 10_000_000L, 500_000L));
        assertThat(report.acceptedCount()).isEqualTo(1);
    }

    @Test
    void failsOnAFileWithoutAHeader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("trace.csv");
        Files.writeString(file, "a,f,1.0,0.5\n");

        assertReadFails(importer, file,
                "trace.csv:1: no header: expected app,func,end_timestamp,duration,"
                        + " found \"a,f,1.0,0.5\"");
    }

    @Test
    void failsOnAHeaderThatLacksAColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("trace.csv");
        Files.writeString(file, "app,func,end_timestamp\na,f,1.0\n");

        assertReadFails(importer, file,
                "trace.csv:1: the header lacks duration (expected app,func,end_timestamp,duration,"
                        + " found \"app,func,end_timestamp\")");
    }

    @Test
    void failsOnAnEmptyFile() {
        assertReadFails(importer, fixture("empty.csv"),
                "empty.csv: the file is empty; expected a header app,func,end_timestamp,duration");
    }

    @Test
    void failsOnBinaryJunk() {
        assertReadFails(importer, fixture("junk.csv"),
                "junk.csv:1: not a CSV text file: it holds binary data (a compressed archive? unpack it"
                        + " first)");
    }

    @Test
    void warnsOfAHeaderWithoutRows(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("trace.csv");
        Files.writeString(file, "app,func,end_timestamp,duration\n\n");

        importer.read(file, sink, report);

        assertThat(report.warnings()).containsExactly("trace.csv: no data rows after the header");
    }
}
