package io.lambdasim.workload.importer.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labels, Ids and CSV headers read into (function, metric, statistic). */
class MetricLabelTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Invocations | - | - | Invocations | -",
        "orders-api Invocations | - | orders-api | Invocations | -",
        "Duration (Average) [FunctionName: orders-api] | - | orders-api | Duration | Average",
        "Invocations [FunctionName: orders-api] | - | orders-api | Invocations | -",
        "Duration p99 [FunctionName: orders-api, Resource: orders-api:prod] | - | orders-api:prod | Duration | p99",
        "{FunctionName=resize-image} Errors Sum | - | resize-image | Errors | Sum",
        "Duration | durP90 | - | Duration | p90",
        "Duration | avg | - | Duration | Average",
        "- | inv_orders | - | Invocations | -",
        "orders-api Duration P99.0 | - | orders-api | Duration | p99",
        "Duration p99.90 | - | - | Duration | p99.9",
        "Invocations per minute | - | - | Invocations | -",
        "Duration avg (ms) | - | - | Duration | Average",
        "ConcurrentExecutions Maximum | - | - | ConcurrentExecutions | Maximum",
    })
    void readsFunctionMetricAndStatistic(String label, String id, String function, String metric, String statistic) {
        MetricLabel.Parsed parsed = MetricLabel.parse(label, id);

        assertThat(parsed.problem()).isNull();
        assertThat(parsed.function()).isEqualTo(function);
        assertThat(parsed.metric()).isEqualTo(metric);
        assertThat(parsed.statistic()).isEqualTo(statistic);
    }

    @Test
    void refusesALabelNamingTwoMetrics() {
        assertThat(MetricLabel.parse("Errors / Invocations", "m1").problem())
                .isEqualTo("names two metrics (Errors, Invocations)");
    }

    @Test
    void refusesALabelNamingNoMetric() {
        assertThat(MetricLabel.parse("m1", "m1").problem())
                .isEqualTo("names no AWS/Lambda metric (Invocations, Duration, Errors, Throttles, ...)");
    }

    @Test
    void refusesToGuessAFunctionAmongSeveralWords() {
        assertThat(MetricLabel.parse("orders api Invocations", null).problem())
                .isEqualTo("cannot tell which of the words \"orders\", \"api\" is the function name");
    }

    @Test
    void mapsStatisticsToTheMeasuresAnAggregateHas() {
        assertThat(Measure.of("Invocations", "Sum").measure()).isEqualTo(Measure.INVOCATIONS);
        assertThat(Measure.of("Duration", "SampleCount").measure()).isEqualTo(Measure.DURATION_SAMPLE_COUNT);
        assertThat(Measure.of("Duration", "p90").measure()).isEqualTo(Measure.DURATION_P90);
        assertThat(Measure.of("Invocations", "Average").problem())
                .isEqualTo("Invocations Average is not a count; export Invocations with the Sum statistic");
        assertThat(Measure.of("Throttles", "Maximum").problem())
                .isEqualTo("Throttles Maximum is not a count; export Throttles with the Sum statistic");
        assertThat(Measure.of("Duration", "tm99").problem()).isEqualTo("Duration tm99 is not used (only Average, "
                + "Minimum, Maximum, SampleCount, Sum, p50, p90, p99 are read)");
    }
}
