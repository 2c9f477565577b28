package io.lambdasim.workload.trace;

import static io.lambdasim.workload.trace.Traces.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceInfoTest {

    private static final long S = 1_000_000L;

    @TempDir
    Path dir;

    private static InvocationRecord inv(long start, String f, long duration, long init, long restore) {
        return new InvocationRecord(start, f, duration, init, restore, -1, -1, 512, -1, InvocationStatus.SUCCESS,
                null, null);
    }

    /**
     * Minute 0: three invocations of a; minute 1: none; minute 2: two of a (one SnapStart restore) and three of b
     * (one cold). Durations 50 to 2000 µs, sorted 50, 100, 200, 300, 400, 500, 1000, 2000.
     */
    private static List<InvocationRecord> handMade() {
        return List.of(
                inv(B + 1 * S, "a", 100, -1, -1),
                inv(B + 2 * S, "a", 200, -1, -1),
                inv(B + 60 * S - 1, "a", 300, -1, -1),
                inv(B + 120 * S, "a", 400, -1, 250_000),
                inv(B + 121 * S, "a", 500, -1, -1),
                inv(B + 125 * S, "b", 1000, 300_000, -1),
                inv(B + 130 * S, "b", 2000, -1, -1),
                inv(B + 179 * S, "b", 50, -1, -1));
    }

    @Test
    void summarisesAHandMadeInvocationTrace() throws IOException {
        Path file = dir.resolve("t.lstrace");
        Traces.writeInvocations(file, handMade());

        TraceInfo info = TraceInfo.of(file);

        assertThat(info.kind()).isEqualTo(TraceKind.INVOCATIONS);
        assertThat(info.records()).isEqualTo(8);
        assertThat(info.invocations()).isEqualTo(8);
        assertThat(info.functions()).containsExactly(
                new TraceInfo.FunctionSummary("a", 512, 5, 1),
                new TraceInfo.FunctionSummary("b", 512, 3, 1));
        assertThat(info.firstStartUs()).isEqualTo(B + S);
        assertThat(info.lastStartUs()).isEqualTo(B + 179 * S);
        assertThat(info.endUs()).as("b's last invocation, 50 µs at 179 s, ends last").isEqualTo(B + 179 * S + 50);
        assertThat(info.meanPerMinute()).as("8 invocations over minutes 0, 1, 2").isCloseTo(8 / 3.0, within(1e-12));
        assertThat(info.peakPerMinute()).isEqualTo(5);
        assertThat(info.peakMinuteStartUs()).isEqualTo(B + 120 * S);
        assertThat(info.p50DurationUs()).as("4th of 8").isEqualTo(300);
        assertThat(info.p90DurationUs()).as("8th of 8").isEqualTo(2000);
        assertThat(info.p99DurationUs()).isEqualTo(2000);
        assertThat(info.maxDurationUs()).isEqualTo(2000);
        assertThat(info.meanDurationUs()).isEqualTo(4550 / 8.0);
        assertThat(info.coldStarts()).isEqualTo(2);
    }

    @Test
    void theSameTraceAsCsvGivesTheSameSummary() throws IOException {
        Path bin = dir.resolve("t.lstrace");
        Path csv = dir.resolve("t.csv");
        Traces.writeInvocations(bin, handMade());
        Traces.writeInvocations(csv, handMade());

        assertThat(TraceInfo.of(csv)).isEqualTo(TraceInfo.of(bin));
    }

    /**
     * x: 120 invocations in minute 0 (avg 10 ms, max 50 ms, 3 cold) and 600 over the five minutes 1-5 (avg 20 ms, max
     * 80 ms, 1 cold); y: 60 in minute 0 (avg 40 ms, nothing else known).
     */
    @Test
    void summarisesAHandMadeAggregateTrace() throws IOException {
        Path file = dir.resolve("a.lstrace");
        Traces.writeAggregates(file, List.of(
                new IntervalAggregate(B, 60 * S, "x", 120, 10, Double.NaN, 50, Double.NaN, Double.NaN, Double.NaN, -1,
                        -1, 3, 1024, null),
                Traces.avgOnly(B, 60 * S, "y", 60, 40),
                new IntervalAggregate(B + 60 * S, 300 * S, "x", 600, 20, Double.NaN, 80, Double.NaN, Double.NaN,
                        Double.NaN, -1, -1, 1, 1024, null)));

        TraceInfo info = TraceInfo.of(file);

        assertThat(info.records()).isEqualTo(3);
        assertThat(info.invocations()).isEqualTo(780);
        assertThat(info.functions()).containsExactly(
                new TraceInfo.FunctionSummary("x", 1024, 720, 4),
                new TraceInfo.FunctionSummary("y", -1, 60, -1));
        assertThat(info.endUs()).isEqualTo(B + 360 * S);
        assertThat(info.peakPerMinute()).as("minute 0: 120 + 60").isEqualTo(180);
        assertThat(info.peakMinuteStartUs()).isEqualTo(B);
        assertThat(info.meanPerMinute()).as("780 over 6 minutes").isCloseTo(130, within(1e-9));
        assertThat(info.meanDurationUs()).as("(10·120 + 40·60 + 20·600) / 780 ms")
                .isCloseTo(20_000, within(1e-9));
        assertThat(info.maxDurationUs()).isEqualTo(80_000);
        assertThat(info.p50DurationUs()).as("unknown").isEqualTo(-1);
        assertThat(info.coldStarts()).isEqualTo(4);
    }

    @Test
    void anEmptyTraceHasNoRatesAndNoDurations() throws IOException {
        Path file = dir.resolve("e.lstrace");
        Traces.writeInvocations(file, List.of());

        TraceInfo info = TraceInfo.of(file);

        assertThat(info.invocations()).isZero();
        assertThat(info.peakPerMinute()).isZero();
        assertThat(info.p50DurationUs()).isEqualTo(-1);
        assertThat(info.meanDurationUs()).isNaN();
    }
}
