package io.lambdasim.model.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.model.TestEditions;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.ArchitectureRates;
import io.lambdasim.pricedata.PriceEdition;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProvisionedConcurrencyBreakEvenTest {

    private static final BigDecimal X86_OD = new BigDecimal("0.0000166667");
    private static final BigDecimal X86_PC = new BigDecimal("0.0000041667");
    private static final BigDecimal X86_PC_DURATION = new BigDecimal("0.0000097222");

    @Test
    void x86InUsEast1BreaksEvenAtSixtyPercentBusy() {
        // 0.0000041667 / (0.0000166667 − 0.0000097222) = 0.0000041667 / 0.0000069445 = 0.6 exactly.
        BigDecimal expected = X86_PC.divide(X86_OD.subtract(X86_PC_DURATION), MathContext.DECIMAL64);

        ProvisionedConcurrencyBreakEven b = ProvisionedConcurrencyBreakEven.of(TestEditions.usEast1(),
                Architecture.X86_64);

        assertThat(b.utilisation()).hasValueSatisfying(u -> {
            assertThat(u).isEqualByComparingTo(expected);
            assertThat(u).isEqualByComparingTo("0.6");
        });
        assertThat(b.achievable()).isTrue();
    }

    @Test
    void arm64InUsEast1BreaksEvenJustAboveSixtyPercentBusy() {
        BigDecimal expected = new BigDecimal("0.0000033334").divide(
                new BigDecimal("0.0000133334").subtract(new BigDecimal("0.0000077778")), MathContext.DECIMAL64);

        ProvisionedConcurrencyBreakEven b = ProvisionedConcurrencyBreakEven.of(TestEditions.usEast1(),
                Architecture.ARM64);

        assertThat(b.utilisation()).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo(expected));
        assertThat(b.utilisation().orElseThrow().doubleValue()).isCloseTo(0.6000072, within(1e-7));
    }

    @Test
    void billedInitOnDemandLowersTheBreakEven() {
        // 2 % cold starts, 500 ms INIT, 100 ms invocations: h = 0.02 × 500 / 100 = 0.1.
        BigDecimal h = ProvisionedConcurrencyBreakEven.initShare(new BigDecimal("0.02"), new BigDecimal("500"),
                new BigDecimal("100"));
        // u* = 0.0000041667 / (0.0000166667 × 1.1 − 0.0000097222) = 0.0000041667 / 0.00000861117.
        BigDecimal expected = X86_PC.divide(new BigDecimal("0.00000861117"), MathContext.DECIMAL64);

        ProvisionedConcurrencyBreakEven b = ProvisionedConcurrencyBreakEven.of(TestEditions.usEast1(),
                Architecture.X86_64, h);

        assertThat(h).isEqualByComparingTo("0.1");
        assertThat(b.utilisation()).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo(expected));
        assertThat(expected.doubleValue()).isCloseTo(0.48387, within(1e-5));
    }

    @Test
    void pcSavesNothingAtTheBreakEvenAndMoneyAboveIt() {
        ProvisionedConcurrencyBreakEven b = ProvisionedConcurrencyBreakEven.of(TestEditions.usEast1(),
                Architecture.X86_64);

        assertThat(b.savingUsdPerGbS(new BigDecimal("0.6"))).isEqualByComparingTo("0");
        // Always busy: 0.0000166667 − 0.0000041667 − 0.0000097222 = 0.0000027778 saved per GB-s.
        assertThat(b.savingUsdPerGbS(BigDecimal.ONE)).isEqualByComparingTo("0.0000027778");
        // Half busy: 0.00000833335 − (0.0000041667 + 0.0000048611) = −0.00000069445: PC costs more.
        assertThat(b.savingUsdPerGbS(new BigDecimal("0.5"))).isEqualByComparingTo("-0.00000069445");
    }

    /** us-east-1 x86_64 with other PC prices. */
    private static PriceEdition withPcPrices(String configured, String served) {
        PriceEdition e = TestEditions.usEast1();
        ArchitectureRates x86 = new ArchitectureRates(e.rates(Architecture.X86_64).duration(),
                Optional.of(TestEditions.rate(configured, "GB-s")), Optional.of(TestEditions.rate(served, "GB-s")));
        return new PriceEdition(e.id(), e.region(), e.effectiveDate(), e.currency(), e.sourceFile(), e.notes(),
                e.rules(), e.memory(), e.requests(), Map.of(Architecture.X86_64, x86), e.ephemeralStorage(),
                e.snapStartCache(), e.snapStartRestore(), e.freeTier());
    }

    @Test
    void pcNeverPaysWhenItsDurationPriceIsNotBelowOnDemand() {
        ProvisionedConcurrencyBreakEven b = ProvisionedConcurrencyBreakEven.of(
                withPcPrices("0.0000041667", "0.0000166667"), Architecture.X86_64);

        assertThat(b.utilisation()).isEmpty();
        assertThat(b.achievable()).isFalse();
    }

    @Test
    void aBreakEvenAboveFullUtilisationIsNotAchievable() {
        // 0.00001 / (0.0000166667 − 0.0000097222) = 1.44: even always busy, PC costs more.
        ProvisionedConcurrencyBreakEven b = ProvisionedConcurrencyBreakEven.of(
                withPcPrices("0.00001", "0.0000097222"), Architecture.X86_64);

        assertThat(b.utilisation().orElseThrow().doubleValue()).isCloseTo(1.44, within(0.001));
        assertThat(b.achievable()).isFalse();
    }

    @Test
    void anEditionWithoutProvisionedConcurrencyHasNoBreakEven() {
        assertThatThrownBy(() -> ProvisionedConcurrencyBreakEven.of(TestEditions.usEast1Legacy(), Architecture.X86_64))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("provisioned concurrency");
    }
}
