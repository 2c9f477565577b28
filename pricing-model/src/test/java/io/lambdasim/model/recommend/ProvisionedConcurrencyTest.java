package io.lambdasim.model.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.model.scenario.ProvisionedPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisionedConcurrencyTest {

    /** Erlang B by its recurrence: B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)). */
    private static double erlangB(int k, double a) {
        double b = 1;
        for (int i = 1; i <= k; i++) {
            b = a * b / (i + a * b);
        }
        return b;
    }

    @Test
    void constantLevelIsTheSmallestThatErlangBSaysMeetsTheObjective() {
        // Offered load 20/s × 0.1 s = 2; B(5, 2) = 0.037 > 0.02 ≥ B(6, 2) = 0.012.
        assertThat(erlangB(5, 2)).isGreaterThan(0.02);
        assertThat(erlangB(6, 2)).isLessThan(0.02);

        PcRecommendation pc = Recommender.recommend(Scenarios.erlang("2h"),
                RecommendOptions.DEFAULT.withMemorySizes(List.of(512)), 2).pc().orElseThrow();

        PcCandidate constant = pc.bestConstant().orElseThrow();
        assertThat(constant.plan()).isEqualTo(new ProvisionedPlan.Constant(6));
        assertThat(constant.evaluation().coldStartShare()).isCloseTo(erlangB(6, 2),
                org.assertj.core.api.Assertions.within(0.003));
        PcCandidate five = pc.tried().stream().filter(c -> c.kind() == PcCandidate.Kind.CONSTANT
                && c.parameter() == 5).findFirst().orElseThrow();
        assertThat(five.meetsObjective()).isFalse();
        assertThat(five.evaluation().coldStartShare()).isCloseTo(erlangB(5, 2),
                org.assertj.core.api.Assertions.within(0.005));
    }

    @Test
    void recommendationMeetsTheObjectiveAndCostsLessThanABiggerLevel() {
        PcRecommendation pc = Recommender.recommend(Scenarios.erlang("2h"),
                RecommendOptions.DEFAULT.withMemorySizes(List.of(512)), 2).pc().orElseThrow();

        PcCandidate best = pc.recommended().orElseThrow();
        assertThat(best.evaluation().coldStartShare()).isLessThanOrEqualTo(0.02);
        PcCandidate eight = pc.tried().stream().filter(c -> c.kind() == PcCandidate.Kind.CONSTANT
                && c.parameter() == 8).findFirst().orElseThrow();
        assertThat(eight.meetsObjective()).isTrue();
        assertThat(best.evaluation().monthlyCostUsd()).isLessThan(eight.evaluation().monthlyCostUsd());
        // Without PC nearly every request starts cold, so PC costs more than the current design: a negative saving.
        assertThat(pc.current().coldStartShare()).isGreaterThan(0.5);
        assertThat(pc.savingUsd()).isEqualByComparingTo(pc.current().monthlyCostUsd()
                .subtract(best.evaluation().monthlyCostUsd()));
    }

    @Test
    void withoutAColdStartObjectiveThereIsNoProvisionedConcurrencyRecommendation() {
        Recommendation r = Recommender.recommend(Scenarios.pureCpu(),
                RecommendOptions.DEFAULT.withMemorySizes(List.of(128)), 1);

        assertThat(r.pc()).isEmpty();
    }

    @Test
    void hourlyLevelsBecomeDailyWindowsWithRunsMerged() {
        List<Integer> levels = new java.util.ArrayList<>(java.util.Collections.nCopies(24, 0));
        for (int h = 8; h < 20; h++) {
            levels.set(h, 3);
        }
        levels.set(23, 1);

        ProvisionedPlan plan = ProvisionedConcurrencySearch.weekly(levels, false);

        assertThat(plan).isEqualTo(new ProvisionedPlan.Weekly(List.of(
                new ProvisionedPlan.Window(3, java.util.EnumSet.allOf(java.time.DayOfWeek.class),
                        java.time.LocalTime.of(8, 0), java.time.LocalTime.of(20, 0)),
                new ProvisionedPlan.Window(1, java.util.EnumSet.allOf(java.time.DayOfWeek.class),
                        java.time.LocalTime.of(23, 0), java.time.LocalTime.MIDNIGHT))));
    }
}
