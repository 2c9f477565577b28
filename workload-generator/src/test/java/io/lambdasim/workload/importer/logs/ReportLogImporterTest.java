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

class ReportLogImporterTest {

    /** 2026-03-02T10:01:07.112Z in epoch µs. */
    private static final long T_10_01_07_112 = 1_772_445_667_112_000L;

    @TempDir
    Path dir;

    private static Read orders() {
        return Fixtures.read(new ReportLogImporter(), "report-log/orders-api.log");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryReportLineOfARawLogAndSkipsStartEndXrayInitAndApplicationLines() {
        Read r = orders();

        assertThat(r.sink().records).extracting(InvocationRecord::line).containsExactly(
                r.at(5), r.at(9), r.at(13), r.at(17), r.at(20), r.at(23), r.at(26));
        assertThat(r.report().acceptedCount()).isEqualTo(7);
        assertThat(r.report().rejectedCount()).isZero();
        assertThat(r.report().format()).isEqualTo("report-log");
        InvocationRecord cold = r.sink().records.get(0);
        assertThat(cold).isEqualTo(new InvocationRecord(5, "orders-api", 118_040, 412_770, -1, 119, -1, 1024, 91,
                InvocationStatus.SUCCESS, "6f1c0a52-3b7e-4c1d-9a0e-2f4b8d1e7c31", r.at(5)));
        InvocationRecord warm = r.sink().records.get(1);
        assertThat(warm.durationUs()).isEqualTo(14_970);
        assertThat(warm.initUs()).isEqualTo(-1);
        assertThat(warm.isCold()).isFalse();
        assertThat(warm.billedDurationMs()).isEqualTo(15);
    }

    @Test
    void readsStatusErrorWithItsErrorTypeAndStatusTimeout() {
        Read r = orders();

        InvocationRecord oom = r.sink().records.get(2);
        assertThat(oom.status()).isEqualTo(InvocationStatus.ERROR);
        assertThat(oom.durationUs()).isEqualTo(842_110);
        assertThat(oom.maxMemoryUsedMb()).isEqualTo(1024);
        InvocationRecord timeout = r.sink().records.get(5);
        assertThat(timeout.status()).isEqualTo(InvocationStatus.TIMEOUT);
        assertThat(timeout.durationUs()).isEqualTo(3_003_350);
        assertThat(timeout.billedDurationMs()).isEqualTo(3000);
        assertThat(r.sink().records.get(1).status()).isEqualTo(InvocationStatus.SUCCESS);
    }

    @Test
    void acceptsAReportLineWithoutBilledDurationAsMinusOne() {
        InvocationRecord last = orders().sink().records.get(6);

        assertThat(last.requestId()).isEqualTo("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
        assertThat(last.durationUs()).isEqualTo(7_500);
        assertThat(last.billedDurationMs()).isEqualTo(InvocationRecord.UNKNOWN);
    }

    @Test
    void keepsEveryRetryOfARequestIdAndCountsTheRepeats() {
        Read r = orders();

        assertThat(r.sink().records).filteredOn(x -> "3c5512f0-8e4d-4b7a-9c2e-5f1a0d6b8e93".equals(x.requestId()))
                .extracting(InvocationRecord::durationUs).containsExactly(35_200L, 31_860L);
        assertThat(r.report().duplicates()).isEqualTo(1);
    }

    @Test
    void linesWithoutTimestampsStartAtTheirLineNumberInMicrosecondsAndTheReportSaysTheyCannotBeSimulated() {
        Read r = orders();

        assertThat(r.sink().records).extracting(InvocationRecord::startUs).containsExactly(5L, 9L, 13L, 17L, 20L,
                23L, 26L);
        assertThat(r.report().warnings()).contains(r.file() + ": no timestamps: 7 of 7 records have no timestamp; "
                + "their start times are placeholders (the line number, in µs after 1970-01-01T00:00:00Z). Good "
                + "enough for reconcile, but this trace cannot be simulated honestly.");
    }

    @Test
    void namesRecordsAfterTheFileWhenNoLogGroupOrStreamNamesThemAndSaysSo() {
        Read r = orders();

        assertThat(r.sink().records).extracting(InvocationRecord::function).containsOnly("orders-api");
        assertThat(r.report().functions()).containsEntry("orders-api", 7L);
        assertThat(r.report().warnings()).contains(r.file() + ": 7 records name no function (no log group or stream "
                + "with a name): attributed to 'orders-api', from the file name (give --function to choose)");
    }

    @Test
    void theFunctionOptionNamesRecordsThatTheFileDoesNotName() {
        Read r = Fixtures.read(new ReportLogImporter("orders"), "report-log/orders-api.log");

        assertThat(r.sink().records).extracting(InvocationRecord::function).containsOnly("orders");
        assertThat(r.report().warnings()).contains(r.file() + ": 7 records name no function (no log group or stream "
                + "with a name): attributed to 'orders', given by --function");
    }

    @Test
    void readsAwsLogsTailOutputWithTimestampStreamAndSpacesForTabs() {
        Read r = Fixtures.read(new ReportLogImporter(), "report-log/checkout.log");

        assertThat(r.sink().records).hasSize(3);
        InvocationRecord cold = r.sink().records.get(0);
        // The REPORT line is written at the end: start = timestamp - Duration - Init Duration.
        assertThat(cold.startUs()).isEqualTo(T_10_01_07_112 - 118_040 - 412_770);
        assertThat(cold.billedDurationMs()).isEqualTo(531);
        assertThat(cold.initUs()).isEqualTo(412_770);
        assertThat(cold.function()).isEqualTo("checkout");
        assertThat(r.sink().records.get(1).startUs()).isEqualTo(1_772_445_669_480_250L - 23_610);
        assertThat(r.sink().records.get(2).startUs()).isEqualTo(1_772_445_733_007_000L - 67_000);
        assertThat(r.report().firstUs()).isEqualTo(1_772_445_666_581_190L);
        assertThat(r.report().timeZone()).isEqualTo("UTC");
        assertThat(r.report().warnings()).noneMatch(w -> w.contains("no timestamps"));
    }

    @Test
    void readsSnapStartRestoreDurationAndBilledRestoreDuration() {
        Read r = Fixtures.read(new ReportLogImporter(), "report-log/pricing-java.log");

        assertThat(r.sink().records).hasSize(2);
        InvocationRecord restored = r.sink().records.get(0);
        assertThat(restored.restoreUs()).isEqualTo(398_970);
        assertThat(restored.billedRestoreMs()).isEqualTo(182);
        assertThat(restored.initUs()).isEqualTo(-1);
        assertThat(restored.billedDurationMs()).isEqualTo(235);
        assertThat(restored.memoryMb()).isEqualTo(2048);
        assertThat(restored.isCold()).isTrue();
        assertThat(restored.startUs()).isEqualTo(1_772_450_100_472_310L - 52_310 - 398_970);
        assertThat(r.sink().records.get(1).isCold()).isFalse();
    }

    @Test
    void readsThePre2020FormatWithASpaceBeforeTheTab() {
        Read r = Fixtures.read(new ReportLogImporter(), "reconcile/image-resizer.log");

        assertThat(r.sink().records).extracting(InvocationRecord::billedDurationMs).containsExactly(200L, 100L);
        assertThat(r.sink().records.get(0).startUs()).isEqualTo(1_575_965_702_331_000L - 118_040 - 380_120);
        assertThat(r.sink().records.get(1).durationUs()).isEqualTo(42_500);
        assertThat(r.report().warnings()).noneMatch(w -> w.contains("ignored"));
    }

    @Test
    void takesTheFunctionFromTheStreamNameOfACustomLogGroup() {
        Read r = Fixtures.read(new ReportLogImporter("ignored"), "reconcile/shared-log-group.log");

        assertThat(r.sink().records).extracting(InvocationRecord::function).containsExactly("orders-api",
                "orders-api", "thumbnailer", "thumbnailer", "pricing-java", "batch-export", "reports-etl");
        assertThat(r.report().warnings()).isEmpty();
    }

    @Test
    void aLambdaLogGroupBeforeTheRecordNamesTheFunction() throws IOException {
        Path f = write("tail.log", "2026-03-02T10:01:07.112Z /aws/lambda/payments 2026/03/02/[$LATEST]abc "
                + "REPORT RequestId: r-1\tDuration: 1.00 ms\tBilled Duration: 1 ms\t\n");

        Read r = Fixtures.read(new ReportLogImporter(), f);

        assertThat(r.sink().records).singleElement().satisfies(x -> {
            assertThat(x.function()).isEqualTo("payments");
            assertThat(x.startUs()).isEqualTo(T_10_01_07_112 - 1_000);
        });
    }

    @Test
    void aDateAndATimeWithoutZoneAreOneTimestampReadAsUtc() throws IOException {
        Path f = write("fn.log",
                "2026-03-02 10:01:07.112 REPORT RequestId: r-1 Duration: 2.5 ms Billed Duration: 3 ms\n");

        Read r = Fixtures.read(new ReportLogImporter(), f);

        assertThat(r.sink().records).singleElement()
                .satisfies(x -> assertThat(x.startUs()).isEqualTo(T_10_01_07_112 - 2_500));
        assertThat(r.report().timeZone()).isEqualTo("UTC");
    }

    @Test
    void textThatIsNoReportFieldIsIgnoredWithAWarningAndAnXraySegmentOnTheSameLineIsNot() throws IOException {
        Path f = write("fn.log", "REPORT RequestId: r-1\tDuration: 2.5 ms\tBilled Duration: 3 ms\tFoo: bar\t\n"
                + "REPORT RequestId: r-2\tDuration: 2.5 ms\tBilled Duration: 3 ms\tXRAY TraceId: 1-abc\t"
                + "Sampled: true\n");

        Read r = Fixtures.read(new ReportLogImporter(), f);

        assertThat(r.sink().records).extracting(InvocationRecord::billedDurationMs).containsExactly(3L, 3L);
        assertThat(r.report().warnings()).contains(f + ": ignored text that is no REPORT field in 1 records, first at "
                + "line 1: 'Foo: bar'");
    }

    @Test
    void malformedLinesAreRejectedWithFileLineFieldAndReasonAndTheGoodOnesKept() {
        Read r = Fixtures.read(new ReportLogImporter(), "report-log/malformed.log");

        assertThat(r.rejections()).containsExactly(
                r.at(3) + ": Duration: not a number: '1l8.04'",
                r.at(4) + ": Duration: expected a number of ms such as '118.04 ms', was '118.04 s'",
                r.at(5) + ": Duration: missing",
                r.at(6) + ": timestamp: mixed time zones: no zone here, while line 2 gives +00:00; cannot tell "
                        + "which instant is meant",
                r.at(8) + ": timestamp: not a valid date and time: '2026-02-30T10:00:05.000000+00:00'",
                r.at(9) + ": prefix: cannot read 'Mar' before the record: expected a timestamp such as "
                        + "2026-03-02T10:01:07.112Z, a log group or a log stream",
                r.at(10) + ": Max Memory Used: negative: '-64'",
                r.at(11) + ": Duration: given twice",
                r.at(13) + ": Billed Duration: not a whole number: '12.5'");
        assertThat(r.sink().records).extracting(InvocationRecord::line).containsExactly(r.at(2), r.at(7), r.at(12));
        assertThat(r.report().rejectedCount()).isEqualTo(9);
        assertThat(r.report().acceptedCount()).isEqualTo(3);
    }

    @Test
    void timestampsInAnotherZoneAreConvertedToUtcWithAWarning() {
        Read r = Fixtures.read(new ReportLogImporter(), "report-log/malformed.log");

        // Line 7: 2026-03-02T11:00:04+01:00 is 10:00:04Z; Duration 21.0 ms.
        assertThat(r.sink().records.get(1).startUs()).isEqualTo(1_772_445_604_000_000L - 21_000);
        assertThat(r.report().timeZone()).isEqualTo("UTC (converted from +00:00, +01:00)");
        assertThat(r.report().warnings()).contains(r.file() + ": timestamps in several time zones (+00:00, +01:00): "
                + "each converted to UTC");
    }

    @Test
    void anEmptyFileIsRefusedWithItsName() throws IOException {
        Path f = write("empty.log", "");

        assertThatThrownBy(() -> Fixtures.read(new ReportLogImporter(), f))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage(f + ": empty file");
    }

    @Test
    void binaryJunkIsRefusedAsNotALog() throws IOException {
        byte[] junk = new byte[4096];
        for (int i = 0; i < junk.length; i++) {
            int b = (i * 37 + 11) & 0xFF;
            junk[i] = (byte) (b == '\n' || b == '\r' ? 0 : b);
        }
        Path f = Files.write(dir.resolve("dump.bin"), junk);

        assertThatThrownBy(() -> Fixtures.read(new ReportLogImporter(), f))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage(f + ": no REPORT lines in 1 line (the file looks binary); expected Lambda log lines such "
                        + "as 'REPORT RequestId: ... Duration: 118.04 ms ...'");
    }

    @Test
    void aFileOfAnotherFormatIsRefusedForHavingNoReportLines() {
        Path csv = Fixtures.path("insights/checkout.csv");

        assertThatThrownBy(() -> Fixtures.read(new ReportLogImporter(), csv))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage(csv + ": no REPORT lines in 4 lines; expected Lambda log lines such as "
                        + "'REPORT RequestId: ... Duration: 118.04 ms ...'");
    }
}
