package io.lambdasim.workload.importer.cloudwatch;

import static io.lambdasim.workload.importer.cloudwatch.Fixtures.path;
import static io.lambdasim.workload.importer.cloudwatch.Fixtures.rejections;
import static io.lambdasim.workload.importer.cloudwatch.Fixtures.us;
import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.workload.trace.IntervalAggregate;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * get-metric-data output. Expected numbers come from the fixtures as written; for the generated-by-script realistic
 * fixture they can be checked with
 * {@code jq '.MetricDataResults[] | {Id, n: (.Values|length), sum: (.Values|add)}' get-metric-data-two-functions.json}.
 */
class GetMetricDataImporterTest extends ImporterTestBase {

    GetMetricDataImporterTest() {
        super(new GetMetricDataImporter());
    }

    // --- the realistic export: 09:00-11:59 for orders-api (175 minutes, 5 absent), 30 minutes of resize-image ---

    @Test
    void readsOneRowPerFunctionPerMinuteOfTheRealisticExport() throws IOException {
        read("get-metric-data-two-functions.json");

        assertThat(sink.of("orders-api")).hasSize(175);
        assertThat(sink.of("resize-image")).hasSize(30);
        assertThat(sink.invocations("orders-api")).isEqualTo(24_170);
        assertThat(sink.invocations("resize-image")).isEqualTo(119);
        assertThat(sink.of("orders-api").stream().mapToLong(IntervalAggregate::errors).sum()).isEqualTo(14);
        assertThat(report.acceptedCount()).isEqualTo(205);
        assertThat(report.functions()).isEqualTo(Map.of("orders-api", 175L, "resize-image", 30L));
        assertThat(report.rejectedCount()).isZero();
        assertThat(report.format()).isEqualTo("cloudwatch-get-metric-data");
        assertThat(report.timeZone()).isEqualTo("UTC");
    }

    @Test
    void pairsEachTimestampWithTheValueAtTheSamePositionInNewestFirstSeries() throws IOException {
        read("get-metric-data-two-functions.json");

        IntervalAggregate last = sink.at("orders-api", "2026-03-02T11:59:00Z");
        assertThat(last.invocations()).isEqualTo(185);
        assertThat(last.avgDurationMs()).isEqualTo(117.75);
        assertThat(last.p99DurationMs()).isEqualTo(393.25);
        assertThat(last.errors()).isZero();
        assertThat(last.throttles()).isEqualTo(-1);
        assertThat(last.minDurationMs()).isNaN();
        assertThat(last.coldStarts()).isEqualTo(-1);
        assertThat(last.lengthUs()).isEqualTo(60_000_000L);
        assertThat(last.line()).isEqualTo("get-metric-data-two-functions.json:184");

        IntervalAggregate first = sink.at("orders-api", "2026-03-02T09:00:00Z");
        assertThat(first.invocations()).isEqualTo(90);
        assertThat(first.avgDurationMs()).isEqualTo(110.0);
        assertThat(first.p99DurationMs()).isEqualTo(330.0);
        assertThat(first.errors()).isEqualTo(1);
        assertThat(first.line()).isEqualTo("get-metric-data-two-functions.json:358");

        IntervalAggregate resize = sink.at("resize-image", "2026-03-02T10:57:00Z");
        assertThat(resize.invocations()).isEqualTo(6);
        assertThat(resize.avgDurationMs()).isEqualTo(863.5);
        assertThat(report.firstUs()).isEqualTo(us("2026-03-02T09:00:00Z"));
        assertThat(report.lastUs()).isEqualTo(us("2026-03-02T11:59:00Z"));
    }

    @Test
    void countsAbsentMinutesInsideEachFunctionsSpanAsGapsWithoutInventingRows() throws IOException {
        read("get-metric-data-two-functions.json");

        // orders-api: 09:41, 10:15-10:17, 11:30; resize-image: every third minute from 09:30 to 10:57
        assertThat(report.gaps()).isEqualTo(5 + 58);
        assertThat(sink.rows).noneMatch(r -> r.function().equals("orders-api")
                && r.startUs() == us("2026-03-02T10:16:00Z"));
        assertThat(report.warnings()).contains(
                "orders-api: 5 intervals of 60 s without data between 2026-03-02T09:00:00Z and "
                        + "2026-03-02T11:59:00Z (3 holes); absent intervals are left out, not filled with zeros",
                "resize-image: 58 intervals of 60 s without data between 2026-03-02T09:30:00Z and "
                        + "2026-03-02T10:57:00Z (29 holes); absent intervals are left out, not filled with zeros");
    }

    @Test
    void namesAMetricItDoesNotUseInAWarning() throws IOException {
        read("get-metric-data-two-functions.json");

        assertThat(report.warnings()).contains("get-metric-data-two-functions.json:1439: conc_orders (Label "
                + "\"orders-api ConcurrentExecutions Maximum\"): ConcurrentExecutions is not used: an interval "
                + "aggregate has no field for it; 175 values skipped");
    }

    // --- pages ---

    @Test
    void readsConcatenatedPagesAsOneExportAndKeepsAMinuteRepeatedOnBothPagesOnce() throws IOException {
        read("orders-api.json");

        assertThat(sink.rows).hasSize(9);
        assertThat(sink.invocations("orders-api")).isEqualTo(897);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.gaps()).isEqualTo(1); // 10:07
        IntervalAggregate repeated = sink.at("orders-api", "2026-03-02T10:05:00Z");
        assertThat(repeated.invocations()).isEqualTo(102);
        assertThat(repeated.avgDurationMs()).isEqualTo(131.75);
        assertThat(repeated.p99DurationMs()).isEqualTo(640.25);
        assertThat(repeated.line()).isEqualTo("orders-api.json:2");
        assertThat(sink.at("orders-api", "2026-03-02T10:00:00Z").p99DurationMs()).isEqualTo(290.0);
        assertThat(report.warnings()).noneMatch(w -> w.contains("PartialData") || w.contains("NextToken"));
    }

    @Test
    void readsEpochSecondTimestampsAsUtc() throws IOException {
        read("orders-api.json");

        // 1772446140 is 2026-03-02T10:09:00Z
        assertThat(sink.at("orders-api", "2026-03-02T10:09:00Z").invocations()).isEqualTo(121);
        assertThat(report.timeZone()).isEqualTo("UTC");
    }

    @Test
    void takesTheFunctionFromTheFileNameWhenNoLabelNamesOne() throws IOException {
        read("orders-api.json");

        assertThat(report.functions()).containsOnlyKeys("orders-api");
        assertThat(report.warnings()).contains("orders-api.json: the labels name no function; their values are "
                + "given to \"orders-api\" (the file name up to its first dot)");
    }

    @Test
    void givesUnlabelledSeriesToTheFunctionItWasGiven() throws IOException {
        new GetMetricDataImporter("checkout-v2").read(path("orders-api.json"), sink, report);

        assertThat(report.functions()).isEqualTo(Map.of("checkout-v2", 9L));
        assertThat(report.warnings()).noneMatch(w -> w.contains("file name"));
    }

    @Test
    void combinesPagesSplitAcrossFilesInAnyOrder() throws IOException {
        importer.readAll(List.of(path("orders-api.page2.json"), path("orders-api.page1.json")), sink, report);

        assertThat(sink.rows).hasSize(9);
        assertThat(sink.invocations("orders-api")).isEqualTo(897);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(sink.at("orders-api", "2026-03-02T10:08:00Z").avgDurationMs()).isEqualTo(118.25);
        assertThat(report.warnings()).noneMatch(w -> w.contains("PartialData") || w.contains("NextToken"));
    }

    @Test
    void warnsThatPagesAreMissingWhenOnlyAPartialPageIsRead() throws IOException {
        read("orders-api.page1.json");

        assertThat(sink.rows).hasSize(4);
        assertThat(report.warnings()).contains(
                "orders-api.page1.json:2: Id \"inv\": StatusCode PartialData and no page read has this query "
                        + "Complete: its data is incomplete (fetch the remaining pages with NextToken and import all "
                        + "pages together)",
                "every page read (1) has a NextToken, so at least one page is missing (fetch it with that "
                        + "NextToken and import all pages together)");
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("orders-api.page1.json:3: Id \"avg\""))
                .anyMatch(w -> w.startsWith("orders-api.page1.json:4: Id \"p99\""));
    }

    @Test
    void keepsTheFirstOfTwoDifferentValuesForOneMinuteAndWarns() throws IOException {
        read("conflicting-pages.json");

        assertThat(sink.rows).extracting(IntervalAggregate::invocations).containsExactly(35L, 97L, 40L);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.warnings()).contains("conflicting-pages.json:5: inv.Values[0]: Invocations Sum of checkout "
                + "at 2026-03-02T10:01:00Z is given again with another value, 98 (first 97 at "
                + "conflicting-pages.json:2); kept the first");
    }

    // --- malformed variants ---

    @Test
    void rejectsASeriesWhoseTimestampsAndValuesDifferInLength() throws IOException {
        read("length-mismatch.json");

        assertThat(rejections(report)).containsExactly("length-mismatch.json:18: avg.Values: 3 Timestamps but 2 "
                + "Values: they pair by position, so no value can be placed; series skipped");
        assertThat(sink.rows).extracting(IntervalAggregate::invocations).containsExactly(29L, 31L, 40L);
        assertThat(sink.rows).allMatch(r -> Double.isNaN(r.avgDurationMs()));
    }

    @Test
    void rejectsEachValueThatIsNotANumberAndKeepsTheOthers() throws IOException {
        read("non-numeric.json");

        assertThat(rejections(report)).containsExactly(
                "non-numeric.json:15: inv.Values[1]: not a number: \"n/a\"",
                "non-numeric.json:16: inv.Values[2]: not a number: null");
        // 10:03 and 10:02 have a Duration but a rejected count: rejected once, not again for lacking a count
        assertThat(report.rejectedCount()).isEqualTo(2);
        assertThat(sink.rows).extracting(IntervalAggregate::invocations).containsExactly(15L, 7L, 12L);
        assertThat(sink.at("orders-api", "2026-03-02T10:00:00Z").avgDurationMs()).isEqualTo(105.0);
        assertThat(report.gaps()).isZero();
    }

    @Test
    void readsTimestampsWithoutAZoneAsUtcAndWarnsOnce() throws IOException {
        read("no-zone.json");

        assertThat(sink.rows).extracting(IntervalAggregate::startUs)
                .containsExactly(us("2026-03-02T10:01:00Z"), us("2026-03-02T10:02:00Z"));
        assertThat(report.warnings()).containsOnlyOnce("no-zone.json:7: inv.Timestamps[0]: 4 timestamps have no "
                + "time zone (the first is \"2026-03-02T10:02:00\"); read as UTC");
        assertThat(report.timeZone()).isEqualTo("UTC (assumed for 4 timestamps without a zone)");
    }

    @Test
    void convertsEveryOffsetToUtcWhenOneFileMixesThem() throws IOException {
        read("mixed-offsets.json");

        assertThat(sink.rows).hasSize(3);
        IntervalAggregate ten = sink.at("orders-api", "2026-03-02T10:00:00Z"); // 05:00-05:00 and 15:30+05:30
        assertThat(ten.invocations()).isEqualTo(29);
        assertThat(ten.avgDurationMs()).isEqualTo(101.25);
        IntervalAggregate tenOne = sink.at("orders-api", "2026-03-02T10:01:00Z"); // Z and epoch 1772445660
        assertThat(tenOne.invocations()).isEqualTo(31);
        assertThat(tenOne.avgDurationMs()).isEqualTo(99.0);
        IntervalAggregate tenTwo = sink.at("orders-api", "2026-03-02T10:02:00Z"); // 11:02+01:00 and "10:02:00+00:00"
        assertThat(tenTwo.invocations()).isEqualTo(40);
        assertThat(tenTwo.avgDurationMs()).isEqualTo(120.5);
        assertThat(report.timeZone()).isEqualTo("UTC (converted from offsets +01:00, +05:30, -05:00)");
        assertThat(report.warnings()).noneMatch(w -> w.contains("zone"));
    }

    @Test
    void rejectsNegativeCountsNamingTheMetric() throws IOException {
        read("negative-counts.json");

        assertThat(rejections(report)).containsExactly(
                "negative-counts.json:13: inv.Values[1]: negative count -3 (Invocations Sum)",
                "negative-counts.json:29: err.Values[2]: negative count -1 (Errors Sum)");
        assertThat(sink.rows).hasSize(2);
        IntervalAggregate ten = sink.at("orders-api", "2026-03-02T10:00:00Z");
        assertThat(ten.invocations()).isEqualTo(4);
        assertThat(ten.errors()).isEqualTo(-1); // unknown, not zero
        assertThat(sink.at("orders-api", "2026-03-02T10:02:00Z").errors()).isZero();
    }

    @Test
    void keepsTheSeriesReadBeforeTheFileWasCutOff() throws IOException {
        read("truncated.json");

        assertThat(rejections(report)).containsExactly("truncated.json:21: JSON: the file ends in the middle of a "
                + "JSON value (truncated?); the 1 series read before were kept, the rest of the file is lost");
        assertThat(sink.rows).extracting(IntervalAggregate::invocations).containsExactly(29L, 31L);
    }

    @Test
    void failsWithTheLastLineWhenTheFileIsCutOffBeforeAnySeries() {
        assertFails("truncated-early.json", "truncated-early.json:7: the file ends in the middle of a JSON value "
                + "(truncated?); nothing could be read (expected the JSON output of aws cloudwatch get-metric-data)");
    }

    @Test
    void failsOnAnEmptyFile() {
        assertFails("empty.json", "empty.json: the file is empty; expected the JSON output of aws cloudwatch "
                + "get-metric-data");
    }

    @Test
    void failsOnBinaryJunk() {
        assertFails("junk.bin", "junk.bin: binary data (byte 0x1A at offset 6), not text; expected the JSON "
                + "output of aws cloudwatch get-metric-data");
    }

    @Test
    void failsOnJsonOfAnotherShapeNamingItsFields() {
        assertFails("log-events.json", "log-events.json: no \"MetricDataResults\" field, so this is not the JSON "
                + "output of aws cloudwatch get-metric-data (its top-level fields: events, nextToken)");
    }

    @Test
    void warnsAboutQueriesCloudWatchCouldNotAnswer() throws IOException {
        read("status-errors.json");

        assertThat(sink.rows).extracting(IntervalAggregate::invocations).containsExactly(29L);
        assertThat(report.warnings()).containsExactly(
                "status-errors.json:14: p99.StatusCode: Forbidden: CloudWatch did not return this query's data",
                "status-errors.json:20: p99.Messages: Forbidden: User is not authorized to perform "
                        + "cloudwatch:GetMetricData on this metric",
                "status-errors.json:27: err.StatusCode: InternalError: CloudWatch did not return this query's data",
                "status-errors.json:35: Messages: MaxMetricsExceeded: The maximum number of metrics per request was "
                        + "exceeded");
    }
}
