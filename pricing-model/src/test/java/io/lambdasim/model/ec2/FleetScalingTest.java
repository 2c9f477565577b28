package io.lambdasim.model.ec2;

import static io.lambdasim.model.ec2.FleetScenarios.SECOND;
import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.model.capacity.SimulationSpec;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.ec2.PricingPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Target tracking, boot time, draining and overload, in scenarios small enough to follow by hand. */
class FleetScalingTest {

    private static List<ScalingEvent> of(FleetResult r, ScalingEvent.Kind kind) {
        return r.scalingEvents().stream().filter(e -> e.kind() == kind).toList();
    }

    /** m6i.large at 0.5 vCPU per request: 4 slots per instance. */
    private static FleetSpec.Builder m6i() {
        return FleetSpec.builder("api").ec2("m6i.large", PricingPlan.onDemand()).cpuCapacity(0.5, 1.0);
    }

    @Test
    void aStepInLoadRaisesTheFleetAfterAMetricPeriodAndTheBootTimeAndTheNewInstancesServe() {
        // 2 requests/s of 1 s until 600 s (2 busy of 8 slots), then 12/s (more than the 8 slots serve). Target 60 %,
        // 60-s periods, 90-s boot. The period [600 s, 660 s] sees the 8 slots saturated: desired = ceil(≈8 / (4 ×
        // 0.6)) = 4, so 2 instances launch at 660 s and serve from 750 s. Before the step, desired = ceil(2 / 2.4)
        // = 1 is held at the minimum of 2.
        long step = 600 * SECOND;
        FleetSpec fleet = m6i().scaling(Scaling.targetTracking(0.6, 2, 10)).bootUs(90 * SECOND).build();
        SimulationSpec sim = FleetScenarios.simulation(FleetScenarios.function(new FleetScenarios.Step(2, 12, step),
                "const:1s"), 1800 * SECOND, 0, 10 * SECOND, 21);
        FleetResult r = FleetScenarios.run(sim, fleet);

        List<ScalingEvent> out = of(r, ScalingEvent.Kind.SCALE_OUT);
        assertThat(out).isNotEmpty();
        assertThat(out.get(0).timeUs()).isEqualTo(660 * SECOND);
        assertThat(out.get(0).units()).isEqualTo(2);
        assertThat(out.get(0).utilisation()).isGreaterThan(0.95);
        List<ScalingEvent> in = of(r, ScalingEvent.Kind.IN_SERVICE);
        assertThat(in.get(0).timeUs()).isEqualTo(660 * SECOND + 90 * SECOND);
        assertThat(in.get(1).timeUs()).isEqualTo(750 * SECOND);

        FleetTimeSeries ts = r.timeSeries();
        int bin740 = 74;
        int bin750 = 75;
        // Until 750 s two instances serve, all 8 slots busy, a queue building; from 750 s four, all 16 slots busy.
        assertThat(ts.meanServing()[bin740]).isEqualTo(2.0);
        assertThat(ts.meanBusySlots()[bin740]).isEqualTo(8.0);
        assertThat(ts.meanQueue()[bin740]).isGreaterThan(100);
        assertThat(ts.meanServing()[bin750]).isEqualTo(4.0);
        assertThat(ts.meanBusySlots()[bin750]).isEqualTo(16.0);
        assertThat(ts.served()[bin750]).isBetween(150L, 170L); // 16 slots × 10 s of 1-s requests
        for (int b = 0; b < 60; b++) {
            assertThat(ts.meanUnits()[b]).as("instances in bin %d, before the step", b).isEqualTo(2.0);
        }
        // The fleet catches up: the queue is gone and 12 busy slots need 3 to 7 instances in service at 60 %.
        int lastBin = ts.bins() - 1;
        assertThat(ts.meanQueue()[lastBin]).isLessThan(1.0);
        assertThat(ts.meanServing()[lastBin]).isBetween(5.0, 8.0);
        assertThat(r.servedAll()).isTrue();
        assertThat(r.waiting().maxMs()).isGreaterThan(30_000); // those who came during the lag waited
    }

    @Test
    void anOverloadedFleetReportsItsUnservedLoadAndHighLatency() {
        // 12 requests/s of 1 s on at most 2 instances (8 slots): the fleet serves at most 8/s, so at least a third of
        // the requests go unserved, rejected at a queue of 100 or abandoned after waiting 10 s.
        FleetSpec fleet = m6i().scaling(Scaling.targetTracking(0.6, 1, 2)).queueLimit(100)
                .requestTimeoutUs(10 * SECOND).build();
        FleetResult r = FleetScenarios.run(FleetScenarios.simulation(FleetScenarios.poisson(12, "exp:1s"),
                20_000 * SECOND, 600 * SECOND, 4), fleet);
        assertThat(r.unservedShare()).isBetween(0.32, 0.35);
        assertThat(r.rejected() + r.abandoned()).isEqualTo(r.unserved() - r.unfinished());
        assertThat(r.abandoned()).isPositive();
        assertThat(r.servedAll()).isFalse();
        assertThat(r.warnings().get(0)).startsWith("UNSERVED LOAD").contains("not served");
        assertThat(r.warnings()).anyMatch(w -> w.contains("maximum size of 2 instances"));
        assertThat(r.timeAtMaximum()).isGreaterThan(0.99);
        assertThat(r.utilisation()).isGreaterThan(0.99);
        assertThat(r.waiting().p50Ms()).isGreaterThan(5_000);
        assertThat(r.latency().p99Ms()).isGreaterThan(10_000);
        assertThat(r.waiting().maxMs()).isLessThanOrEqualTo(10_000 * 1.001); // nobody starts after the timeout
        assertThat(r.peakQueue()).isLessThanOrEqualTo(100);
    }

    @Test
    void drainsTheNewestIdleTaskAfterTheLoadAndBillsItAtLeastAMinute() {
        // One Fargate task of 1 vCPU and 1 slot (1 vCPU per request); 10-s periods, target 50 %, no cooldown, 5-s
        // boot. One request from 1 s to 26 s.
        //   10 s: busy 9 s of 10 → desired ceil(9 / (1 × 10 × 0.5)) = 2 → launch task 2, in service at 15 s.
        //   20 s: busy 10 s → desired 2 = current; 30 s: busy 6 s → ceil(1.2) = 2; 40 s: busy 0 → 0, held at 1:
        //   drain one; both idle, so the newest (task 2) terminates at once, after 30 s: billed the minimum 60 s.
        // Task 1 runs the whole 100 s. Billed task-seconds: 100 + 60 = 160.
        FleetSpec fleet = FleetSpec.builder("api").fargate("1", "2", Architecture.X86_64).cpuCapacity(1.0, 1.0)
                .scaling(Scaling.targetTracking(0.5, 1, 2).withMetricPeriodUs(10 * SECOND).withScaleInCooldownUs(0))
                .bootUs(5 * SECOND).build();
        SimulationSpec sim = FleetScenarios.simulation(FleetScenarios.function(new FleetScenarios.Trace(
                new long[] {1 * SECOND}, new long[] {25 * SECOND}), "const:1s"), 100 * SECOND, 0, 19);
        FleetResult r = FleetScenarios.run(sim, fleet);
        assertThat(r.scalingEvents()).extracting(ScalingEvent::timeUs, ScalingEvent::kind, ScalingEvent::units)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(10 * SECOND, ScalingEvent.Kind.SCALE_OUT, 1),
                        org.assertj.core.groups.Tuple.tuple(15 * SECOND, ScalingEvent.Kind.IN_SERVICE, 1),
                        org.assertj.core.groups.Tuple.tuple(40 * SECOND, ScalingEvent.Kind.SCALE_IN, 1));
        assertThat(r.usage().unitSeconds()).isEqualTo(160);
        assertThat(r.usage().launches()).isEqualTo(1);
        assertThat(r.usage().terminations()).isEqualTo(1);
        assertThat(r.peakUnits()).isEqualTo(2);
        // Mean tasks: 1 × 100 s + 1 × 30 s over 100 s.
        assertThat(r.meanUnits()).isEqualTo(1.3);
        FleetCostLine vcpu = r.bill().lines().get(0);
        assertThat(vcpu.kind()).isEqualTo(FleetChargeKind.FARGATE_VCPU);
        assertThat(vcpu.quantity()).isEqualByComparingTo("160");
        assertThat(r.bill().lines().get(1).quantity()).isEqualByComparingTo("320"); // GB-seconds: 160 × 2 GB
        assertThat(r.latency().maxMs()).isCloseTo(25_000, org.assertj.core.api.Assertions.within(25.0));
    }

    @Test
    void aDrainedInstanceTakesNoNewRequestAndTerminatesWhenItsLastRequestEnds() {
        // m6i.large at 1 vCPU per request: 2 slots. 10-s periods, target 50 %: desired = ceil(busy-seconds / 10).
        // Scale-in cooldown 80 s, boot 5 s, at most 2 instances, run of 99 s.
        //   A1, A2 at 1 s for 25 s fill instance 1; at 10 s busy 18 s → desired 2: instance 2 launches, serves at 15 s.
        //   The periods up to 80 s ask for 1 or 2; the cooldown (since 10 s) holds the fleet at 2 until 90 s.
        //   B at 88 s (30 s) and C at 89 s (5 s) take instance 2's slots (free since 15 s, before instance 1's since
        //   26 s); D at 89.5 s (5 s) takes one of instance 1's.
        //   90 s: busy 2 + 1 + 0.5 = 3.5 s → desired 1: drain the instance with the fewest requests, instance 1
        //   (1 request, D, to 94.5 s). Its free slot is withdrawn: E at 91 s (1 s) waits for C's slot at 94 s.
        //   Instance 1 terminates when D ends, at 94.5 s: billed ceil(94.5) = 95 s; instance 2 from 10 s to the end
        //   at 99 s: 89 s.
        FleetSpec fleet = FleetSpec.builder("api").ec2("m6i.large", PricingPlan.onDemand()).cpuCapacity(1.0, 1.0)
                .scaling(Scaling.targetTracking(0.5, 1, 2).withMetricPeriodUs(10 * SECOND)
                        .withScaleInCooldownUs(80 * SECOND))
                .bootUs(5 * SECOND).build();
        long[] at = {1 * SECOND, 1 * SECOND, 88 * SECOND, 89 * SECOND, 89_500_000L, 91 * SECOND};
        long[] lasting = {25 * SECOND, 25 * SECOND, 30 * SECOND, 5 * SECOND, 5 * SECOND, 1 * SECOND};
        SimulationSpec sim = FleetScenarios.simulation(FleetScenarios.function(new FleetScenarios.Trace(at, lasting),
                "const:1s"), 99 * SECOND, 0, SECOND, 19);
        FleetResult r = FleetScenarios.run(sim, fleet);
        assertThat(r.slotsPerUnit()).isEqualTo(2);
        assertThat(r.scalingEvents()).extracting(ScalingEvent::timeUs, ScalingEvent::kind, ScalingEvent::units)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(10 * SECOND, ScalingEvent.Kind.SCALE_OUT, 1),
                        org.assertj.core.groups.Tuple.tuple(15 * SECOND, ScalingEvent.Kind.IN_SERVICE, 1),
                        org.assertj.core.groups.Tuple.tuple(90 * SECOND, ScalingEvent.Kind.SCALE_IN, 1));
        assertThat(r.served()).isEqualTo(6);
        assertThat(r.waiting().maxMs()).isCloseTo(3000, org.assertj.core.api.Assertions.within(3.0)); // E only
        assertThat(r.meanWaitMs()).isEqualTo(500.0); // 3 s over 6 requests
        assertThat(r.usage().unitSeconds()).isEqualTo(95 + 89);
        assertThat(r.usage().terminations()).isEqualTo(1);
        FleetTimeSeries ts = r.timeSeries();
        assertThat(ts.meanUnits()[93]).isEqualTo(2.0); // [93 s, 94 s): instance 1 is still billed, draining ...
        assertThat(ts.meanServing()[93]).isEqualTo(1.0); // ... and out of service
        assertThat(ts.meanUnits()[94]).isEqualTo(1.5); // until 94.5 s
        assertThat(ts.meanUnits()[95]).isEqualTo(1.0);
    }

    @Test
    void keepsTheMinimumPerAvailabilityZone() {
        // A minimum size of 1 but 2 per AZ in 3 AZs: the fleet never runs fewer than 6 instances, even idle.
        Scaling.TargetTracking tt = Scaling.targetTracking(0.6, 1, 20).withAzMinimum(2, 3);
        FleetSpec fleet = m6i().scaling(tt).build();
        FleetResult r = FleetScenarios.run(FleetScenarios.simulation(FleetScenarios.poisson(0.1, "exp:100ms"),
                3600 * SECOND, 0, 2), fleet);
        assertThat(tt.minimum()).isEqualTo(6);
        assertThat(r.meanUnits()).isEqualTo(6.0);
        assertThat(r.scalingEvents()).isEmpty();
        assertThat(r.usage().unitSeconds()).isEqualTo(6 * 3600);
    }
}
