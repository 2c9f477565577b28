package io.lambdasim.workload.trace;

import java.util.Objects;

/**
 * What a metric source says of one function in one interval (a CloudWatch minute, a trace's minute): a count and,
 * where known, duration statistics. Unknown numbers are NaN (durations) or -1 (counts).
 *
 * @param startUs        UTC epoch microseconds of the interval's start
 * @param lengthUs       the interval's length (60 s for 1-minute metrics)
 * @param invocations    invocations that started in the interval
 * @param avgDurationMs  mean Duration in ms (NaN if unknown); likewise min, max and percentiles
 * @param coldStarts     cold starts the source observed in the interval, -1 if unknown
 * @param memoryMb       configured memory, -1 if unknown
 * @param line           where it was read, for messages
 */
public record IntervalAggregate(long startUs, long lengthUs, String function, long invocations, double avgDurationMs,
                                double minDurationMs, double maxDurationMs, double p50DurationMs,
                                double p90DurationMs, double p99DurationMs, long errors, long throttles,
                                long coldStarts, int memoryMb, String line) {

    public IntervalAggregate {
        Objects.requireNonNull(function, "function");
        if (lengthUs <= 0) {
            throw new IllegalArgumentException("interval length must be positive");
        }
        if (invocations < 0) {
            throw new IllegalArgumentException("negative invocation count");
        }
    }
}
