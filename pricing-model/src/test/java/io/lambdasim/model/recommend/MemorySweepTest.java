package io.lambdasim.model.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemorySweepTest {

    private static final List<Integer> SIZES = List.of(128, 256, 448, 512, 1536, 1769, 3008);

    private static Recommendation pureCpu(int threads) {
        return Recommender.recommend(Scenarios.pureCpu(), RecommendOptions.DEFAULT.withMemorySizes(SIZES), threads);
    }

    private static MemoryPoint at(MemoryRecommendation m, int mb) {
        return m.curve().stream().filter(p -> p.memoryMb() == mb).findFirst().orElseThrow();
    }

    @Test
    void pureCpuWorkCostsTheSameBelowOneVcpuSoTheLatencyObjectiveDecides() {
        MemoryRecommendation m = pureCpu(2).memory();

        // By hand: 1 s at 128 MB is 1000 × 128 / m ms at m. 128 MB: 1000 ms, 256: 500, 448: 285.71 → 286 ms billed,
        // 512: 250, 1536: 83.33 → 84, 1769 and 3008: 72.36 → 73. MB-ms per request: 128,000 for 128, 256 and 512;
        // 448 × 286 = 128,128; 1536 × 84 = 129,024; 1769 × 73 = 129,137; 3008 × 73 = 219,584.
        // p99 ≤ 300 ms rules out 128 and 256 MB; 512 MB is the cheapest of the rest.
        assertThat(m.recommendedMemoryMb()).isEqualTo(512);
        assertThat(m.objectiveMet()).isTrue();
        assertThat(m.currentMemoryMb()).isEqualTo(128);
        assertThat(at(m, 128).meetsObjective()).isFalse();
        assertThat(at(m, 256).meetsObjective()).isFalse();
        assertThat(at(m, 448).meetsObjective()).isTrue();
        assertThat(at(m, 128).evaluation().monthlyCostUsd()).isEqualTo(at(m, 512).evaluation().monthlyCostUsd());
        assertThat(at(m, 256).evaluation().monthlyCostUsd()).isEqualTo(at(m, 512).evaluation().monthlyCostUsd());
        assertThat(at(m, 448).evaluation().monthlyCostUsd()).isGreaterThan(at(m, 512).evaluation().monthlyCostUsd());
        assertThat(at(m, 3008).evaluation().monthlyCostUsd()).isGreaterThan(at(m, 1769).evaluation()
                .monthlyCostUsd());
        assertThat(m.savingUsd()).isEqualByComparingTo("0.00");
    }

    @Test
    void singleThreadedCodeIsNoFasterAboveOneVcpu() {
        MemoryRecommendation m = pureCpu(2).memory();

        assertThat(at(m, 3008).evaluation().p99LatencyMs()).isEqualTo(at(m, 1769).evaluation().p99LatencyMs());
        assertThat(at(m, 512).evaluation().p99LatencyMs()).isBetween(249.0, 252.0);
        assertThat(at(m, 128).evaluation().p99LatencyMs()).isBetween(999.0, 1002.0);
    }

    @Test
    void monthlyCostIsTheHandPricedBillOfTheSimulatedRequestsTimes730Hours() {
        MemoryPoint p = at(pureCpu(2).memory(), 512);
        // Requests at $0.20 a million; 128,000 MB-ms = 0.125 GB-s each at $0.0000166667 (x86, tier 1, 2025 prices).
        BigDecimal requests = BigDecimal.valueOf(p.evaluation().requests()).multiply(BigDecimal.valueOf(730));
        BigDecimal requestLine = requests.multiply(new BigDecimal("0.0000002")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal durationLine = requests.multiply(new BigDecimal("0.125")).multiply(new BigDecimal("0.0000166667"))
                .setScale(2, RoundingMode.HALF_UP);

        // Requests still running at the end of the hour are not billed yet: a few cents at most.
        assertThat(p.evaluation().monthlyCostUsd().subtract(requestLine.add(durationLine)).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.05"));
    }

    @Test
    void withoutAnyFittingSizeTheFastestIsRecommendedAndSaidSo() {
        Recommendation r = Recommender.recommend(Scenarios.pureCpu(),
                RecommendOptions.DEFAULT.withMemorySizes(List.of(128, 256)), 1);

        assertThat(r.memory().objectiveMet()).isFalse();
        assertThat(r.memory().recommendedMemoryMb()).isEqualTo(256);
        assertThat(r.memory().reason()).contains("no size meets the objective");
    }
}
