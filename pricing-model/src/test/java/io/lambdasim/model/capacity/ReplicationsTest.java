package io.lambdasim.model.capacity;

import static io.lambdasim.model.capacity.Scenarios.SECOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.workload.distribution.Distributions;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicationsTest {

    private static SimulationSpec spec(int concurrencyLimit) {
        FunctionSpec f = Scenarios.poisson(20, "lognormal:median=200ms,p99=2s")
                .init(Distributions.parse("exp:300ms")).keepAlive(Distributions.parse("exp:120s")).build();
        return Scenarios.spec(f, AccountSpec.defaults().withConcurrencyLimit(concurrencyLimit), 3_000 * SECOND,
                100 * SECOND, 77);
    }

    @Test
    void givesTheSameNumbersAtAnyThreadCount() {
        SimulationRunner.Report one = SimulationRunner.run(spec(8), 6, 1);
        SimulationRunner.Report three = SimulationRunner.run(spec(8), 6, 3);
        assertThat(three.summary()).isEqualTo(one.summary());
        for (int r = 0; r < 6; r++) {
            assertThat(three.runs().get(r).metrics()).isEqualTo(one.runs().get(r).metrics());
            assertThat(three.runs().get(r).bill()).isEqualTo(one.runs().get(r).bill());
        }
    }

    @Test
    void replicationsAreIndependentDraws() {
        SimulationRunner.Report report = SimulationRunner.run(spec(1000), 5, 2);
        assertThat(report.runs()).extracting(RunResult::invocations).doesNotHaveDuplicates();
        ConfidenceInterval ci = report.summary().get("avg_busy_environments");
        // Offered load: 20 a second × (mean 0.2 s × e^{σ²/2} + INIT share) ≈ 5.4; the interval is tight and covers it.
        assertThat(ci.replications()).isEqualTo(5);
        assertThat(ci.ci95HalfWidth()).isPositive().isLessThan(0.1 * ci.mean());
    }

    @Test
    void designsComparedInOneRunSeeTheSameArrivalsAndDurations() {
        // Common random numbers: two designs differing only in the concurrency limit get the same arrival stream.
        RunResult wide = new LambdaSimulation(spec(1000), 0).run();
        RunResult narrow = new LambdaSimulation(spec(3), 0).run();
        assertThat(narrow.invocations()).isEqualTo(wide.invocations());
        assertThat(narrow.timeSeries().invocations()).isEqualTo(wide.timeSeries().invocations());
        assertThat(narrow.throttles()).isPositive();
        assertThat(wide.throttles()).isZero();
    }

    @Test
    void confidenceIntervalUsesStudentT() {
        // n = 4, mean 2.5, s = 1.29099: t(0.975, 3) = 3.182446 → half-width 2.054.
        ConfidenceInterval ci = ConfidenceInterval.of(List.of(1.0, 2.0, 3.0, 4.0));
        assertThat(ci.mean()).isEqualTo(2.5);
        assertThat(ci.ci95HalfWidth()).isCloseTo(3.182446 * 1.2909944 / 2, within(1e-5));
        assertThat(ConfidenceInterval.of(List.of(7.0)).ci95HalfWidth()).isNaN();
    }
}
