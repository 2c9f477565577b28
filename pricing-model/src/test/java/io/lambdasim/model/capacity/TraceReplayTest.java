package io.lambdasim.model.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.model.TestEditions;
import io.lambdasim.model.billing.BillingOptions;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.workload.distribution.Distributions;
import io.lambdasim.workload.trace.InvocationRecord;
import io.lambdasim.workload.trace.InvocationStatus;
import io.lambdasim.workload.trace.TraceWorkload;
import io.lambdasim.workload.trace.TraceWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A per-invocation trace goes through the simulator unchanged: arrival times and durations as recorded. */
class TraceReplayTest {

    @TempDir
    Path dir;

    @Test
    void replaysARecordedTraceExactly() throws Exception {
        long t0 = 1_772_409_600_000_000L; // 2026-03-02T00:00:00Z in µs
        // Written out of order on purpose: the trace writer sorts. Minute 0: 3 invocations; minute 1: 1; minute 2: 2.
        long[][] rows = { // start offset µs, duration µs
            {61_000_000, 2_500_000}, {0, 118_040}, {500, 14_970}, {30_000_000, 1_000_001},
            {125_000_000, 999}, {179_999_999, 42_000},
        };
        Path trace = dir.resolve("t.lstrace");
        try (TraceWriter w = TraceWriter.to(trace).open()) {
            for (long[] r : rows) {
                w.invocation(new InvocationRecord(t0 + r[0], "fn", r[1], -1, -1, -1, -1, 1024, -1,
                        InvocationStatus.SUCCESS, null, null));
            }
            w.commit();
        }
        FunctionSpec f = FunctionSpec.builder("fn").memoryMb(1024).timeoutUs(FunctionSpec.MAX_TIMEOUT_US)
                .workload(new TraceWorkload(trace, "fn"))
                // Durations must come from the trace: a distribution that would be obvious if drawn.
                .duration(Distributions.parse("const:777s"))
                .init(Distributions.parse("const:0ms")).keepAlive(Distributions.parse("const:10min")).build();
        SimulationSpec spec = new SimulationSpec(List.of(f), Scenarios.unlimited(), TestEditions.usEast1(),
                BillingOptions.NO_FREE_TIER, 3 * 60_000_000L, 0, SimulationSpec.ONE_MINUTE_US, 1);
        RunResult r = new LambdaSimulation(spec, 0).run();

        assertThat(r.invocations()).isEqualTo(6);
        assertThat(r.timeSeries().invocations()).containsExactly(3, 1, 2);
        // Billed: each duration rounded up to 1 ms: 119 + 15 + 1,001 + 2,500 + 1 + 42 = 3,678 ms at 1,024 MB.
        assertThat(r.usage().of(Architecture.X86_64).onDemandMbMs()).isEqualTo(BigInteger.valueOf(3_678L * 1024));
        assertThat(r.latency().maxMs()).isBetween(2_499.0, 2_501.0);
        // The first two overlap (0 to 118 ms and 0.5 ms to 15.5 ms): two environments, then reuse.
        assertThat(r.coldStarts()).isEqualTo(2);
        assertThat(r.peakConcurrency()).isEqualTo(2);
    }
}
