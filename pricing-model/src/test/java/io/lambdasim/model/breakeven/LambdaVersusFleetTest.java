package io.lambdasim.model.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.model.TestEditions;
import io.lambdasim.model.breakeven.Crossing.Cheaper;
import io.lambdasim.pricedata.Architecture;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * Break-evens of a Lambda design against a fleet, checked against crossings computed by hand from the us-east-1
 * prices (PRICING.md): Lambda's cost is affine in the volume above the free tier, a fleet's is a step function.
 */
class LambdaVersusFleetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Percentage ONE_TENTH_PERCENT = Percentage.withPercentage(0.1);

    private static final BigDecimal REQUEST = new BigDecimal("0.0000002");
    private static final BigDecimal X86_GB_S = new BigDecimal("0.0000166667");
    private static final BigDecimal ARM_GB_S = new BigDecimal("0.0000133334");
    private static final BigDecimal HOURS = BigDecimal.valueOf(730);

    private static double volume(BigDecimal usd, BigDecimal perRequest) {
        return usd.divide(perRequest, MathContext.DECIMAL64).doubleValue();
    }

    /** x86_64, 1,024 MB, 100 ms, free tier on, against one m5.large ($0.096/h) serving up to 50 requests a second. */
    private static LambdaCostModel steadyLambda() {
        return LambdaCostModel.onDemand("Lambda x86 1 GB", TestEditions.catalog(), "us-east-1", Architecture.X86_64,
                1024, new BigDecimal("100"), true, TODAY);
    }

    private static FixedFleetCostModel oneM5Large() {
        return FixedFleetCostModel.sized("m5.large", new BigDecimal("0.096"), BigDecimal.valueOf(50), BigDecimal.ONE);
    }

    /** The hand value: V* = (EC2 cost + free part) / per-request cost. */
    private static double steadyBreakEven() {
        // Per request: $0.0000002 + 0.1 s × 1 GB × $0.0000166667 = $0.00000186667.
        BigDecimal perRequest = REQUEST.add(new BigDecimal("0.1").multiply(X86_GB_S));
        // The free tier takes off 1,000,000 requests and 400,000 GB-s: $0.2 + $6.66668 = $6.86668.
        BigDecimal free = BigDecimal.valueOf(1_000_000).multiply(REQUEST)
                .add(BigDecimal.valueOf(400_000).multiply(X86_GB_S));
        // One m5.large for 730 h: $70.08.
        BigDecimal ec2 = new BigDecimal("0.096").multiply(HOURS);
        return volume(ec2.add(free), perRequest);
    }

    @Test
    void steadyLoadCrossesOneInstanceWhereTheHandFormulaSays() {
        long[] grid = MonthlyVolume.logSpaced(10_000_000, 0.01, 100, 41);
        CostCurve lambda = CostCurve.sample(steadyLambda(), grid);
        CostCurve ec2 = CostCurve.sample(oneM5Large(), grid);
        double expected = steadyBreakEven();

        List<Crossing> interpolated = Crossings.find(lambda, ec2);
        List<Crossing> refined = Crossings.find(lambda, ec2, Refiner.of(steadyLambda(), oneM5Large()));

        assertThat(expected).isCloseTo(41_221_000, within(1_000.0));
        for (List<Crossing> found : List.of(interpolated, refined)) {
            assertThat(found).singleElement().satisfies(c -> {
                assertThat((double) c.requestsPerMonth()).isCloseTo(expected, ONE_TENTH_PERCENT);
                assertThat(c.meanRequestsPerSecond()).isCloseTo(expected / 2_628_000, ONE_TENTH_PERCENT);
                assertThat(c.cheaperBelow()).isEqualTo(Cheaper.LAMBDA);
                assertThat(c.cheaperAbove()).isEqualTo(Cheaper.OTHER);
                assertThat(c.lambdaDesign()).isEqualTo("Lambda x86 1 GB");
                assertThat(c.otherDesign()).isEqualTo("m5.large");
                assertThat(c.otherUsd()).isEqualByComparingTo("70.08");
                assertThat(c.lambdaUsd()).isCloseTo(new BigDecimal("70.08"), within(new BigDecimal("0.02")));
            });
        }
        assertThat(refined.get(0).refined()).isTrue();
    }

    /** arm64, 1,024 MB, 10 ms, no free tier: $0.0000002 + 0.01 s × 1 GB × $0.0000133334 = $0.000000333334 a request. */
    private static LambdaCostModel shortArmLambda() {
        return LambdaCostModel.onDemand("Lambda arm64 1 GB", TestEditions.catalog(), "us-east-1", Architecture.ARM64,
                1024, new BigDecimal("10"), false, TODAY);
    }

    /**
     * m7g.large at $0.0816/h ($59.568 a month each), 95 requests a second each, sized for the mean: a new instance
     * every 95 × 2,628,000 = 249,660,000 requests. Per step Lambda's cost rises by 249,660,000 × $0.000000333334 =
     * $83.22 against the fleet's $59.568, about 1.4 times as much: Lambda overtakes the fleet within each step, and
     * falls back below it at the next step while k × 83.22 < (k + 1) × 59.568, that is for k = 1 and 2.
     */
    private static FixedFleetCostModel m7gFleet() {
        return FixedFleetCostModel.sized("m7g.large fleet", new BigDecimal("0.0816"), BigDecimal.valueOf(95),
                BigDecimal.ONE);
    }

    /** The five crossings by hand: k × P / a within steps k = 1, 2, 3; at the steps, k × Q for k = 1, 2. */
    private static double[] stepCrossings() {
        BigDecimal perRequest = REQUEST.add(new BigDecimal("0.01").multiply(ARM_GB_S));
        BigDecimal instanceMonth = new BigDecimal("0.0816").multiply(HOURS);
        double step = 95.0 * 2_628_000;
        return new double[] {
                volume(instanceMonth, perRequest),
                step,
                volume(instanceMonth.multiply(BigDecimal.valueOf(2)), perRequest),
                2 * step,
                volume(instanceMonth.multiply(BigDecimal.valueOf(3)), perRequest)};
    }

    private static void assertFiveStepCrossings(List<Crossing> found) {
        double[] expected = stepCrossings();
        assertThat(found).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat((double) found.get(i).requestsPerMonth()).as("crossing %d", i + 1)
                    .isCloseTo(expected[i], ONE_TENTH_PERCENT);
            assertThat(found.get(i).crosses()).isTrue();
        }
        assertThat(found).extracting(Crossing::cheaperBelow).containsExactly(Cheaper.LAMBDA, Cheaper.OTHER,
                Cheaper.LAMBDA, Cheaper.OTHER, Cheaper.LAMBDA);
        assertThat(found).extracting(Crossing::cheaperAbove).containsExactly(Cheaper.OTHER, Cheaper.LAMBDA,
                Cheaper.OTHER, Cheaper.LAMBDA, Cheaper.OTHER);
    }

    @Test
    void stepFleetCrossesTheLambdaLineFiveTimesOnAGridThatHoldsItsSteps() {
        FixedFleetCostModel fleet = m7gFleet();
        long[] grid = MonthlyVolume.union(MonthlyVolume.logSpaced(300_000_000, 0.1, 10, 61),
                fleet.stepVolumes(30_000_000, 3_000_000_000L));

        List<Crossing> found = Crossings.find(CostCurve.sample(shortArmLambda(), grid), CostCurve.sample(fleet, grid));

        assertFiveStepCrossings(found);
        // The steps themselves are bracketed between two neighbouring requests.
        assertThat(found.get(1).bracketFrom()).isEqualTo(249_660_000);
        assertThat(found.get(1).bracketTo()).isEqualTo(249_660_001);
    }

    @Test
    void refinerLocatesEveryStepCrossingOnACoarseGrid() {
        long[] grid = MonthlyVolume.logSpaced(300_000_000, 0.1, 10, 121);

        List<Crossing> found = Crossings.between(shortArmLambda(), m7gFleet(), grid);

        assertFiveStepCrossings(found);
        assertThat(found).allMatch(Crossing::refined);
    }
}
