package io.lambdasim.model.ec2;

import io.lambdasim.model.TestEditions;
import io.lambdasim.model.billing.BillingOptions;
import io.lambdasim.model.capacity.AccountSpec;
import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.capacity.ScalingModel;
import io.lambdasim.model.capacity.SimulationSpec;
import io.lambdasim.workload.InvocationSource;
import io.lambdasim.workload.PoissonWorkload;
import io.lambdasim.workload.Workload;
import io.lambdasim.workload.distribution.Distributions;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/** Small workloads and simulations for the fleet's tests. */
final class FleetScenarios {

    static final long SECOND = 1_000_000L;
    static final long HOUR = 3600 * SECOND;

    private FleetScenarios() {
    }

    /** A synchronous function "api" with {@code workload}, durations {@code duration}, no INIT, 900-s timeout. */
    static FunctionSpec function(Workload workload, String duration) {
        return FunctionSpec.builder("api").memoryMb(1024).timeoutUs(FunctionSpec.MAX_TIMEOUT_US)
                .workload(workload).duration(Distributions.parse(duration))
                .init(Distributions.parse("const:0ms")).keepAlive(Distributions.parse("const:600s")).build();
    }

    static FunctionSpec poisson(double ratePerSecond, String duration) {
        return function(new PoissonWorkload(ratePerSecond), duration);
    }

    /** An account whose limits never matter. */
    static AccountSpec unlimited() {
        return new AccountSpec(1_000_000, 0, ScalingModel.UNLIMITED, 1000, AccountSpec.TEN_SECONDS_US);
    }

    static SimulationSpec simulation(FunctionSpec f, long horizonUs, long warmupUs, long binUs, long seed) {
        return new SimulationSpec(List.of(f), unlimited(), TestEditions.usEast1(), BillingOptions.DEFAULT, horizonUs,
                warmupUs, binUs, seed);
    }

    static SimulationSpec simulation(FunctionSpec f, long horizonUs, long warmupUs, long seed) {
        return simulation(f, horizonUs, warmupUs, SimulationSpec.ONE_MINUTE_US, seed);
    }

    static FleetResult run(SimulationSpec sim, FleetSpec fleet) {
        return new FleetSimulation(sim, fleet, TestPrices.all(), 0).run();
    }

    /** One arrival every {@code periodUs}, at period, 2 × period, ... up to the horizon; no randomness. */
    record Every(long periodUs) implements Workload {
        @Override
        public InvocationSource open(UniformRandomProvider rng, long horizonUs) {
            return new InvocationSource() {
                private long t;

                @Override
                public long nextArrivalUs() {
                    t = t == END || t + periodUs > horizonUs ? END : t + periodUs;
                    return t;
                }
            };
        }

        @Override
        public double meanRatePerSecond() {
            return 1e6 / periodUs;
        }

        @Override
        public String describe() {
            return "every " + periodUs + " µs";
        }
    }

    /** Requests at the given times with the given durations (a trace). */
    record Trace(long[] timesUs, long[] durationsUs) implements Workload {
        @Override
        public InvocationSource open(UniformRandomProvider rng, long horizonUs) {
            return new InvocationSource() {
                private int i = -1;

                @Override
                public long nextArrivalUs() {
                    i++;
                    return i < timesUs.length && timesUs[i] <= horizonUs ? timesUs[i] : END;
                }

                @Override
                public long durationUs() {
                    return durationsUs[i];
                }
            };
        }

        @Override
        public double meanRatePerSecond() {
            return Double.NaN;
        }

        @Override
        public String describe() {
            return timesUs.length + " requests";
        }
    }

    /**
     * Poisson arrivals at {@code before} per second until {@code stepUs}, then at {@code after}: exact, because a
     * Poisson process forgets its past, so the gap drawn across the step is simply drawn again from the step.
     */
    record Step(double before, double after, long stepUs) implements Workload {
        @Override
        public InvocationSource open(UniformRandomProvider rng, long horizonUs) {
            return new InvocationSource() {
                private long t;

                @Override
                public long nextArrivalUs() {
                    if (t == END) {
                        return END;
                    }
                    double rate = t < stepUs ? before : after;
                    long next = t + Math.round(-Math.log(1 - rng.nextDouble()) / rate * 1e6);
                    if (t < stepUs && next >= stepUs) {
                        next = stepUs + Math.round(-Math.log(1 - rng.nextDouble()) / after * 1e6);
                    }
                    t = next > horizonUs ? END : next;
                    return t;
                }
            };
        }

        @Override
        public double meanRatePerSecond() {
            return after;
        }

        @Override
        public String describe() {
            return "step from " + before + " to " + after + " per second";
        }
    }
}
