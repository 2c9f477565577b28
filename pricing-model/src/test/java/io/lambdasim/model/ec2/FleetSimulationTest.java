package io.lambdasim.model.ec2;

import static io.lambdasim.model.ec2.FleetScenarios.SECOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.capacity.LambdaSimulation;
import io.lambdasim.model.capacity.RunResult;
import io.lambdasim.model.capacity.SimulationSpec;
import io.lambdasim.pricedata.ec2.PricingPlan;
import io.lambdasim.workload.PoissonWorkload;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The fleet's request handling by hand, reproducibility, and common random numbers with the Lambda model. */
class FleetSimulationTest {

    /** One m6i.large with one slot (2 vCPUs per request at 100 %). */
    private static FleetSpec.Builder oneSlot() {
        return FleetSpec.builder("api").ec2("m6i.large", PricingPlan.onDemand()).cpuCapacity(2.0, 1.0).fixedSize(1);
    }

    /** Three requests on one slot: at 1 s for 10 s, at 2 s for 5 s, at 3 s for 1 s. */
    private static SimulationSpec threeRequests() {
        return FleetScenarios.simulation(FleetScenarios.function(new FleetScenarios.Trace(
                new long[] {1 * SECOND, 2 * SECOND, 3 * SECOND}, new long[] {10 * SECOND, 5 * SECOND, 1 * SECOND}),
                "const:1s"), 60 * SECOND, 0, SECOND, 1);
    }

    @Test
    void queuedRequestsAreServedFirstInFirstOutOrAbandonedAtTheirTimeout() {
        // Timeout 8.5 s: the first runs 1 → 11 s; the second, waiting since 2 s, leaves at 10.5 s; the third, waiting
        // since 3 s, starts at 11 s (waited 8 s) and ends at 12 s.
        FleetResult r = FleetScenarios.run(threeRequests(), oneSlot().requestTimeoutUs(8_500_000L).build());
        assertThat(r.arrivals()).isEqualTo(3);
        assertThat(r.served()).isEqualTo(2);
        assertThat(r.abandoned()).isEqualTo(1);
        assertThat(r.rejected()).isZero();
        assertThat(r.meanWaitMs()).isEqualTo(4000.0);
        assertThat(r.latency().maxMs()).isCloseTo(10_000, within(10.0));
        assertThat(r.latency().p50Ms()).isCloseTo(9_000, within(10.0));
        assertThat(r.timeSeries().abandoned()[10]).isEqualTo(1);
        assertThat(r.abandonedShare()).isEqualTo(1.0 / 3);
        assertThat(r.peakQueue()).isEqualTo(2);
    }

    @Test
    void aSlotFreedExactlyAtTheTimeoutStillServesTheWaitingRequest() {
        // Timeout 9 s: the second request's wait reaches it at 11 s, when the first ends: it is served.
        FleetResult r = FleetScenarios.run(threeRequests(), oneSlot().requestTimeoutUs(9 * SECOND).build());
        assertThat(r.served()).isEqualTo(2);
        assertThat(r.abandoned()).isEqualTo(1); // the third, waiting since 3 s, leaves at 12 s; the second runs to 16 s
        assertThat(r.waiting().maxMs()).isCloseTo(9_000, within(10.0));
    }

    @Test
    void aFullQueueRejectsTheNextRequest() {
        // Queue limit 1: the second request waits, the third finds the queue full and is rejected.
        FleetResult r = FleetScenarios.run(threeRequests(), oneSlot().queueLimit(1).build());
        assertThat(r.served()).isEqualTo(2);
        assertThat(r.rejected()).isEqualTo(1);
        assertThat(r.timeSeries().rejected()[3]).isEqualTo(1);
        assertThat(r.unservedShare()).isEqualTo(1.0 / 3);
        assertThat(r.warnings()).hasSize(1);
        assertThat(r.warnings().get(0)).contains("1 of 3 requests (33.33 %) were not served").contains("1 rejected");
    }

    @Test
    void requestsStillWaitingAtTheEndCountAsUnserved() {
        FleetResult r = FleetScenarios.run(FleetScenarios.simulation(FleetScenarios.function(
                new FleetScenarios.Trace(new long[] {SECOND, 2 * SECOND}, new long[] {100 * SECOND, SECOND}),
                "const:1s"), 60 * SECOND, 0, SECOND, 1), oneSlot().build());
        assertThat(r.served()).isEqualTo(1);
        assertThat(r.unfinished()).isEqualTo(1);
        assertThat(r.unservedShare()).isEqualTo(0.5);
        assertThat(r.warnings().get(0)).contains("1 still waiting at the end");
    }

    @Test
    void theSpeedFactorScalesEveryServiceTime() {
        FleetSpec fleet = FleetSpec.builder("api").ec2("m6i.large", PricingPlan.onDemand())
                .capacity(new Capacity.CpuShare(1.0, 1.0, 0.5)).fixedSize(1).build();
        FleetResult r = FleetScenarios.run(threeRequests(), fleet);
        // 2 slots: the first two start at once and take 5 s and 2.5 s; the third starts at 4.5 s and takes 0.5 s.
        assertThat(r.latency().maxMs()).isCloseTo(5_000, within(5.0));
        assertThat(r.meanWaitMs()).isEqualTo(500.0); // 1.5 s over 3
        assertThat(r.waitProbability()).isEqualTo(1.0 / 3);
    }

    @Test
    void theSameSeedGivesTheSameResultAndAnotherSeedAnother() {
        FleetSpec fleet = FleetSpec.builder("api").ec2("m6i.large", PricingPlan.onDemand()).cpuCapacity(0.5, 1.0)
                .scaling(Scaling.targetTracking(0.6, 1, 10)).queueLimit(50).requestTimeoutUs(5 * SECOND)
                .frontDoor(FrontDoor.alb()).build();
        SimulationSpec sim = FleetScenarios.simulation(FleetScenarios.function(new FleetScenarios.Step(3, 20,
                1200 * SECOND), "lognormal:median=300ms,p99=3s"), 7200 * SECOND, 300 * SECOND, 42);
        FleetResult a = FleetScenarios.run(sim, fleet);
        FleetResult b = FleetScenarios.run(sim, fleet);
        FleetResult other = FleetScenarios.run(sim.withSeed(43), fleet);
        // Field by field, arrays included; NaN (the utilisation of an IN_SERVICE event) equals NaN.
        assertThat(a).usingRecursiveComparison().withComparatorForType(Double::compare, Double.class).isEqualTo(b);
        assertThat(a.scalingEvents()).isNotEmpty();
        assertThat(other.arrivals()).isNotEqualTo(a.arrivals());
        FleetResult replication1 = new FleetSimulation(sim, fleet, TestPrices.all(), 1).run();
        assertThat(replication1.arrivals()).isNotEqualTo(a.arrivals());
    }

    @Test
    void theFleetSeesExactlyTheArrivalsAndDurationsOfTheLambdaFunctionItReplaces() {
        // Common random numbers: one SimulationSpec, run by the Lambda model and by a fleet large enough never to
        // queue, with a speed factor of 1 and no INIT time: the same arrivals, and each request lasting its Lambda
        // duration, so the same latency distribution to the microsecond.
        FunctionSpec fn = FleetScenarios.poisson(20, "lognormal:median=80ms,p99=900ms");
        SimulationSpec sim = FleetScenarios.simulation(fn, 3600 * SECOND, 60 * SECOND, 99);
        FleetSpec fleet = FleetSpec.builder("api").ec2("m6i.xlarge", PricingPlan.onDemand()).cpuCapacity(0.1, 1.0)
                .fixedSize(10).build();
        for (int replication : new int[] {0, 3}) {
            RunResult lambda = new LambdaSimulation(sim, replication).run();
            FleetResult ec2 = new FleetSimulation(sim, fleet, TestPrices.all(), replication).run();
            assertThat(ec2.arrivals()).isEqualTo(lambda.invocations());
            assertThat(ec2.served()).isEqualTo(lambda.served());
            assertThat(ec2.waiting().maxMs()).isZero();
            assertThat(ec2.latency()).isEqualTo(lambda.latency());
            assertThat(Arrays.stream(ec2.timeSeries().arrivals()).sum())
                    .isEqualTo(Arrays.stream(lambda.timeSeries().invocations()).sum());
        }
    }

    @Test
    void aFleetServesOnlyTheFunctionItNames() {
        FunctionSpec other = FleetScenarios.poisson(1, "const:1s").toBuilder().name("other").build();
        SimulationSpec sim = FleetScenarios.simulation(other, 60 * SECOND, 0, 1);
        assertThatThrownBy(() -> new FleetSimulation(sim, oneSlot().build(), TestPrices.all(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serves function 'api'").hasMessageContaining("it has: other");
    }

    @Test
    void aSimulationRunsOnce() {
        FleetSimulation s = new FleetSimulation(threeRequests(), oneSlot().build(), TestPrices.all(), 0);
        s.run();
        assertThatThrownBy(s::run).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void metricsNameEveryFigureOnce() {
        FleetResult r = FleetScenarios.run(FleetScenarios.simulation(FleetScenarios.function(
                new PoissonWorkload(5), "exp:100ms"), 600 * SECOND, 0, 1), oneSlot().build());
        assertThat(r.metrics()).containsKeys("unserved_share", "latency_ms.p99", "wait_ms.mean", "cost_usd",
                "unit_hours", "utilisation");
        assertThat(r.metrics().get("cost_usd")).isEqualTo(r.bill().totalUsd().doubleValue());
    }
}
