package io.lambdasim.workload.importer.cloudwatch;

import static io.lambdasim.workload.importer.cloudwatch.Fixtures.path;
import static io.lambdasim.workload.importer.cloudwatch.Fixtures.rejections;
import static io.lambdasim.workload.importer.cloudwatch.Fixtures.us;
import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.workload.trace.IntervalAggregate;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** get-metric-statistics output; expected numbers are those written in the fixtures. */
class GetMetricStatisticsImporterTest extends ImporterTestBase {

    GetMetricStatisticsImporterTest() {
        super(new GetMetricStatisticsImporter());
    }

    @Test
    void readsInvocationsSumFromDatapointsInAnyOrder() throws IOException {
        read("orders-api.invocations.json");

        assertThat(sink.rows).extracting(IntervalAggregate::startUs).containsExactly(
                us("2026-03-02T10:00:00Z"), us("2026-03-02T10:01:00Z"), us("2026-03-02T10:02:00Z"),
                us("2026-03-02T10:04:00Z"), us("2026-03-02T10:05:00Z"));
        assertThat(sink.rows).extracting(IntervalAggregate::invocations).containsExactly(88L, 97L, 91L, 95L, 102L);
        assertThat(sink.rows).allMatch(r -> r.function().equals("orders-api") && Double.isNaN(r.avgDurationMs()));
        assertThat(report.gaps()).isEqualTo(1); // 10:03
        assertThat(report.format()).isEqualTo("cloudwatch-get-metric-statistics");
    }

    @Test
    void takesInvocationCountsFromDurationSampleCountWhenNoInvocationsAreGiven() throws IOException {
        read("orders-api.duration.json");

        assertThat(sink.rows).hasSize(6);
        assertThat(sink.invocations("orders-api")).isEqualTo(88 + 97 + 91 + 90 + 95 + 102);
        assertThat(report.warnings()).contains("orders-api: the invocation counts of 6 intervals are Duration "
                + "SampleCount (no Invocations Sum was given for them)");
    }

    @Test
    void readsEveryStatisticAndTheExtendedStatisticsOfThePointsThatHaveThem() throws IOException {
        read("orders-api.duration.json");

        IntervalAggregate withP99 = sink.at("orders-api", "2026-03-02T10:01:00Z");
        assertThat(withP99.avgDurationMs()).isEqualTo(120.0);
        assertThat(withP99.minDurationMs()).isEqualTo(44.0);
        assertThat(withP99.maxDurationMs()).isEqualTo(362.25);
        assertThat(withP99.p99DurationMs()).isEqualTo(355.0);
        assertThat(withP99.p50DurationMs()).isNaN();
        IntervalAggregate withoutP99 = sink.at("orders-api", "2026-03-02T10:00:00Z");
        assertThat(withoutP99.avgDurationMs()).isEqualTo(97.5);
        assertThat(withoutP99.p99DurationMs()).isNaN();
        assertThat(report.warnings()).contains("orders-api.duration.json:1: Duration p95 is not used (only Average, "
                + "Minimum, Maximum, SampleCount, Sum, p50, p90, p99 are read)");
    }

    @Test
    void combinesTheInvocationsFileAndTheDurationFileByMinute() throws IOException {
        importer.readAll(List.of(path("orders-api.invocations.json"), path("orders-api.duration.json")), sink,
                report);

        assertThat(sink.rows).hasSize(6);
        IntervalAggregate tenOne = sink.at("orders-api", "2026-03-02T10:01:00Z");
        assertThat(tenOne.invocations()).isEqualTo(97);
        assertThat(tenOne.avgDurationMs()).isEqualTo(120.0);
        assertThat(tenOne.line()).isEqualTo("orders-api.invocations.json:26");
        // 10:03 is only in the Duration file: its count is the SampleCount
        assertThat(sink.at("orders-api", "2026-03-02T10:03:00Z").invocations()).isEqualTo(90);
        assertThat(sink.at("orders-api", "2026-03-02T10:03:00Z").line()).isEqualTo("orders-api.duration.json:6");
        assertThat(report.warnings()).contains("orders-api: the invocation counts of 1 interval are Duration "
                + "SampleCount (no Invocations Sum was given for them)");
        assertThat(report.gaps()).isZero();
        assertThat(report.duplicates()).isZero();
    }

    @Test
    void rejectsDatapointsWithoutATimestampOrWithABadValue() throws IOException {
        read("stats-bad-points.json");

        assertThat(rejections(report)).containsExactly(
                "stats-bad-points.json:9: Datapoints[1].Timestamp: missing",
                "stats-bad-points.json:15: Datapoints[2].Sum: not a number: \"lots\"",
                "stats-bad-points.json:20: Datapoints[3].Sum: negative count -2 (Invocations Sum)",
                "stats-bad-points.json:24: Datapoints[4].Timestamp: \"yesterday\": not a timestamp (expected "
                        + "ISO-8601 such as 2026-03-02T10:01:00Z, or epoch seconds)");
        assertThat(sink.rows).extracting(IntervalAggregate::invocations).containsExactly(12L, 14L);
    }

    @Test
    void takesTheIntervalFromTheSpacingOfTheTimestamps() throws IOException {
        read("billing-batch.five-minutes.json");

        assertThat(sink.rows).extracting(IntervalAggregate::lengthUs).containsOnly(300_000_000L);
        assertThat(sink.rows).extracting(IntervalAggregate::invocations).containsExactly(250L, 275L, 300L);
        assertThat(report.gaps()).isEqualTo(1); // 10:10
        assertThat(report.functions()).containsOnlyKeys("billing-batch");
    }

    @Test
    void failsOnGetMetricDataOutputAndSaysWhichFormatItIs() {
        assertFails("orders-api.json", "orders-api.json: no \"Datapoints\" field, so this is not the JSON output of "
                + "aws cloudwatch get-metric-statistics (its top-level fields: MetricDataResults, NextToken, "
                + "Messages); it looks like get-metric-data output: use cloudwatch-get-metric-data");
    }

    @Test
    void failsOnAnEmptyFile() {
        assertFails("empty.json", "empty.json: the file is empty; expected the JSON output of aws cloudwatch "
                + "get-metric-statistics");
    }

    @Test
    void failsOnBinaryJunk() {
        assertFails("junk.bin", "junk.bin: binary data (byte 0x1A at offset 6), not text; expected the JSON "
                + "output of aws cloudwatch get-metric-statistics");
    }
}
