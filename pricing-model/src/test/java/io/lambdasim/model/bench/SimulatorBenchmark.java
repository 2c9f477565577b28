package io.lambdasim.model.bench;

import io.lambdasim.model.TestEditions;
import io.lambdasim.model.billing.BillingOptions;
import io.lambdasim.model.capacity.AccountSpec;
import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.capacity.LambdaSimulation;
import io.lambdasim.model.capacity.RunResult;
import io.lambdasim.model.capacity.ScalingModel;
import io.lambdasim.model.capacity.SimulationSpec;
import io.lambdasim.workload.PoissonWorkload;
import io.lambdasim.workload.distribution.Distributions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Simulated invocations per second of the capacity simulator, statistics and billing on, on one thread.
 *
 * <ul>
 *   <li>{@code few}: the SimFaaS validation case: Poisson 0.9 per second, exponential 1,991 ms durations and 253 ms
 *       INIT, 10-minute keep-alive, about 8 live environments.</li>
 *   <li>{@code thousand}: 1,000 a second of exponential 1.2 s invocations against the default limit of 1,000
 *       concurrent executions: about 1,000 environments, busy, with throttles.</li>
 * </ul>
 * The {@code invocations} counter reports invocations per second (each run simulates about 2 million).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class SimulatorBenchmark {

    @Param({"few", "thousand"})
    public String scenario;

    private SimulationSpec spec;
    private long seed;

    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counters {
        /** Invocations simulated. */
        public long invocations;
        /** Events processed. */
        public long events;

        @Setup(Level.Iteration)
        public void reset() {
            invocations = 0;
            events = 0;
        }
    }

    @Setup
    public void setUp() {
        FunctionSpec.Builder f = FunctionSpec.builder("fn").memoryMb(1024).timeoutUs(FunctionSpec.MAX_TIMEOUT_US);
        AccountSpec account;
        long horizonUs;
        if (scenario.equals("few")) {
            f.workload(new PoissonWorkload(0.9)).duration(Distributions.parse("exp:1991ms"))
                    .init(Distributions.parse("exp:253ms")).keepAlive(Distributions.parse("const:600s"));
            account = AccountSpec.defaults().withScaling(ScalingModel.UNLIMITED);
            horizonUs = 2_222_222L * 1_000_000L; // 2 M invocations at 0.9 a second
        } else {
            f.workload(new PoissonWorkload(1000)).duration(Distributions.parse("exp:1200ms"))
                    .init(Distributions.parse("exp:253ms")).keepAlive(Distributions.parse("const:600s"));
            account = AccountSpec.defaults();
            horizonUs = 2_000L * 1_000_000L; // 2 M invocations at 1,000 a second
        }
        spec = new SimulationSpec(List.of(f.build()), account, TestEditions.usEast1(), BillingOptions.DEFAULT,
                horizonUs, 0, SimulationSpec.ONE_MINUTE_US, 1);
    }

    @Benchmark
    public RunResult simulate(Counters counters) {
        RunResult r = new LambdaSimulation(spec.withSeed(++seed), 0).run();
        counters.invocations += r.invocations();
        counters.events += r.events();
        return r;
    }
}
