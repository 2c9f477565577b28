package io.lambdasim.model.capacity;

import static io.lambdasim.model.capacity.Scenarios.SECOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The simulator against queueing theory: Little's law, the M/G/∞ occupancy distribution, the Erlang loss formula,
 * and the cold-start probability of a lightly loaded function with a fixed keep-alive.
 */
class QueueingTheoryTest {

    static Stream<Arguments> serviceDistributions() {
        // Mean 2 s each; the Erlang B and M/G/∞ results do not depend on the shape.
        return Stream.of(Arguments.of("const:2s", 2.0), Arguments.of("exp:2s", 2.0),
                Arguments.of("lognormal:median=1s,p99=10s", lognormalMean(1.0, 10.0)));
    }

    static double lognormalMean(double median, double p99) {
        double sigma = Math.log(p99 / median) / 2.3263478740408408;
        return median * Math.exp(sigma * sigma / 2);
    }

    @Test
    void busyEnvironmentsObeyLittlesLawWithColdStartsIncluded() {
        double rate = 5.0;
        FunctionSpec f = Scenarios.poisson(rate, "exp:300ms").init(io.lambdasim.workload.distribution.Distributions
                .parse("const:250ms")).keepAlive(io.lambdasim.workload.distribution.Distributions.parse("exp:5s"))
                .build();
        RunResult r = Scenarios.run(f, Scenarios.unlimited(), 200_000 * SECOND, 1000 * SECOND, 11);
        // Mean service time per served invocation: 300 ms, plus 250 ms of INIT for the share that started cold.
        double meanServiceS = 0.300 + r.coldStartProbability() * 0.250;
        double lambda = (double) r.served() / (200_000 - 1000);
        assertThat(r.coldStartProbability()).isBetween(0.05, 0.95);
        assertThat(r.avgBusy()).isCloseTo(lambda * meanServiceS, within(0.01 * lambda * meanServiceS));
    }

    @ParameterizedTest(name = "M/G/∞ with {0}")
    @MethodSource("serviceDistributions")
    void busyEnvironmentsArePoissonDistributedWithoutLimits(String service, double meanS) {
        double rate = 3.0;
        FunctionSpec f = Scenarios.poisson(rate, service).build();
        RunResult r = Scenarios.run(f, Scenarios.unlimited(), 400_000 * SECOND, 1000 * SECOND, 7);
        double load = rate * meanS;
        assertThat(r.throttles()).isZero();
        assertThat(r.avgBusy()).isCloseTo(load, within(0.02 * load));
        PoissonDistribution poisson = new PoissonDistribution(load);
        double[] p = r.concurrencyDistribution();
        for (int k = 0; k <= (int) (3 * load); k++) {
            double observed = k < p.length ? p[k] : 0;
            assertThat(observed).as("P(busy = %d)", k).isCloseTo(poisson.probability(k), within(0.01));
        }
    }

    @ParameterizedTest(name = "Erlang B with {0}")
    @MethodSource("serviceDistributions")
    void throttleProbabilityIsErlangB(String service, double meanS) {
        int servers = 10;
        double rate = 4.0; // offered load ≈ 8 Erlangs
        FunctionSpec f = Scenarios.poisson(rate, service).build();
        AccountSpec account = new AccountSpec(servers, 0, ScalingModel.UNLIMITED, 1000, AccountSpec.TEN_SECONDS_US);
        RunResult r = Scenarios.run(f, account, 400_000 * SECOND, 1000 * SECOND, 3);
        double expected = erlangB(servers, rate * meanS);
        double attempts = r.served() + r.throttles();
        double se = Math.sqrt(expected * (1 - expected) / attempts);
        assertThat(r.peakConcurrency()).isEqualTo(servers);
        // Observations are correlated in time, so allow a few times the binomial standard error plus 1 % relative.
        assertThat(r.throttleProbability()).isCloseTo(expected, within(8 * se + 0.01 * expected));
        assertThat(r.syncThrottles()).isEqualTo(r.throttles());
        assertThat(r.retries()).isZero();
    }

    /** Erlang's loss formula by its stable recursion B(0) = 1, B(k) = a B(k−1) / (k + a B(k−1)). */
    static double erlangB(int servers, double load) {
        double b = 1;
        for (int k = 1; k <= servers; k++) {
            b = load * b / (k + load * b);
        }
        return b;
    }

    @Test
    void erlangBRecursionMatchesAPublishedTableValue() {
        // Erlang B tables: 10 servers at 5 Erlangs block 1.84 %.
        assertThat(erlangB(10, 5.0)).isCloseTo(0.01838, within(0.00001));
    }

    @Test
    void coldStartProbabilityAtLowRateMatchesItsClosedForm() {
        // One arrival every 300 s on average, 10 ms invocations, a fixed keep-alive of 600 s. An arrival is cold when
        // the previous invocation ended more than 600 s ago, or (rarely) is still running:
        // P(cold) = P(X > S + T) + P(X < S) = e^{−λ(S+T)} + 1 − e^{−λS}, X exponential, S = 10 ms, T = 600 s.
        double lambda = 1.0 / 300;
        FunctionSpec f = Scenarios.poisson(lambda, "const:10ms").build();
        RunResult r = Scenarios.run(f, Scenarios.unlimited(), 200_000_000 * SECOND, 0, 5);
        double expected = Math.exp(-lambda * 600.01) + 1 - Math.exp(-lambda * 0.01);
        double se = Math.sqrt(expected * (1 - expected) / r.served());
        assertThat(r.served()).isGreaterThan(500_000);
        assertThat(r.coldStartProbability()).isCloseTo(expected, within(4 * se));
    }
}
