package io.lambdasim.model.ec2;

import static io.lambdasim.model.ec2.FleetScenarios.SECOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.model.capacity.ConfidenceInterval;
import io.lambdasim.model.capacity.SimulationSpec;
import io.lambdasim.pricedata.ec2.PricingPlan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A fixed fleet against queueing theory: c slots in total under Poisson arrivals form an M/M/c queue (Erlang C) with
 * an unlimited queue, and an M/G/c/c loss system (Erlang B) without one.
 */
class FleetQueueingTheoryTest {

    /** Erlang's loss formula by its stable recursion B(0) = 1, B(k) = a B(k−1) / (k + a B(k−1)). */
    static double erlangB(int servers, double load) {
        double b = 1;
        for (int k = 1; k <= servers; k++) {
            b = load * b / (k + load * b);
        }
        return b;
    }

    /** Erlang C, the probability of waiting in M/M/c: C = c B / (c − a (1 − B)). */
    static double erlangC(int servers, double load) {
        double b = erlangB(servers, load);
        return servers * b / (servers - load * (1 - b));
    }

    @Test
    void erlangFormulasMatchPublishedTableValues() {
        // Erlang B tables: 10 servers at 5 Erlangs block 1.84 %. Erlang C by hand: 2 servers at 1 Erlang have
        // B = (1/2) / (1 + 1 + 1/2) = 0.2, so C = 2 × 0.2 / (2 − 0.8) = 1/3.
        assertThat(erlangB(10, 5.0)).isCloseTo(0.01838, within(0.00001));
        assertThat(erlangC(2, 1.0)).isCloseTo(1.0 / 3, within(1e-12));
    }

    /** Two m6i.large (2 vCPUs) at 0.5 vCPU per request and a 100 % CPU target: 4 slots each, 8 in all. */
    private static FleetSpec.Builder eightSlots() {
        return FleetSpec.builder("api").ec2("m6i.large", PricingPlan.onDemand()).cpuCapacity(0.5, 1.0).fixedSize(2);
    }

    @Test
    void meanWaitOfAFixedFleetIsErlangC() {
        double lambda = 6.0; // per second, exponential service of mean 1 s: a = 6 Erlangs on c = 8 slots
        int c = 8;
        double a = lambda * 1.0;
        double probabilityOfWaiting = erlangC(c, a);
        double meanWaitS = probabilityOfWaiting / (c - a); // Wq = C / (c μ − λ), μ = 1 per second
        FleetSpec fleet = eightSlots().build();
        List<Double> waits = new ArrayList<>();
        List<Double> waitProbabilities = new ArrayList<>();
        FleetResult last = null;
        for (int r = 0; r < 10; r++) {
            SimulationSpec sim = FleetScenarios.simulation(FleetScenarios.poisson(lambda, "exp:1s"), 40_000 * SECOND,
                    500 * SECOND, 17);
            last = new FleetSimulation(sim, fleet, TestPrices.all(), r).run();
            waits.add(last.meanWaitMs() / 1000);
            waitProbabilities.add(last.waitProbability());
        }
        ConfidenceInterval wait = ConfidenceInterval.of(waits);
        ConfidenceInterval pWait = ConfidenceInterval.of(waitProbabilities);
        assertThat(last.slotsPerUnit()).isEqualTo(4);
        assertThat(last.rejected() + last.abandoned()).isZero();
        assertThat(last.utilisation()).isCloseTo(a / c, within(0.01));
        // C(8, 6) = 0.35698, Wq = C / 2 = 0.1785 s. The intervals come from 10 independent replications; allow twice
        // their half-width (about four standard errors) and require them to be narrow, so that a fleet with one slot
        // more or less (C = 0.20 or 0.59) fails by far.
        assertThat(probabilityOfWaiting).isCloseTo(0.35698, within(0.00001));
        assertThat(wait.ci95HalfWidth()).isLessThan(0.03 * meanWaitS);
        assertThat(wait.mean()).isCloseTo(meanWaitS, within(2 * wait.ci95HalfWidth()));
        assertThat(pWait.ci95HalfWidth()).isLessThan(0.02 * probabilityOfWaiting);
        assertThat(pWait.mean()).isCloseTo(probabilityOfWaiting, within(2 * pWait.ci95HalfWidth()));
    }

    @ParameterizedTest(name = "Erlang B with {0}")
    @ValueSource(strings = {"exp:2s", "const:2s", "lognormal:median=1s,p99=10s"})
    void rejectionShareWithoutAQueueIsErlangB(String service) {
        // One m6i.large at 0.2 vCPU per request: 10 slots; queue limit 0: an M/G/10/10 loss system, whose blocking
        // probability does not depend on the shape of the service time (only its mean).
        double mean = service.startsWith("lognormal") ? Math.exp(Math.pow(Math.log(10) / 2.3263478740408408, 2) / 2)
                : 2.0;
        double lambda = 4.0;
        FleetSpec fleet = FleetSpec.builder("api").ec2("m6i.large", PricingPlan.onDemand()).cpuCapacity(0.2, 1.0)
                .fixedSize(1).queueLimit(0).build();
        FleetResult r = FleetScenarios.run(FleetScenarios.simulation(FleetScenarios.poisson(lambda, service),
                300_000 * SECOND, 1000 * SECOND, 3), fleet);
        double expected = erlangB(10, lambda * mean);
        double se = Math.sqrt(expected * (1 - expected) / r.arrivals());
        assertThat(r.slotsPerUnit()).isEqualTo(10);
        assertThat(r.peakQueue()).isZero();
        assertThat(r.waiting().maxMs()).isZero();
        // Correlated in time: a few binomial standard errors plus 1 % relative.
        assertThat(r.rejectedShare()).isCloseTo(expected, within(8 * se + 0.01 * expected));
        assertThat(r.unservedShare()).isEqualTo(r.rejectedShare());
        assertThat(r.warnings().get(0)).startsWith("UNSERVED LOAD");
    }

    @Test
    void measuredCapacityServesEachRequestInSlotsOverRequestsPerSecond() {
        // 50 requests/s measured at 10 concurrent: every request takes 10 / 50 = 0.2 s, whatever its Lambda duration;
        // a light load never waits, so every latency is exactly 200 ms.
        FleetSpec fleet = FleetSpec.builder("api").ec2("m6i.large", PricingPlan.onDemand()).measuredCapacity(50, 10)
                .fixedSize(3).build();
        FleetResult r = FleetScenarios.run(FleetScenarios.simulation(FleetScenarios.poisson(1, "exp:3s"),
                10_000 * SECOND, 0, 5), fleet);
        assertThat(r.slotsPerUnit()).isEqualTo(10);
        assertThat(r.latency().p50Ms()).isCloseTo(200, within(0.1));
        assertThat(r.latency().maxMs()).isCloseTo(200, within(0.1));
        // Little's law: busy slots = λ × 0.2 s.
        assertThat(r.meanBusySlots()).isCloseTo(0.2, within(0.01));
    }
}
