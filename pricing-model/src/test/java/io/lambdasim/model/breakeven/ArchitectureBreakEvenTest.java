package io.lambdasim.model.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.model.TestEditions;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.PriceEdition;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class ArchitectureBreakEvenTest {

    private static final BigDecimal X86 = new BigDecimal("0.0000166667");
    private static final BigDecimal ARM = new BigDecimal("0.0000133334");

    @Test
    void arm64BreaksEvenWhenAQuarterSlowerInUsEast1() {
        ArchitectureBreakEven b = ArchitectureBreakEven.of(TestEditions.usEast1());

        assertThat(b.breakEvenSlowdown()).isEqualByComparingTo(X86.divide(ARM, MathContext.DECIMAL64));
        assertThat(b.breakEvenSlowdown().doubleValue()).isCloseTo(1.25, within(1e-5));
        assertThat(b.priceRatio()).isEqualByComparingTo(ARM.divide(X86, MathContext.DECIMAL64));
        assertThat(b.priceRatio().doubleValue()).isCloseTo(0.8, within(1e-5));
    }

    @Test
    void arm64IsCheaperWhenItsSlowdownIsBelowTheBreakEven() {
        ArchitectureBreakEven.Comparison c = ArchitectureBreakEven.of(TestEditions.usEast1())
                .compare(new BigDecimal("100"), new BigDecimal("120"));

        assertThat(c.slowdown()).isEqualByComparingTo("1.2");
        assertThat(c.billedSlowdown()).isEqualByComparingTo("1.2");
        // 0.0000133334 × 120 / (0.0000166667 × 100) = 0.001600008 / 0.00166667.
        assertThat(c.durationCostRatio()).isEqualByComparingTo(
                new BigDecimal("0.001600008").divide(new BigDecimal("0.00166667"), MathContext.DECIMAL64));
        assertThat(c.cheaper()).contains(Architecture.ARM64);
    }

    @Test
    void x86IsCheaperWhenArm64IsMoreThanAQuarterSlower() {
        ArchitectureBreakEven.Comparison c = ArchitectureBreakEven.of(TestEditions.usEast1())
                .compare(new BigDecimal("100"), new BigDecimal("130"));

        assertThat(c.cheaper()).contains(Architecture.X86_64);
        assertThat(c.durationCostRatio()).isGreaterThan(BigDecimal.ONE);
    }

    @Test
    void billingGranularityCanTurnTheVerdict() {
        // Under 100 ms billing 90 ms is billed 100 ms and 110 ms is billed 200 ms: a true slowdown of 1.22 (below
        // 1.25) becomes a billed one of 2.
        PriceEdition coarse = TestEditions.usEast1().withRules(TestEditions.usEast1().rules().withGranularityMs(100));

        ArchitectureBreakEven.Comparison c = ArchitectureBreakEven.of(coarse)
                .compare(new BigDecimal("90"), new BigDecimal("110"));

        assertThat(c.x86BilledMs()).isEqualTo(100);
        assertThat(c.armBilledMs()).isEqualTo(200);
        assertThat(c.slowdown().doubleValue()).isCloseTo(1.2222, within(1e-4));
        assertThat(c.billedSlowdown()).isEqualByComparingTo("2");
        assertThat(c.cheaper()).contains(Architecture.X86_64);
    }

    @Test
    void anEditionWithoutArm64HasNoBreakEven() {
        assertThatThrownBy(() -> ArchitectureBreakEven.of(TestEditions.usEast1Legacy()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arm64");
    }
}
