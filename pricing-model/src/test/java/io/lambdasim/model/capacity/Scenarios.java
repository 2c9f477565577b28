package io.lambdasim.model.capacity;

import io.lambdasim.model.TestEditions;
import io.lambdasim.model.billing.BillingOptions;
import io.lambdasim.workload.PoissonWorkload;
import io.lambdasim.workload.distribution.Distributions;
import java.util.List;

/** Small scenarios for the simulator's tests. */
final class Scenarios {

    static final long SECOND = 1_000_000L;

    private Scenarios() {
    }

    /** One synchronous function with Poisson arrivals, given durations, no INIT time, 10-minute keep-alive. */
    static FunctionSpec.Builder poisson(double ratePerSecond, String duration) {
        return FunctionSpec.builder("fn").memoryMb(1024).timeoutUs(FunctionSpec.MAX_TIMEOUT_US)
                .workload(new PoissonWorkload(ratePerSecond))
                .duration(Distributions.parse(duration))
                .init(Distributions.parse("const:0ms"))
                .keepAlive(Distributions.parse("const:600s"));
    }

    /** An account with no limit that matters and no scaling-rate limit. */
    static AccountSpec unlimited() {
        return new AccountSpec(1_000_000, 0, ScalingModel.UNLIMITED, 1000, AccountSpec.TEN_SECONDS_US);
    }

    static SimulationSpec spec(FunctionSpec f, AccountSpec account, long horizonUs, long warmupUs, long seed) {
        return new SimulationSpec(List.of(f), account, TestEditions.usEast1(), BillingOptions.DEFAULT, horizonUs,
                warmupUs, SimulationSpec.ONE_MINUTE_US, seed);
    }

    static RunResult run(FunctionSpec f, AccountSpec account, long horizonUs, long warmupUs, long seed) {
        return new LambdaSimulation(spec(f, account, horizonUs, warmupUs, seed), 0).run();
    }
}
