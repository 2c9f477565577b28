package io.lambdasim.model.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.model.breakeven.Crossing.Cheaper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CrossingsTest {

    /** A curve through ({@code volumes[i]}, {@code usd[i]}). */
    private static CostCurve curve(String design, long[] volumes, String... usd) {
        List<CostCurve.Point> points = new ArrayList<>();
        for (int i = 0; i < volumes.length; i++) {
            points.add(new CostCurve.Point(volumes[i], new BigDecimal(usd[i])));
        }
        return new CostCurve(design, points);
    }

    private static final long[] THREE = {0, 100, 200};
    private static final long[] FOUR = {0, 100, 200, 300};

    @Test
    void findsNoCrossingWhenOneDesignIsAlwaysCheaper() {
        CostCurve lambda = curve("lambda", THREE, "1", "2", "3");
        CostCurve ec2 = curve("ec2", THREE, "5", "5", "5");

        assertThat(Crossings.find(lambda, ec2)).isEmpty();
        assertThat(Crossings.find(ec2, lambda)).isEmpty();
    }

    @Test
    void solvesTheInterpolantBetweenTwoSampledVolumes() {
        // Lambda rises linearly from 0 to 100 over 0..1,000 requests; the other design costs 40: they meet at 400.
        CostCurve lambda = curve("lambda", new long[] {0, 1000}, "0", "100");
        CostCurve ec2 = curve("ec2", new long[] {0, 1000}, "40", "40");

        List<Crossing> found = Crossings.find(lambda, ec2);

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.requestsPerMonth()).isEqualTo(400);
            assertThat(c.lambdaUsd()).isEqualByComparingTo("40.00");
            assertThat(c.otherUsd()).isEqualByComparingTo("40.00");
            assertThat(c.cheaperBelow()).isEqualTo(Cheaper.LAMBDA);
            assertThat(c.cheaperAbove()).isEqualTo(Cheaper.OTHER);
            assertThat(c.cheaperDesignBelow()).contains("lambda");
            assertThat(c.cheaperDesignAbove()).contains("ec2");
            assertThat(c.crosses()).isTrue();
            assertThat(c.refined()).isFalse();
            assertThat(c.bracketFrom()).isZero();
            assertThat(c.bracketTo()).isEqualTo(1000);
        });
    }

    @Test
    void reportsACrossingAtASampledVolumeOnce() {
        CostCurve lambda = curve("lambda", THREE, "0", "50", "100");
        CostCurve ec2 = curve("ec2", THREE, "50", "50", "50");

        assertThat(Crossings.find(lambda, ec2)).singleElement().satisfies(c -> {
            assertThat(c.requestsPerMonth()).isEqualTo(100);
            assertThat(c.crosses()).isTrue();
            assertThat(c.cheaperBelow()).isEqualTo(Cheaper.LAMBDA);
            assertThat(c.cheaperAbove()).isEqualTo(Cheaper.OTHER);
        });
    }

    @Test
    void reportsCurvesThatTouchWithoutCrossing() {
        CostCurve lambda = curve("lambda", THREE, "1", "2", "1");
        CostCurve ec2 = curve("ec2", THREE, "2", "2", "2");

        assertThat(Crossings.find(lambda, ec2)).singleElement().satisfies(c -> {
            assertThat(c.requestsPerMonth()).isEqualTo(100);
            assertThat(c.crosses()).isFalse();
            assertThat(c.cheaperBelow()).isEqualTo(Cheaper.LAMBDA);
            assertThat(c.cheaperAbove()).isEqualTo(Cheaper.LAMBDA);
        });
    }

    @Test
    void reportsARunOfEqualCostsOnceAtItsStart() {
        CostCurve lambda = curve("lambda", FOUR, "1", "2", "2", "3");
        CostCurve ec2 = curve("ec2", FOUR, "2", "2", "2", "2");

        assertThat(Crossings.find(lambda, ec2)).singleElement().satisfies(c -> {
            assertThat(c.requestsPerMonth()).isEqualTo(100);
            assertThat(c.crosses()).isTrue();
            assertThat(c.bracketFrom()).isZero();
            assertThat(c.bracketTo()).isEqualTo(300);
        });
    }

    @Test
    void curvesEqualToTheEndOfTheRangeHaveNeitherCheaperAbove() {
        CostCurve lambda = curve("lambda", THREE, "1", "2", "2");
        CostCurve ec2 = curve("ec2", THREE, "2", "2", "2");

        assertThat(Crossings.find(lambda, ec2)).singleElement().satisfies(c -> {
            assertThat(c.requestsPerMonth()).isEqualTo(100);
            assertThat(c.cheaperBelow()).isEqualTo(Cheaper.LAMBDA);
            assertThat(c.cheaperAbove()).isEqualTo(Cheaper.NEITHER);
            assertThat(c.cheaperDesignAbove()).isEmpty();
            assertThat(c.crosses()).isFalse();
        });
    }

    @Test
    void findsEveryCrossingOfSeveralInOrder() {
        // Differences -1, +1, -1, +1 at 0, 100, 200, 300: crossings at 50, 150 and 250.
        CostCurve lambda = curve("lambda", FOUR, "1", "3", "1", "3");
        CostCurve ec2 = curve("ec2", FOUR, "2", "2", "2", "2");

        List<Crossing> found = Crossings.find(lambda, ec2);

        assertThat(found).extracting(Crossing::requestsPerMonth).containsExactly(50L, 150L, 250L);
        assertThat(found).extracting(Crossing::cheaperAbove)
                .containsExactly(Cheaper.OTHER, Cheaper.LAMBDA, Cheaper.OTHER);
    }

    @Test
    void refinesACrossingOnTheRefinersExactCosts() {
        // Exactly: Lambda costs V/10, the other 40 up to 700 requests and 80 above, so they cross at V = 400.
        // Sampled only at 0 and 1,000, the interpolant puts the crossing at 1,000 × 40 / 60 ≈ 667.
        CostModel lambdaModel = CostModel.of("lambda", v -> BigDecimal.valueOf(v).movePointLeft(1));
        CostModel ec2Model = CostModel.of("ec2", v -> BigDecimal.valueOf(v <= 700 ? 40 : 80));
        long[] grid = {0, 1000};
        CostCurve lambda = CostCurve.sample(lambdaModel, grid);
        CostCurve ec2 = CostCurve.sample(ec2Model, grid);

        assertThat(Crossings.find(lambda, ec2)).singleElement()
                .satisfies(c -> assertThat(c.requestsPerMonth()).isEqualTo(667));

        assertThat(Crossings.find(lambda, ec2, Refiner.of(lambdaModel, ec2Model))).singleElement().satisfies(c -> {
            assertThat(c.requestsPerMonth()).isBetween(399L, 401L);
            assertThat(c.refined()).isTrue();
            assertThat(c.lambdaUsd()).isCloseTo(new BigDecimal("40"), within(new BigDecimal("0.1")));
            assertThat(c.otherUsd()).isEqualByComparingTo("40");
        });
    }

    @Test
    void refinerFindsTheJumpOfAStep() {
        // Lambda: 30 + V/100 (30 to 40); the other: 20 up to 600 requests, 50 above. Lambda is dearer below the jump
        // and cheaper above it, so the crossing is the jump itself, between 600 and 601.
        CostModel lambdaModel = CostModel.of("lambda", v -> BigDecimal.valueOf(3000 + v).movePointLeft(2));
        CostModel ec2Model = CostModel.of("ec2", v -> BigDecimal.valueOf(v <= 600 ? 20 : 50));

        List<Crossing> found = Crossings.between(lambdaModel, ec2Model, new long[] {0, 1000});

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.requestsPerMonth()).isBetween(600L, 601L);
            assertThat(c.cheaperBelow()).isEqualTo(Cheaper.OTHER);
            assertThat(c.cheaperAbove()).isEqualTo(Cheaper.LAMBDA);
            assertThat(c.refined()).isTrue();
        });
    }

    @Test
    void keepsTheInterpolatedCrossingWhenTheRefinerDoesNotBracketIt() {
        CostCurve lambda = curve("lambda", new long[] {0, 1000}, "0", "100");
        CostCurve ec2 = curve("ec2", new long[] {0, 1000}, "40", "40");
        AtomicInteger calls = new AtomicInteger();
        Refiner alwaysLambdaCheaper = v -> {
            calls.incrementAndGet();
            return new Refiner.Costs(BigDecimal.ONE, BigDecimal.TEN);
        };

        assertThat(Crossings.find(lambda, ec2, alwaysLambdaCheaper)).singleElement().satisfies(c -> {
            assertThat(c.requestsPerMonth()).isEqualTo(400);
            assertThat(c.refined()).isFalse();
        });
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void refinesToTheRequestedRelativeTolerance() {
        // Lambda: (V / 10^6)² / 10, curved, so the interpolant between 10^6 and 10^9 is far off; the other: a
        // constant 100. Exact crossing at V = 10^6 × sqrt(1,000) = 31,622,776.6.
        CostModel lambdaModel = CostModel.of("lambda", v -> BigDecimal.valueOf(v).pow(2).movePointLeft(13));
        CostModel ec2Model = CostModel.of("ec2", v -> BigDecimal.valueOf(100));
        long[] grid = {1_000_000, 1_000_000_000};
        CostCurve lambda = CostCurve.sample(lambdaModel, grid);
        CostCurve ec2 = CostCurve.sample(ec2Model, grid);

        Crossing c = Crossings.find(lambda, ec2, Refiner.of(lambdaModel, ec2Model), 1e-9).get(0);

        assertThat(c.refined()).isTrue();
        assertThat((double) c.requestsPerMonth()).isCloseTo(1e6 * Math.sqrt(1000), within(1.0));
    }

    @Test
    void reportsTheMeanRateOverA730HourMonth() {
        // 2,628,000 requests in 730 × 3,600 s: one request a second.
        CostCurve lambda = curve("lambda", new long[] {0, 5_256_000}, "0", "2");
        CostCurve ec2 = curve("ec2", new long[] {0, 5_256_000}, "1", "1");

        Crossing c = Crossings.find(lambda, ec2).get(0);

        assertThat(c.requestsPerMonth()).isEqualTo(2_628_000);
        assertThat(c.meanRequestsPerSecond()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void rejectsCurvesSampledAtDifferentVolumes() {
        CostCurve lambda = curve("lambda", THREE, "1", "2", "3");
        CostCurve ec2 = curve("ec2", new long[] {0, 100, 300}, "5", "5", "5");

        assertThatThrownBy(() -> Crossings.find(lambda, ec2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same volumes");
    }

    @Test
    void rejectsAToleranceOutsideItsRange() {
        CostCurve lambda = curve("lambda", THREE, "1", "2", "3");

        assertThatThrownBy(() -> Crossings.find(lambda, lambda, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Crossings.find(lambda, lambda, null, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsACurveWhoseVolumesDoNotIncrease() {
        assertThatThrownBy(() -> curve("lambda", new long[] {0, 100, 100}, "1", "2", "3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("volumes must increase");
    }
}
