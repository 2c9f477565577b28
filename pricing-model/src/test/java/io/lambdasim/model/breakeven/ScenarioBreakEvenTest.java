package io.lambdasim.model.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.model.compare.DesignComparison;
import io.lambdasim.model.compare.DesignResult;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioBreakEvenTest {

    /** x86_64 1,024 MB for 100 ms: $0.20 per million requests + 0.1 GB-s × $0.0000166667 (PRICING.md, us-east-1). */
    private static final double LAMBDA_USD_PER_REQUEST = 0.0000002 + 0.1 * 0.0000166667;
    /** Two m7g.large on demand all month: 2 × 730 h × $0.0816 (bundled us-east-1 table). */
    private static final double FLEET_USD_PER_MONTH = 119.14;

    /**
     * 10 requests a second of exactly 100 ms at 1,024 MB, priced on 2025-06-01 (before INIT was billed for managed
     * runtimes, so every request bills exactly 100 ms), without the free tier: Lambda's monthly cost is linear in the
     * volume. Against it a fixed fleet of two m7g.large that serves any of the swept traffic.
     */
    private static Scenario steadyLoad(String fleetCapacity) {
        String json = """
                {"format": "lambdasim-scenario/1", "name": "steady", "seed": 7, "horizon": "2h",
                 "price_date": "2025-06-01", "free_tier": false,
                 "functions": [{"name": "api", "memory_mb": 1024, "duration": "const:100ms",
                                "arrivals": {"type": "poisson", "rate_per_second": 10}}],
                 "designs": [
                   {"name": "lambda", "type": "lambda", "function": "api"},
                   {"name": "two-m7g", "type": "ec2", "function": "api", "instance_type": "m7g.large",
                    "capacity": %s, "scaling": {"fixed": 2}}],
                 "objective": {"max_failed_share": 0}}
                """.formatted(fleetCapacity);
        return ScenarioReader.bundled().parse("steady.json", json);
    }

    private static final String AMPLE = "{\"cpu_per_request\": 0.1, \"target_cpu\": 1}";

    @Test
    void steadyLoadCrossesAFixedFleetWhereTheHandFormulaSays() {
        // V* = $119.14 / $0.00000186667 = 63.82 million requests a month = 24.3 a second, 2.43 × today's 10 a second.
        double expected = FLEET_USD_PER_MONTH / LAMBDA_USD_PER_REQUEST;
        ScenarioBreakEvenResult r = ScenarioBreakEven.run(steadyLoad(AMPLE), new SweepOptions(0.5, 5, 6, true, 0.005),
                2);
        assertThat(r.currentRequestsPerMonth()).isCloseTo(10L * 2_628_000, within(10L * 2_628_000 / 50));
        assertThat(r.crossings()).singleElement().satisfies(c -> {
            assertThat((double) c.requestsPerMonth()).isCloseTo(expected, within(expected * 0.01));
            assertThat(c.meanRequestsPerSecond()).isCloseTo(24.3, within(0.3));
            assertThat(c.lambdaDesign()).isEqualTo("lambda");
            assertThat(c.otherDesign()).isEqualTo("two-m7g");
            assertThat(c.cheaperDesignBelow()).contains("lambda");
            assertThat(c.cheaperDesignAbove()).contains("two-m7g");
            assertThat(c.refined()).isTrue();
            assertThat(c.otherUsd()).isEqualByComparingTo("119.14");
            assertThat(c.lambdaUsd().doubleValue()).isCloseTo(FLEET_USD_PER_MONTH, within(FLEET_USD_PER_MONTH * 0.01));
        });
        // Every point of the fleet's curve is its fixed price; Lambda's grows with the simulated requests.
        DesignCurve fleet = r.curve("two-m7g").orElseThrow();
        assertThat(fleet.points()).allSatisfy(p -> assertThat(p.usd()).isEqualByComparingTo("119.14"));
        DesignCurve lambda = r.curve("lambda").orElseThrow();
        for (DesignCurve.Point p : lambda.points()) {
            assertThat(p.usd().doubleValue()).isCloseTo(p.requestsPerMonth() * LAMBDA_USD_PER_REQUEST,
                    within(p.requestsPerMonth() * LAMBDA_USD_PER_REQUEST * 0.02 + 0.02));
        }
        assertThat(lambda.points()).extracting(DesignCurve.Point::factor).contains(1.0);
    }

    @Test
    void theCurvesPointAtFactorOneIsTheComparisonOfTheScenarioItself() {
        Scenario s = steadyLoad(AMPLE);
        ScenarioBreakEvenResult r = ScenarioBreakEven.run(s, new SweepOptions(0.5, 2, 3, false, 0.01), 1);
        List<DesignResult> compared = DesignComparison.run(s, 1).designs();
        for (DesignResult d : compared) {
            DesignCurve.Point one = r.curve(d.name()).orElseThrow().points().stream().filter(p -> p.factor() == 1.0)
                    .findFirst().orElseThrow();
            assertThat(one.usd()).isEqualByComparingTo(d.monthlyCostUsd());
        }
    }

    @Test
    void aFleetThatCannotServeTheScaledTrafficIsMarkedNotCheap() {
        // Two m7g.large with 2 vCPUs each, 0.25 vCPU per 100 ms request filled to 50 %: 4 slots each, 8 in all,
        // serving at most 80 requests a second; at 10 × 10 a second they are swamped and drop requests.
        ScenarioBreakEvenResult r = ScenarioBreakEven.run(
                steadyLoad("{\"cpu_per_request\": 0.25, \"target_cpu\": 0.5}"), new SweepOptions(1, 10, 3, false, 0.01),
                2);
        DesignCurve fleet = r.curve("two-m7g").orElseThrow();
        DesignCurve.Point last = fleet.points().get(fleet.points().size() - 1);
        assertThat(last.factor()).isCloseTo(10, within(0.01));
        assertThat(last.failedShare()).isGreaterThan(0.1);
        assertThat(last.meetsObjective()).isFalse();
        assertThat(fleet.points().get(0).meetsObjective()).isTrue();
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        Scenario s = steadyLoad(AMPLE);
        SweepOptions o = new SweepOptions(0.5, 5, 5, true, 0.01);
        ScenarioBreakEvenResult one = ScenarioBreakEven.run(s, o, 1);
        ScenarioBreakEvenResult two = ScenarioBreakEven.run(s, o, 2);
        assertThat(two.curves()).isEqualTo(one.curves());
        assertThat(two.crossings()).isEqualTo(one.crossings());
        assertThat(two.simulations()).isEqualTo(one.simulations());
    }

    @Test
    void theSweepsFactorsAreLogSpacedWithTodaysTrafficIncluded() {
        double[] f = new SweepOptions(0.1, 10, 5, true, 0.01).factors();
        assertThat(f).containsExactly(new double[] {0.1, Math.sqrt(0.1), 1, Math.sqrt(10), 10}, within(1e-12));
        assertThat(new SweepOptions(0.5, 4, 2, true, 0.01).factors()).containsExactly(0.5, 1, 4);
        assertThat(new SweepOptions(2, 4, 2, true, 0.01).factors()).containsExactly(2, 4);
        assertThatThrownBy(() -> new SweepOptions(0, 4, 2, true, 0.01)).hasMessageContaining("0 < from < to");
        assertThatThrownBy(() -> new SweepOptions(1, 4, 1, true, 0.01)).hasMessageContaining("2 to 101");
    }

    @Test
    void aScenarioWithoutDesignsIsRefusedWithAReason() {
        Scenario s = ScenarioReader.bundled().parse("bare.json", """
                {"format": "lambdasim-scenario/1", "name": "bare", "horizon": "1h",
                 "functions": [{"name": "api", "duration": "const:10ms",
                                "arrivals": {"type": "poisson", "rate_per_second": 1}}]}
                """);
        assertThatThrownBy(() -> ScenarioBreakEven.run(s, SweepOptions.DEFAULT, 1)).hasMessageContaining("no designs");
    }

    @Test
    void lambdasOwnBreakEvensComeFromTheScenariosPrices() {
        ScenarioBreakEvenResult r = ScenarioBreakEven.run(steadyLoad(AMPLE), new SweepOptions(0.5, 2, 2, false, 0.01),
                1);
        // PC break-even for x86_64: 0.0000041667 / (0.0000166667 − 0.0000097222) = 0.6 (docs/breakeven.md).
        assertThat(r.provisioned()).singleElement().satisfies(p ->
                assertThat(p.utilisation().orElseThrow().doubleValue()).isCloseTo(0.6, within(1e-6)));
        // Constant 100 ms durations bill 100 ms under either granularity: nothing to save.
        assertThat(r.granularity()).singleElement().satisfies(g ->
                assertThat(g.monthly().savingUsd()).isEqualByComparingTo(BigDecimal.ZERO));
    }
}
