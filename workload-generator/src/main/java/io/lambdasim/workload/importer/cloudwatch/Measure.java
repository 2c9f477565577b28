package io.lambdasim.workload.importer.cloudwatch;

import java.util.Locale;

/**
 * One number of an {@link io.lambdasim.workload.trace.IntervalAggregate} that a CloudWatch metric and statistic
 * supply, and the rule that maps (metric, statistic) to it.
 */
enum Measure {
    INVOCATIONS("Invocations Sum", true),
    DURATION_SAMPLE_COUNT("Duration SampleCount", true),
    DURATION_SUM("Duration Sum", false),
    DURATION_AVERAGE("Duration Average", false),
    DURATION_MINIMUM("Duration Minimum", false),
    DURATION_MAXIMUM("Duration Maximum", false),
    DURATION_P50("Duration p50", false),
    DURATION_P90("Duration p90", false),
    DURATION_P99("Duration p99", false),
    ERRORS("Errors Sum", true),
    THROTTLES("Throttles Sum", true);

    /** The Duration statistics that have a place in an aggregate, for messages. */
    static final String DURATION_STATISTICS = "Average, Minimum, Maximum, SampleCount, Sum, p50, p90, p99";

    private final String text;
    private final boolean count;

    Measure(String text, boolean count) {
        this.text = text;
        this.count = count;
    }

    /** "Invocations Sum", "Duration p99": the metric and statistic as CloudWatch names them. */
    String text() {
        return text;
    }

    /** Whether values are whole, non-negative counts (else durations in ms). */
    boolean isCount() {
        return count;
    }

    /** Whether this measure can give an interval's invocation count. */
    boolean isCountSource() {
        return this == INVOCATIONS || this == DURATION_SAMPLE_COUNT;
    }

    /**
     * The measure of {@code metric} (canonical name, see {@link MetricLabel#METRICS}) read with {@code statistic}
     * (canonical: Sum, Average, Minimum, Maximum, SampleCount, p50...), or the reason there is none.
     */
    static Resolution of(String metric, String statistic) {
        switch (metric) {
            case "Invocations":
                return count(INVOCATIONS, metric, statistic);
            case "Errors":
                return count(ERRORS, metric, statistic);
            case "Throttles":
                return count(THROTTLES, metric, statistic);
            case "Duration":
                return duration(statistic);
            default:
                return Resolution.unused(metric + " is not used: an interval aggregate has no field for it");
        }
    }

    private static Resolution count(Measure measure, String metric, String statistic) {
        if (statistic.equals("Sum")) {
            return Resolution.of(measure);
        }
        return Resolution.unused(metric + " " + statistic + " is not a count; export " + metric
                + " with the Sum statistic");
    }

    private static Resolution duration(String statistic) {
        switch (statistic.toLowerCase(Locale.ROOT)) {
            case "average":
                return Resolution.of(DURATION_AVERAGE);
            case "minimum":
                return Resolution.of(DURATION_MINIMUM);
            case "maximum":
                return Resolution.of(DURATION_MAXIMUM);
            case "samplecount":
                return Resolution.of(DURATION_SAMPLE_COUNT);
            case "sum":
                return Resolution.of(DURATION_SUM);
            case "p50":
                return Resolution.of(DURATION_P50);
            case "p90":
                return Resolution.of(DURATION_P90);
            case "p99":
                return Resolution.of(DURATION_P99);
            default:
                return Resolution.unused("Duration " + statistic + " is not used (only " + DURATION_STATISTICS
                        + " are read)");
        }
    }

    /** A measure, or why a metric and statistic give none. */
    record Resolution(Measure measure, String problem) {

        static Resolution of(Measure measure) {
            return new Resolution(measure, null);
        }

        static Resolution unused(String problem) {
            return new Resolution(null, problem);
        }
    }
}
