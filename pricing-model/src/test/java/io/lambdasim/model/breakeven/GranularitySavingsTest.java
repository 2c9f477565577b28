package io.lambdasim.model.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.model.TestEditions;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.workload.distribution.Distributions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GranularitySavingsTest {

    /** 0.4 ms, 1 ms, 101 ms and 250.5 ms: billed 1, 1, 101, 251 ms at 1 ms and 100, 100, 200, 300 ms at 100 ms. */
    private static final long[] SAMPLE = {400, 1_000, 101_000, 250_500};

    @Test
    void sampleIsBilledExactlyUnderBothGranularities() {
        GranularitySavings s = GranularitySavings.ofSample(SAMPLE);

        assertThat(s.meanBilledFineMs()).isEqualByComparingTo("88.5");
        assertThat(s.meanBilledCoarseMs()).isEqualByComparingTo("175");
        assertThat(s.savingMsPerRequest()).isEqualByComparingTo("86.5");
        assertThat(s.savingPercent()).isEqualByComparingTo(
                new BigDecimal("8650").divide(new BigDecimal("175"), MathContext.DECIMAL64));
        assertThat(s.savingPercent().doubleValue()).isCloseTo(49.43, within(0.01));
    }

    @Test
    void histogramCountsEachDurationAsOftenAsItIsGiven() {
        // Twice 0.4 ms and once 101 ms: (1 + 1 + 101) / 3 ms at 1 ms, (100 + 100 + 200) / 3 ms at 100 ms.
        GranularitySavings s = GranularitySavings.ofHistogram(Map.of(400L, 2L, 101_000L, 1L), 1, 100);

        assertThat(s.meanBilledFineMs()).isEqualByComparingTo(
                new BigDecimal("103").divide(new BigDecimal("3"), MathContext.DECIMAL128));
        assertThat(s.meanBilledCoarseMs()).isEqualByComparingTo(
                new BigDecimal("400").divide(new BigDecimal("3"), MathContext.DECIMAL128));
        assertThat(s).isEqualTo(GranularitySavings.ofSample(new long[] {400, 400, 101_000}, 1, 100));
    }

    @Test
    void constantDurationIsBilledAtItsCeiling() {
        GranularitySavings s = GranularitySavings.ofDistribution(Distributions.parse("const:120.5ms"));

        assertThat(s.meanBilledFineMs().doubleValue()).isCloseTo(121, within(1e-9));
        assertThat(s.meanBilledCoarseMs().doubleValue()).isCloseTo(200, within(1e-9));
    }

    @Test
    void uniformDurationsAreBilledAboutHalfAGranuleAboveTheirMean() {
        // D uniform on 10..50 ms, rounded to the µs: E = 1 + Σ_{k=1..49} P(D ≥ k ms + 0.5 µs)
        // = 1 + 9 + Σ_{k=10..49} ((50 − k) / 40 − 0.5 / 40,000) = 10 + 20.5 − 0.0005 = 30.4995 ms.
        GranularitySavings s = GranularitySavings.ofDistribution(Distributions.parse("uniform:10ms..50ms"));

        assertThat(s.meanBilledFineMs().doubleValue()).isCloseTo(30.4995, within(1e-9));
        assertThat(s.meanBilledCoarseMs().doubleValue()).isCloseTo(100, within(1e-9));
    }

    @Test
    void exponentialDurationsFollowTheGeometricSeries() {
        // P(D ≥ k·g + 0.5 µs) = exp(−(k·g + 0.5 µs) / m): E = g × (1 + exp(−0.5 µs / m) × q / (1 − q)), q = exp(−g / m).
        double m = 100_000;
        double q100 = Math.exp(-100_000 / m);
        double q1 = Math.exp(-1_000 / m);
        double shift = Math.exp(-0.5 / m);

        GranularitySavings s = GranularitySavings.ofDistribution(Distributions.parse("exp:100ms"));

        assertThat(s.meanBilledCoarseMs().doubleValue()).isCloseTo(100 * (1 + shift * q100 / (1 - q100)),
                within(1e-6));
        assertThat(s.meanBilledFineMs().doubleValue()).isCloseTo(1 + shift * q1 / (1 - q1), within(1e-6));
        assertThat(s.meanBilledFineMs().doubleValue()).isCloseTo(100.5, within(0.01));
    }

    @Test
    void monthlySavingIsPricedByTheBillingEngine() {
        // 10M requests at 1 GB: 885,000 GB-s at 1 ms → $14.7500295 → $14.75; 1,750,000 GB-s at 100 ms →
        // $29.166725 → $29.17. With the free tier: 485,000 → $8.0833495 → $8.08 and 1,350,000 → $22.500045 → $22.50.
        GranularitySavings s = GranularitySavings.ofSample(SAMPLE);

        GranularitySavings.MonthlySaving noFree = s.monthly(TestEditions.usEast1(), Architecture.X86_64, 1024,
                10_000_000, false);
        GranularitySavings.MonthlySaving free = s.monthly(TestEditions.usEast1(), Architecture.X86_64, 1024,
                10_000_000, true);

        assertThat(noFree.fineUsd()).isEqualByComparingTo("14.75");
        assertThat(noFree.coarseUsd()).isEqualByComparingTo("29.17");
        assertThat(noFree.savingUsd()).isEqualByComparingTo("14.42");
        assertThat(free.fineUsd()).isEqualByComparingTo("8.08");
        assertThat(free.coarseUsd()).isEqualByComparingTo("22.50");
        assertThat(free.savingUsd()).isEqualByComparingTo("14.42");
    }

    @Test
    void theFreeTierCanSwallowTheWholeSaving() {
        // 1M requests at 128 MB and 175 ms: 21,875 GB-s, well inside the 400,000 free GB-s.
        GranularitySavings.MonthlySaving m = GranularitySavings.ofSample(SAMPLE)
                .monthly(TestEditions.usEast1(), Architecture.X86_64, 128, 1_000_000, true);

        assertThat(m.savingUsd()).isEqualByComparingTo("0");
    }

    @Test
    void rejectsAFineGranularityNotBelowTheCoarseOne() {
        assertThatThrownBy(() -> GranularitySavings.ofSample(SAMPLE, 100, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GranularitySavings.ofSample(new long[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
