package io.lambdasim.model.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.model.billing.BillLine;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class DesignComparisonTest {

    /** m7g.large, Linux, on demand, us-east-1 (bundled table 2026-01-19). */
    private static final BigDecimal M7G_LARGE_HOURLY = new BigDecimal("0.0816");

    /**
     * One function at 10 requests/s lasting exactly 100 ms at 1,024 MB (or {@code memory}), priced on 2025-06-01
     * (before INIT was billed for managed ZIP runtimes, so the billed duration is exactly 100 ms per request), without
     * the free tier, over {@code horizon}; plus {@code designs} and {@code objective}.
     */
    static Scenario scenario(String horizon, int memoryMb, String designs, String objective) {
        String json = """
                {"format": "lambdasim-scenario/1", "name": "hand-checkable", "seed": 5, "horizon": "%s",
                 "price_date": "2025-06-01", "free_tier": false,
                 "functions": [{"name": "api", "memory_mb": %d, "duration": "const:100ms",
                                "arrivals": {"type": "poisson", "rate_per_second": 10}}]%s%s}
                """.formatted(horizon, memoryMb, designs.isEmpty() ? "" : ", \"designs\": [" + designs + "]",
                objective.isEmpty() ? "" : ", \"objective\": " + objective);
        return ScenarioReader.bundled().parse("test.json", json);
    }

    private static final String FIXED_FLEET = """
            {"name": "two-m7g", "type": "ec2", "function": "api", "instance_type": "m7g.large",
             "capacity": {"cpu_per_request": 0.1, "target_cpu": 0.5}, "scaling": {"fixed": 2}}""";

    @Test
    void aFixedFleetCostsHoursTimesPriceOverTheHorizonAndTheMonth() {
        Scenario s = scenario("1h", 1024, FIXED_FLEET, "");
        // Fleet prices are those in force on the price date, or the region's first table (2026-01-19) before it.
        DesignResult fleet = DesignComparison.run(s, 2).design("two-m7g");
        BigDecimal hour = M7G_LARGE_HOURLY.multiply(BigDecimal.valueOf(2));
        assertThat(fleet.costUsd()).isEqualByComparingTo(hour.setScale(2, RoundingMode.HALF_UP));   // 0.16
        assertThat(fleet.monthlyCostUsd()).isEqualByComparingTo("119.14");                          // 2 × 730 × 0.0816
        assertThat(fleet.monthlyCostUsd()).isEqualByComparingTo(hour.multiply(BigDecimal.valueOf(730))
                .setScale(2, RoundingMode.HALF_UP));
        assertThat(fleet.monthlyLines()).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualByComparingTo("5256000");                              // 2 × 730 × 3,600 s
        });
        assertThat(fleet.failedShare()).isZero();
        assertThat(fleet.coldStartProbability()).isNaN();
        assertThat(fleet.type()).isEqualTo("ec2");
    }

    @Test
    void aLambdaDesignsMonthIsItsUsageScaledBy730HoursOverTheHorizonThenPriced() {
        Scenario s = scenario("1h", 1024, "{\"name\": \"lambda\", \"type\": \"lambda\", \"function\": \"api\"}", "");
        Comparison c = DesignComparison.run(s, 1);
        DesignResult d = c.design("lambda");
        long n = Math.round(d.requests());
        assertThat(n).isBetween(35_000L, 37_000L);
        // By hand: 730 times the hour's requests, each billed 100 ms at 1 GB.
        long monthRequests = n * 730;
        BigDecimal requestsUsd = BigDecimal.valueOf(monthRequests).multiply(new BigDecimal("0.20"))
                .divide(BigDecimal.valueOf(1_000_000), 2, RoundingMode.HALF_UP);
        BigDecimal gbSeconds = BigDecimal.valueOf(monthRequests).multiply(new BigDecimal("0.1"));
        BigDecimal durationUsd = BillLine.roundToCent(gbSeconds.multiply(new BigDecimal("0.0000166667")));
        assertThat(d.monthlyCostUsd()).isEqualByComparingTo(requestsUsd.add(durationUsd));
        assertThat(d.monthlyLines()).extracting(CostLine::quantity)
                .anySatisfy(q -> assertThat(q).isEqualByComparingTo(BigDecimal.valueOf(monthRequests)))
                .anySatisfy(q -> assertThat(q).isEqualByComparingTo(gbSeconds));
        // The horizon's own bill: the hour's usage.
        BigDecimal hourUsd = BigDecimal.valueOf(n).multiply(new BigDecimal("0.20"))
                .divide(BigDecimal.valueOf(1_000_000), 2, RoundingMode.HALF_UP)
                .add(BillLine.roundToCent(BigDecimal.valueOf(n).multiply(new BigDecimal("0.1"))
                        .multiply(new BigDecimal("0.0000166667"))));
        assertThat(d.costUsd()).isEqualByComparingTo(hourUsd);
        assertThat(d.p50LatencyMs()).isBetween(99.0, 101.0);
        assertThat(c.cheapestMeetingObjective()).contains("lambda");
    }

    @Test
    void monthlyScalingRoundsHalfUpToWholeUnits() {
        assertThat(MonthlyExtrapolation.scale(BigInteger.valueOf(3), 730L * 3_600_000_000L * 2))
                .isEqualTo(BigInteger.TWO);                                                          // 1.5 → 2
        assertThat(MonthlyExtrapolation.scale(BigInteger.ONE, 3_600_000_000L)).isEqualTo(BigInteger.valueOf(730));
    }

    @Test
    void anOverloadedFleetDoesNotWinEvenWhenItIsTheCheapest() {
        String overloaded = """
                {"name": "one-small", "type": "ec2", "function": "api", "instance_type": "m7g.large",
                 "capacity": {"requests_per_second": 5, "slots": 1}, "scaling": {"fixed": 1}, "queue_limit": 10}""";
        Scenario s = scenario("1h", 4096, overloaded
                + ", {\"name\": \"lambda-4gb\", \"type\": \"lambda\", \"function\": \"api\"}", "");
        Comparison c = DesignComparison.run(s, 2);
        DesignResult fleet = c.design("one-small");
        DesignResult lambda = c.design("lambda-4gb");
        assertThat(fleet.monthlyCostUsd()).isLessThan(lambda.monthlyCostUsd());
        assertThat(fleet.failedShare()).isGreaterThan(0.3);
        assertThat(fleet.meetsObjective()).isFalse();
        assertThat(fleet.reason()).startsWith("did not serve");
        assertThat(fleet.warnings()).first().asString().startsWith("UNSERVED LOAD");
        assertThat(c.cheapestMeetingObjective()).contains("lambda-4gb");
        assertThat(lambda.reason()).isEqualTo("cheapest design that meets the objective");
    }

    @Test
    void aDesignAboveTheP99ObjectiveLosesAndSaysWhy() {
        Scenario s = scenario("1h", 1024, "{\"name\": \"lambda\", \"type\": \"lambda\", \"function\": \"api\"}",
                "{\"p99_latency\": \"50ms\"}");
        Comparison c = DesignComparison.run(s, 1);
        assertThat(c.design("lambda").meetsObjective()).isFalse();
        assertThat(c.design("lambda").reason()).startsWith("p99 latency 100.").endsWith("above the objective's 50ms");
        assertThat(c.cheapestMeetingObjective()).isEmpty();
    }

    @Test
    void withoutDesignsTheFunctionsAsConfiguredAreTheOneDesign() {
        Comparison c = DesignComparison.run(scenario("10min", 1024, "", ""), 1);
        assertThat(c.designs()).extracting(DesignResult::name).containsExactly(DesignComparison.AS_CONFIGURED);
        assertThat(c.cheapestMeetingObjective()).contains(DesignComparison.AS_CONFIGURED);
    }

    @Test
    void aDetailedEvaluationKeepsEveryReplicationWhoseMonthlyCostsAverageToTheRows() {
        Scenario s = scenario("10min", 1024, FIXED_FLEET, "").withReplications(3);
        DesignComparison engine = new DesignComparison(DesignComparison.bundledPrices(s));
        DesignComparison.Evaluation e = engine.evaluateDetailed(s, s.designs().get(0), 2);
        assertThat(e.replications()).hasSize(3);
        assertThat(e.fleetRun()).isPresent();
        assertThat(e.lambdaRun()).isEmpty();
        // A fixed fleet of two m7g.large costs 2 × 730 × $0.0816 = $119.14 a month in every replication.
        assertThat(e.replications()).allSatisfy(r -> {
            assertThat(r.monthlyUsd()).isEqualByComparingTo("119.14");
            assertThat(r.coldStartShare()).isNaN();
            assertThat(r.failedShare()).isZero();
        });
        assertThat(e.result().monthlyCostUsd()).isEqualByComparingTo("119.14");
    }

    @Test
    void aDetailedLambdaEvaluationsReplicationsDifferAndAverageToTheRowsMonthlyCost() {
        Scenario s = scenario("10min", 1024, "", "").withReplications(3);
        DesignComparison.Evaluation e = new DesignComparison(DesignComparison.bundledPrices(s))
                .evaluateAsConfigured(s, 2);
        assertThat(e.replications()).hasSize(3);
        assertThat(e.replications().stream().map(DesignComparison.Replication::monthlyUsd).distinct()).hasSize(3);
        BigDecimal mean = e.replications().stream().map(DesignComparison.Replication::monthlyUsd)
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
        assertThat(e.result().monthlyCostUsd()).isEqualByComparingTo(mean);
    }

    @Test
    void theSameSeedGivesTheSameComparisonAtAnyThreadCountAndDesignsSeeTheSameRequests() {
        String designs = FIXED_FLEET + ", {\"name\": \"arm\", \"type\": \"lambda\", \"function\": \"api\", "
                + "\"overrides\": {\"architecture\": \"arm64\", \"memory_mb\": 2048}}";
        Scenario s = scenario("20min", 1024, designs, "").withReplications(3);
        Comparison one = DesignComparison.run(s, 1);
        Comparison four = DesignComparison.run(s, 4);
        assertThat(four).isEqualTo(one);
        assertThat(one.design("arm").requests()).isEqualTo(one.design("two-m7g").requests());
        assertThat(DesignComparison.run(s.withSeed(6), 2)).isNotEqualTo(one);
    }
}
