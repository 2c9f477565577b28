package io.lambdasim.workload.importer.traces;

import static io.lambdasim.workload.importer.traces.CollectingSink.fixture;
import static io.lambdasim.workload.importer.traces.ImportAssertions.assertReadFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.IntervalAggregate;
import io.lambdasim.workload.trace.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AzureFunctions2019ImporterTest {

    private static final String INVOCATIONS = "invocations_per_function_md.anon.d01.csv";
    /** 2019-07-15T00:00:00Z in µs. */
    private static final long DAY_ONE_US = 1_563_148_800_000_000L;
    private static final long MINUTE_US = 60_000_000L;
    private static final long DAY_US = 86_400_000_000L;

    private static final String CHECKOUT = "6cd9f7f4/25b91038/a1edf583";
    private static final String NIGHTLY = "6cd9f7f4/25b91038/31981691";
    private static final String CONSUME = "a8aa55ec/cb05079d/39960772";
    private static final String AUDIT = "a8aa55ec/cb05079d/7b7337bd";

    private final CollectingSink sink = new CollectingSink();
    private final ImportReport report = new ImportReport();
    private final AzureFunctions2019Importer importer = new AzureFunctions2019Importer();

    private void read(String fixture) throws IOException {
        importer.read(fixture(fixture), sink, report);
    }

    @Test
    void readsAnAggregatePerFunctionAndMinuteWithInvocations() throws IOException {
        read("azure-2019/" + INVOCATIONS);

        assertThat(sink.aggregates)
                .extracting(IntervalAggregate::function, a -> (a.startUs() - DAY_ONE_US) / MINUTE_US,
                        IntervalAggregate::invocations, IntervalAggregate::lengthUs)
                .containsExactly(
                        tuple(CHECKOUT, 0L, 3L, MINUTE_US),
                        tuple(CHECKOUT, 2L, 5L, MINUTE_US),
                        tuple(CHECKOUT, 3L, 2L, MINUTE_US),
                        tuple(CHECKOUT, 5L, 1L, MINUTE_US),
                        tuple(NIGHTLY, 0L, 1L, MINUTE_US),
                        tuple(NIGHTLY, 5L, 1L, MINUTE_US),
                        tuple(CONSUME, 2L, 12L, MINUTE_US),
                        tuple(CONSUME, 4L, 7L, MINUTE_US),
                        tuple(AUDIT, 5L, 2L, MINUTE_US));
        assertThat(sink.aggregates.get(0).startUs()).isEqualTo(DAY_ONE_US);
        assertThat(sink.aggregates.get(0).line()).isEqualTo(INVOCATIONS + ":2");
        assertThat(sink.aggregates.get(8).line()).isEqualTo(INVOCATIONS + ":5");
        assertThat(sink.totalInvocations()).isEqualTo(34);
        assertThat(sink.invocations).isEmpty();
    }

    @Test
    void countsMinutesWithoutInvocationsNeitherAsRowsNorAsGaps() throws IOException {
        read("azure-2019/" + INVOCATIONS);

        assertThat(report.format()).isEqualTo("azure-2019");
        assertThat(report.acceptedCount()).isEqualTo(9);
        assertThat(report.rejectedCount()).isZero();
        assertThat(report.gaps()).isZero();
        assertThat(report.duplicates()).isZero();
        assertThat(report.functions()).containsOnly(
                org.assertj.core.api.Assertions.entry(CHECKOUT, 4L),
                org.assertj.core.api.Assertions.entry(NIGHTLY, 2L),
                org.assertj.core.api.Assertions.entry(CONSUME, 2L),
                org.assertj.core.api.Assertions.entry(AUDIT, 1L));
        assertThat(report.firstUs()).isEqualTo(DAY_ONE_US);
        assertThat(report.lastUs()).isEqualTo(DAY_ONE_US + 5 * MINUTE_US);
        assertThat(report.timeZone()).isEqualTo("UTC");
    }

    @Test
    void attachesTheDaysDurationsOfEachFunctionToEveryOneOfItsMinutes() throws IOException {
        read("azure-2019/" + INVOCATIONS);

        assertThat(sink.aggregates.subList(0, 4))
                .extracting(IntervalAggregate::avgDurationMs, IntervalAggregate::minDurationMs,
                        IntervalAggregate::maxDurationMs, IntervalAggregate::p50DurationMs,
                        IntervalAggregate::p99DurationMs)
                .containsOnly(tuple(118.5, 12.0, 2403.0, 95.25, 812.4));
        IntervalAggregate nightly = sink.aggregates.get(4);
        assertThat(List.of(nightly.avgDurationMs(), nightly.minDurationMs(), nightly.maxDurationMs(),
                nightly.p50DurationMs(), nightly.p99DurationMs())).containsExactly(2503.0, 2401.0, 2605.0, 2401.0,
                2605.0);
    }

    @Test
    void leavesP90AndUnrecordedMinimumAndMaximumUnknown() throws IOException {
        read("azure-2019/" + INVOCATIONS);

        IntervalAggregate consume = sink.aggregates.get(6);
        assertThat(consume.function()).isEqualTo(CONSUME);
        assertThat(consume.avgDurationMs()).isEqualTo(40.2);
        assertThat(consume.minDurationMs()).isNaN();
        assertThat(consume.maxDurationMs()).isNaN();
        assertThat(consume.p50DurationMs()).isEqualTo(38.0);
        assertThat(consume.p99DurationMs()).isEqualTo(90.0);
        assertThat(sink.aggregates).allSatisfy(a -> assertThat(a.p90DurationMs()).isNaN());
        assertThat(sink.aggregates).allSatisfy(a -> {
            assertThat(a.errors()).isEqualTo(-1);
            assertThat(a.throttles()).isEqualTo(-1);
            assertThat(a.coldStarts()).isEqualTo(-1);
        });
        IntervalAggregate audit = sink.aggregates.get(8);
        assertThat(audit.function()).isEqualTo(AUDIT);
        assertThat(audit.avgDurationMs()).as("no durations row for this function").isNaN();
        assertThat(audit.p99DurationMs()).isNaN();
    }

    @Test
    void attachesTheMemoryOfTheAppRoundedUpToAWholeMbAndRaisedToLambdasMinimum() throws IOException {
        read("azure-2019/" + INVOCATIONS);

        assertThat(sink.aggregates)
                .extracting(IntervalAggregate::function, IntervalAggregate::memoryMb)
                .containsOnly(
                        tuple(CHECKOUT, 202), // pct99 201.2 MB, rounded up
                        tuple(NIGHTLY, 202), // same app
                        tuple(CONSUME, 128), // pct99 95.5 MB, raised to 128
                        tuple(AUDIT, 128));
    }

    @Test
    void saysWhichCompanionsItUsedAndWhatDidNotMatch() throws IOException {
        read("azure-2019/" + INVOCATIONS);

        assertThat(report.warnings()).containsExactly(
                INVOCATIONS + ": durations from function_durations_percentiles.anon.d01.csv (found next to it)",
                INVOCATIONS + ": memory from app_memory_percentiles.anon.d01.csv (found next to it)",
                "app_memory_percentiles.anon.d01.csv: 1 app allocates less than 128 MB: given 128 MB,"
                        + " Lambda's minimum",
                "function_durations_percentiles.anon.d01.csv: 1 function has durations but no row in " + INVOCATIONS
                        + " (first: line 5, a8aa55ec/cb05079d/8af120f7): not used",
                INVOCATIONS + ": 1 function has no row in function_durations_percentiles.anon.d01.csv"
                        + " (first: line 5, " + AUDIT + "): durations unknown");
    }

    @Test
    void usesCompanionsGivenAsOtherInputsFromAnotherDirectory() throws IOException {
        Path invocations = fixture("azure-2019-inputs/invocations/invocations_per_function_md.anon.d02.csv");
        Path durations = fixture("azure-2019-inputs/companions/function_durations_percentiles.anon.d02.csv");
        Path memory = fixture("azure-2019-inputs/companions/app_memory_percentiles.anon.d02.csv");

        importer.withInputs(List.of(invocations, durations, memory)).read(invocations, sink, report);

        assertThat(sink.aggregates)
                .extracting(a -> (a.startUs() - DAY_ONE_US - DAY_US) / MINUTE_US, IntervalAggregate::invocations,
                        IntervalAggregate::avgDurationMs, IntervalAggregate::p99DurationMs,
                        IntervalAggregate::memoryMb)
                .containsExactly(
                        tuple(0L, 2L, 101.0, 130.0, 10_240),
                        tuple(1L, 1L, 101.0, 130.0, 10_240));
        assertThat(report.warnings()).containsExactly(
                "invocations_per_function_md.anon.d02.csv: durations from"
                        + " function_durations_percentiles.anon.d02.csv (given as an input)",
                "invocations_per_function_md.anon.d02.csv: memory from app_memory_percentiles.anon.d02.csv"
                        + " (given as an input)",
                "app_memory_percentiles.anon.d02.csv: 1 app allocates more than 10240 MB: given 10240 MB,"
                        + " Lambda's maximum");
    }

    @Test
    void withoutCompanionsSaysSoAndLeavesDurationsAndMemoryUnknown() throws IOException {
        Path invocations = fixture("azure-2019-inputs/invocations/invocations_per_function_md.anon.d02.csv");

        importer.read(invocations, sink, report);

        assertThat(sink.aggregates).hasSize(2).allSatisfy(a -> {
            assertThat(a.avgDurationMs()).isNaN();
            assertThat(a.memoryMb()).isEqualTo(-1);
        });
        assertThat(report.warnings()).containsExactly(
                "invocations_per_function_md.anon.d02.csv: no durations companion"
                        + " (function_durations_percentiles.anon.d02.csv is neither next to it nor among the inputs):"
                        + " durations unknown",
                "invocations_per_function_md.anon.d02.csv: no memory companion"
                        + " (app_memory_percentiles.anon.d02.csv is neither next to it nor among the inputs):"
                        + " memory unknown");
    }

    @Test
    void readsAByteOrderMarkCrlfLineEndsAndQuotedFieldsAndPlacesDayTwoADayLater() throws IOException {
        read("azure-2019-crlf/invocations_per_function_md.anon.d02.csv");

        assertThat(report.rejections()).isEmpty();
        assertThat(sink.aggregates)
                .extracting(IntervalAggregate::function, IntervalAggregate::startUs, IntervalAggregate::invocations)
                .containsExactly(
                        tuple(CHECKOUT, 1_563_235_200_000_000L, 4L), // 2019-07-16T00:00Z
                        tuple(CHECKOUT, 1_563_235_200_000_000L + 2 * MINUTE_US, 1L),
                        tuple(CONSUME, 1_563_235_200_000_000L + MINUTE_US, 2L));
    }

    @Test
    void placesDayOneWhereTheCallerSays() throws IOException {
        new AzureFunctions2019Importer(Instant.parse("2020-01-01T00:00:00Z"))
                .read(fixture("azure-2019-crlf/invocations_per_function_md.anon.d02.csv"), sink, report);

        assertThat(sink.aggregates.get(0).startUs()).isEqualTo(1_577_923_200_000_000L); // 2020-01-02T00:00Z
    }

    @Test
    void readsAFullDayOf1440MinuteColumns(@TempDir Path dir) throws IOException {
        // Function 1 has m / 7 invocations in each minute m divisible by 7, function 2 one in minute 1440 only.
        StringBuilder csv = new StringBuilder("HashOwner,HashApp,HashFunction,Trigger");
        for (int m = 1; m <= 1440; m++) {
            csv.append(',').append(m);
        }
        csv.append("\nowner1,app1,func1,http");
        for (int m = 1; m <= 1440; m++) {
            csv.append(',').append(m % 7 == 0 ? m / 7 : 0);
        }
        csv.append("\nowner1,app1,func2,timer");
        for (int m = 1; m <= 1440; m++) {
            csv.append(',').append(m == 1440 ? 1 : 0);
        }
        csv.append('\n');
        Path file = dir.resolve("invocations_per_function_md.anon.d14.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        importer.read(file, sink, report);

        long dayFourteenUs = DAY_ONE_US + 13 * DAY_US; // 2019-07-28T00:00Z
        assertThat(sink.aggregates).hasSize(205 + 1); // 7, 14, ..., 1435 and 1440
        assertThat(sink.aggregates.stream().filter(a -> a.function().equals("owner1/app1/func1"))
                .mapToLong(IntervalAggregate::invocations).sum()).isEqualTo(205 * 206 / 2);
        assertThat(sink.aggregates.get(0).startUs()).isEqualTo(dayFourteenUs + 6 * MINUTE_US);
        assertThat(sink.aggregates.get(0).invocations()).isEqualTo(1);
        assertThat(sink.aggregates.get(204).startUs()).isEqualTo(dayFourteenUs + 1434 * MINUTE_US);
        assertThat(sink.aggregates.get(204).invocations()).isEqualTo(205);
        IntervalAggregate last = sink.aggregates.get(205);
        assertThat(last.function()).isEqualTo("owner1/app1/func2");
        assertThat(last.startUs()).isEqualTo(dayFourteenUs + 1439 * MINUTE_US); // 23:59
        assertThat(report.rejectedCount()).isZero();
    }

    @Test
    void rejectsEachBadRowOrCellNamingFileLineAndField() throws IOException {
        read("azure-2019-malformed/" + INVOCATIONS);

        assertThat(report.rejections()).extracting(Rejection::toString).containsExactly(
                INVOCATIONS + ":3: columns: 7 fields where the header has 8",
                INVOCATIONS + ":4: 2: \"abc\" is not a whole number of invocations",
                INVOCATIONS + ":5: 1: \"-2\" is negative; a count of invocations cannot be",
                INVOCATIONS + ":6: 2: \"2.5\" is not a whole number of invocations",
                INVOCATIONS + ":7: HashFunction: repeats the function of line 2",
                INVOCATIONS + ":8: HashFunction: is empty");
        assertThat(report.rejectedCount()).isEqualTo(6);
        assertThat(report.duplicates()).isEqualTo(1);
    }

    @Test
    void keepsTheGoodMinutesOfARowWithABadCellAndReadsWholeNumbersWrittenWithDecimals() throws IOException {
        read("azure-2019-malformed/" + INVOCATIONS);

        assertThat(sink.aggregates)
                .extracting(IntervalAggregate::function, a -> (a.startUs() - DAY_ONE_US) / MINUTE_US,
                        IntervalAggregate::invocations)
                .containsExactly(
                        tuple(CHECKOUT, 0L, 1L),
                        tuple(CHECKOUT, 2L, 2L),
                        tuple(CONSUME, 2L, 3L),
                        tuple(AUDIT, 3L, 1L),
                        tuple("a8aa55ec/cb05079d/8af120f7", 2L, 4L)); // "4.0"
        assertThat(report.acceptedCount()).isEqualTo(5);
    }

    @Test
    void failsOnAFileWithoutAHeader() {
        assertReadFails(importer, fixture("azure-2019-no-header/" + INVOCATIONS),
                INVOCATIONS + ":1: no header: expected HashOwner,HashApp,HashFunction,Trigger,1,2,...,1440,"
                        + " found \"6cd9f7f4335cb661eebf663e0b088705c5162428...\"");
    }

    @Test
    void failsOnAHeaderWithoutMinuteColumns(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(INVOCATIONS);
        Files.writeString(file, "HashOwner,HashApp,HashFunction,Trigger\no,a,f,http\n");

        assertReadFails(importer, file,
                INVOCATIONS + ":1: the header has no minute columns (1 to 1440): expected"
                        + " HashOwner,HashApp,HashFunction,Trigger,1,2,...,1440, found"
                        + " \"HashOwner,HashApp,HashFunction,Trigger\"");
    }

    @Test
    void failsOnAnEmptyFile() {
        assertReadFails(importer, fixture("empty.csv"),
                "empty.csv: the file is empty; expected a header"
                        + " HashOwner,HashApp,HashFunction,Trigger,1,2,...,1440");
    }

    @Test
    void failsOnBinaryJunk() {
        assertReadFails(importer, fixture("junk.csv"),
                "junk.csv:1: not a CSV text file: it holds binary data (a compressed archive? unpack it"
                        + " first)");
    }

    @Test
    void failsOnDayZeroInTheFileName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("invocations_per_function_md.anon.d00.csv");
        Files.writeString(file, "HashOwner,HashApp,HashFunction,Trigger,1\no,a,f,http,1\n");

        assertReadFails(importer, file,
                "invocations_per_function_md.anon.d00.csv: day 00 in the file name: the trace numbers its"
                        + " days from 01");
    }

    @Test
    void readsAFileWithoutDayNumberAsDayOneAndSaysSo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sample.csv");
        Files.writeString(file, "HashOwner,HashApp,HashFunction,Trigger,1,2\no,a,f,http,0,3\n");

        importer.read(file, sink, report);

        assertThat(sink.aggregates).extracting(IntervalAggregate::startUs, IntervalAggregate::invocations)
                .containsExactly(tuple(DAY_ONE_US + MINUTE_US, 3L));
        assertThat(report.warnings()).containsExactly("sample.csv: no day number in the file name (expected"
                + " invocations_per_function_md.anon.dNN.csv): read as day 01, and no companions looked for");
    }

    @Test
    void ignoresColumnsThatAreNeitherIdsNorMinutesWithAWarning(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("invocations_per_function_md.anon.d01.csv");
        Files.writeString(file, "HashOwner,HashApp,HashFunction,Trigger,1,2,Total\no,a,f,http,2,3,5\n");

        importer.read(file, sink, report);

        assertThat(sink.totalInvocations()).isEqualTo(5);
        assertThat(report.warnings()).first().isEqualTo(INVOCATIONS + ": ignored 1 column that is neither an id nor"
                + " a minute 1..1440: \"Total\"");
    }

    @Test
    void keepsIdsUniqueWhenTheirShortFormsCollide(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(INVOCATIONS);
        Files.writeString(file, "HashOwner,HashApp,HashFunction,Trigger,1\n"
                + "0123456789ab,abcdef0123,c0ffee0001,http,1\n"
                + "0123456789ab,abcdef0123,c0ffee0002,http,2\n");

        importer.read(file, sink, report);

        assertThat(sink.aggregates).extracting(IntervalAggregate::function, IntervalAggregate::invocations)
                .containsExactly(
                        tuple("01234567/abcdef01/c0ffee00", 1L),
                        tuple("0123456789ab/abcdef0123/c0ffee0002", 2L));
        assertThat(report.warnings()).last().isEqualTo(INVOCATIONS + ": 1 function(s) got their full"
                + " HashOwner/HashApp/HashFunction as id: the short form was taken by another function");
    }

    @Test
    void readsACompanionOnItsOwnAsNothingButAWarning() throws IOException {
        read("azure-2019/function_durations_percentiles.anon.d01.csv");

        assertThat(sink.aggregates).isEmpty();
        assertThat(report.acceptedCount()).isZero();
        assertThat(report.warnings()).containsExactly("function_durations_percentiles.anon.d01.csv is a durations"
                + " companion and adds nothing on its own: its durations are attached when " + INVOCATIONS
                + " is imported (it lies next to this file)");
    }

    @Test
    void saysWhereAMemoryCompanionBelongsWhenItsInvocationsAreElsewhere() throws IOException {
        read("azure-2019-inputs/companions/app_memory_percentiles.anon.d02.csv");

        assertThat(report.warnings()).containsExactly("app_memory_percentiles.anon.d02.csv is a memory companion"
                + " and adds nothing on its own: its memory is attached when"
                + " invocations_per_function_md.anon.d02.csv is imported (give both files as inputs, or put them in"
                + " one directory)");
    }

    @Test
    void rejectsBadDurationRowsAndCarriesOn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(INVOCATIONS), "HashOwner,HashApp,HashFunction,Trigger,1\n"
                + "o,a,f1,http,1\no,a,f2,http,1\n");
        Files.writeString(dir.resolve("function_durations_percentiles.anon.d01.csv"),
                "HashOwner,HashApp,HashFunction,Average,Count,Minimum,Maximum,percentile_Average_50,"
                        + "percentile_Average_99\n"
                        + "o,a,f1,fast,1,1,1,1,1\n"
                        + "o,a,f2,10,1,-1,12,10,12\n");

        importer.read(dir.resolve(INVOCATIONS), sink, report);

        assertThat(report.rejections()).extracting(Rejection::toString).containsExactly(
                "function_durations_percentiles.anon.d01.csv:2: Average: \"fast\" is not a number of milliseconds",
                "function_durations_percentiles.anon.d01.csv:3: Minimum: \"-1\" is negative; a number of"
                        + " milliseconds cannot be");
        assertThat(sink.aggregates).hasSize(2).allSatisfy(a -> assertThat(a.avgDurationMs()).isNaN());
    }
}
