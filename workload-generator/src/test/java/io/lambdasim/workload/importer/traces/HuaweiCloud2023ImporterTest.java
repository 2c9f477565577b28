package io.lambdasim.workload.importer.traces;

import static io.lambdasim.workload.importer.traces.CollectingSink.fixture;
import static io.lambdasim.workload.importer.traces.ImportAssertions.assertReadFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.IntervalAggregate;
import io.lambdasim.workload.trace.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HuaweiCloud2023ImporterTest {

    /** 2023-01-01T00:00:00Z in µs. */
    private static final long START_US = 1_672_531_200_000_000L;
    private static final long SECOND_US = 1_000_000L;
    private static final long MINUTE_US = 60 * SECOND_US;

    private final CollectingSink sink = new CollectingSink();
    private final ImportReport report = new ImportReport();
    private final HuaweiCloud2023Importer importer = new HuaweiCloud2023Importer();

    private void read(String fixture) throws IOException {
        importer.read(fixture(fixture), sink, report);
    }

    /** Seconds after the trace start of an aggregate. */
    private static long seconds(IntervalAggregate a) {
        return (a.startUs() - START_US) / SECOND_US;
    }

    @Test
    void readsTheRequestsOfEachFunctionColumnInEachMinute() throws IOException {
        read("huawei-2023/requests_minute/day_00.csv");

        assertThat(sink.aggregates)
                .extracting(IntervalAggregate::function, HuaweiCloud2023ImporterTest::seconds,
                        IntervalAggregate::invocations)
                .containsExactly(
                        tuple("huawei-3", 0L, 6772L), tuple("huawei-4", 0L, 5996L),
                        tuple("huawei-2", 60L, 2L), // written "2.0"
                        tuple("huawei-3", 60L, 7244L), tuple("huawei-4", 60L, 6511L),
                        tuple("huawei-1", 120L, 1L), tuple("huawei-3", 120L, 5990L),
                        tuple("huawei-3", 180L, 5742L), tuple("huawei-4", 180L, 5227L),
                        tuple("huawei-3", 300L, 4844L), tuple("huawei-4", 300L, 4377L)); // "0" of huawei-2 skipped
        assertThat(sink.aggregates).allSatisfy(a -> {
            assertThat(a.lengthUs()).isEqualTo(MINUTE_US);
            assertThat(a.avgDurationMs()).isNaN();
            assertThat(a.p99DurationMs()).isNaN();
            assertThat(a.memoryMb()).isEqualTo(-1);
        });
        assertThat(sink.aggregates.get(0).line()).isEqualTo("day_00.csv:2");
    }

    @Test
    void accountsForEveryCellWithRequestsAndCountsAMissingMinuteAsAGap() throws IOException {
        read("huawei-2023/requests_minute/day_00.csv");

        assertThat(report.format()).isEqualTo("huawei-2023");
        assertThat(report.acceptedCount()).isEqualTo(11);
        assertThat(report.functions()).containsOnly(entry("huawei-1", 1L), entry("huawei-2", 1L),
                entry("huawei-3", 5L), entry("huawei-4", 4L));
        assertThat(sink.aggregates.stream().filter(a -> a.function().equals("huawei-3"))
                .mapToLong(IntervalAggregate::invocations).sum()).isEqualTo(30_592);
        assertThat(report.gaps()).isEqualTo(1);
        assertThat(report.warnings()).containsExactly("day_00.csv: no usable row for 1 minute between lines 5 and 6"
                + " (time 240)");
        assertThat(report.firstUs()).isEqualTo(START_US);
        assertThat(report.lastUs()).isEqualTo(START_US + 300 * SECOND_US);
    }

    @Test
    void placesLaterDaysByTheirTimeFromTheTraceStart() throws IOException {
        read("huawei-2023/requests_minute/day_01.csv");

        long dayOneUs = 1_672_617_600_000_000L; // 2023-01-02T00:00:00Z
        assertThat(sink.aggregates)
                .extracting(IntervalAggregate::function, IntervalAggregate::startUs, IntervalAggregate::invocations)
                .containsExactly(
                        tuple("huawei-0", dayOneUs, 4L), tuple("huawei-3", dayOneUs, 6001L),
                        tuple("huawei-4", dayOneUs, 5102L),
                        tuple("huawei-3", dayOneUs + MINUTE_US, 5980L), tuple("huawei-4", dayOneUs + MINUTE_US, 5012L));
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void placesTimeZeroWhereTheCallerSays() throws IOException {
        new HuaweiCloud2023Importer(Instant.parse("2022-06-01T00:00:00Z"))
                .read(fixture("huawei-2023/requests_minute/day_01.csv"), sink, report);

        assertThat(sink.aggregates.get(0).startUs()).isEqualTo(1_654_128_000_000_000L); // 2022-06-02T00:00Z
    }

    @Test
    void rejectsEachBadRowOrCellNamingFileLineAndColumn() throws IOException {
        read("huawei-2023-malformed/requests_minute/day_02.csv");

        assertThat(report.rejections()).extracting(Rejection::toString).containsExactly(
                "day_02.csv:3: 0: \"x\" is not a whole number of requests",
                "day_02.csv:4: 1: \"-4\" is negative; a count of requests cannot be",
                "day_02.csv:5: 1: \"1.5\" is not a whole number of requests",
                "day_02.csv:6: time: \"172980\" repeats the time of line 5",
                "day_02.csv:7: columns: 4 fields where the header has 5",
                "day_02.csv:9: time: \"abc\" is not a whole number of seconds");
        assertThat(report.duplicates()).isEqualTo(1);
    }

    @Test
    void keepsTheGoodCellsOfARowAndWarnsOfGapsAndDaysThatDisagreeWithTheTime() throws IOException {
        read("huawei-2023-malformed/requests_minute/day_02.csv");

        assertThat(sink.aggregates)
                .extracting(IntervalAggregate::function, HuaweiCloud2023ImporterTest::seconds,
                        IntervalAggregate::invocations)
                .containsExactly(
                        tuple("huawei-1", 172_800L, 3L),
                        tuple("huawei-2", 172_860L, 1L),
                        tuple("huawei-0", 173_100L, 1L));
        assertThat(report.gaps()).isEqualTo(1);
        assertThat(report.warnings()).containsExactly(
                "day_02.csv: no usable row for 1 minute between lines 5 and 8 (time 173040)",
                "day_02.csv: 1 row has a day that disagrees with its time (first: line 8: day 3, time 173100 is in"
                        + " day 2): time used");
    }

    @Test
    void refusesAFileOfAnotherMetricInTheSameLayout() {
        assertReadFails(importer, fixture("huawei-2023/function_delay_minute/day_00.csv"),
                "function_delay_minute/day_00.csv holds function delay per minute, not request counts:"
                        + " import requests_minute/day_00.csv");
    }

    @Test
    void readsPerSecondFilesAsOneSecondIntervals(@TempDir Path dir) throws IOException {
        Path file = Files.createDirectory(dir.resolve("requests_second")).resolve("day_000.csv");
        Files.writeString(file, "day,time,0\n0,0,5\n0,1,3\n0,3,1\n");

        importer.read(file, sink, report);

        assertThat(sink.aggregates)
                .extracting(HuaweiCloud2023ImporterTest::seconds, IntervalAggregate::lengthUs,
                        IntervalAggregate::invocations)
                .containsExactly(tuple(0L, SECOND_US, 5L), tuple(1L, SECOND_US, 3L), tuple(3L, SECOND_US, 1L));
        assertThat(report.warnings()).containsExactly("day_000.csv: no usable row for 1 second between lines 3"
                + " and 4 (time 2)");
    }

    @Test
    void acceptsRowsOutOfOrderAndCountsEachRunOfMissingRowsOnce(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("day_00.csv");
        Files.writeString(file, "day,time,0\n0,600,1\n0,0,2\n0,60,3\n");

        importer.read(file, sink, report);

        assertThat(sink.aggregates).extracting(HuaweiCloud2023ImporterTest::seconds).containsExactly(600L, 0L, 60L);
        assertThat(report.gaps()).isEqualTo(1);
        assertThat(report.warnings()).containsExactly("day_00.csv: no usable row for 8 minutes between lines 4"
                + " and 2 (time 120 to 540)");
    }

    @Test
    void ignoresColumnsThatAreNotFunctionNumbersWithAWarning(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("day_00.csv");
        Files.writeString(file, ",day,time,0,total\n0,0,0,4,4\n");

        importer.read(file, sink, report);

        assertThat(sink.aggregates).extracting(IntervalAggregate::function, IntervalAggregate::invocations)
                .containsExactly(tuple("huawei-0", 4L));
        assertThat(report.warnings()).containsExactly("day_00.csv: ignored 2 columns that are neither day, time nor"
                + " a function number: \"\", \"total\"");
    }

    @Test
    void failsOnAFileWithoutAHeader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("day_00.csv");
        Files.writeString(file, "0,0,,,,6772\n");

        assertReadFails(importer, file, "day_00.csv:1: no header: expected day,time,0,1,...,N, found \"0,0,,,,6772\"");
    }

    @Test
    void failsOnAHeaderWithoutFunctionColumns(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("day_00.csv");
        Files.writeString(file, "day,time\n0,0\n");

        assertReadFails(importer, file,
                "day_00.csv:1: the header has no function columns (0, 1, ...): expected"
                        + " day,time,0,1,...,N, found \"day,time\"");
    }

    @Test
    void failsOnAFunctionColumnNamedTwice(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("day_00.csv");
        Files.writeString(file, "day,time,0,1,1\n0,0,1,2,3\n");

        assertReadFails(importer, file,
                "day_00.csv:1: function column \"1\" appears twice in the header (columns 4 and 5)");
    }

    @Test
    void failsOnAnEmptyFile() {
        assertReadFails(importer, fixture("empty.csv"),
                "empty.csv: the file is empty; expected a header day,time,0,1,...,N");
    }

    @Test
    void failsOnBinaryJunk() {
        assertReadFails(importer, fixture("junk.csv"),
                "junk.csv:1: not a CSV text file: it holds binary data (a compressed archive? unpack it"
                        + " first)");
    }
}
