package io.lambdasim.model.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.model.TestEditions;
import io.lambdasim.model.calculator.CalculatorInput;
import io.lambdasim.model.calculator.CostCalculator;
import io.lambdasim.model.calculator.InvalidInputException;
import io.lambdasim.pricedata.Architecture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LambdaCostModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static LambdaCostModel x86OneGb(boolean freeTier) {
        return LambdaCostModel.onDemand("x86", TestEditions.catalog(), "us-east-1", Architecture.X86_64, 1024,
                new BigDecimal("100"), freeTier, TODAY);
    }

    @Test
    void costIsTheAffineClosedFormAboveTheFreeTier() {
        // 50M requests: (50M − 1M) × $0.0000002 = $9.80; (5,000,000 − 400,000) GB-s × $0.0000166667 = $76.66682
        // → $76.67; total $86.47.
        assertThat(x86OneGb(true).usdPerMonth(50_000_000)).isEqualByComparingTo("86.47");
    }

    @Test
    void costIsZeroInsideTheFreeTier() {
        // 1M requests of 0.1 GB-s: 100,000 GB-s and 1M requests, all free.
        assertThat(x86OneGb(true).usdPerMonth(1_000_000)).isEqualByComparingTo("0.00");
    }

    @Test
    void withoutTheFreeTierEveryRequestIsCharged() {
        // 1M × $0.0000002 = $0.20; 100,000 GB-s × $0.0000166667 = $1.66667 → $1.67.
        assertThat(x86OneGb(false).usdPerMonth(1_000_000)).isEqualByComparingTo("1.87");
    }

    @Test
    void costNeverFallsAsTheVolumeGrows() {
        LambdaCostModel model = x86OneGb(true);
        BigDecimal previous = BigDecimal.ZERO;
        for (long v : MonthlyVolume.logSpaced(10_000_000, 0.01, 100, 60)) {
            BigDecimal cost = model.usdPerMonth(v);
            assertThat(cost).isGreaterThanOrEqualTo(previous);
            previous = cost;
        }
    }

    @Test
    void keepsTheTemplatesProvisionedShareAtEveryVolume() {
        CalculatorInput template = CalculatorInput.onDemand("us-east-1", Architecture.X86_64, 1024, 1_000_000,
                new BigDecimal("100"), TODAY).withProvisioned(2, BigDecimal.valueOf(730), 250_000, Optional.empty());
        LambdaCostModel model = new LambdaCostModel("pc", new CostCalculator(TestEditions.catalog()), template);

        assertThat(model.inputAt(4_000_000).pcRequests()).isEqualTo(1_000_000);
        assertThat(model.inputAt(3).pcRequests()).isZero();
        assertThat(model.inputAt(4_000_000).pcConcurrency()).isEqualTo(2);
        assertThat(model.inputAt(4_000_000).requests()).isEqualTo(4_000_000);
        // Two 1 GB environments for 730 h: 2 × 2,628,000 GB-s × $0.0000041667 = $21.9001752 → $21.90 at any volume.
        assertThat(model.usdPerMonth(0)).isEqualByComparingTo("21.90");
    }

    @Test
    void rejectsAnInvalidTemplate() {
        CalculatorInput tooSmall = CalculatorInput.onDemand("us-east-1", Architecture.X86_64, 64, 0,
                new BigDecimal("100"), TODAY);

        assertThatThrownBy(() -> new LambdaCostModel("bad", new CostCalculator(TestEditions.catalog()), tooSmall))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--memory-mb");
    }
}
