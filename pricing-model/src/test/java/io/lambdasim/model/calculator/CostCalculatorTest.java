package io.lambdasim.model.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.model.TestEditions;
import io.lambdasim.model.billing.ChargeKind;
import io.lambdasim.pricedata.Architecture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CostCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final CostCalculator calculator = new CostCalculator(TestEditions.catalog());

    private static CalculatorInput mobileBackend() {
        return CalculatorInput.onDemand("us-east-1", Architecture.X86_64, 1536, 3_000_000, new BigDecimal("120"), TODAY);
    }

    @Test
    void mobileBackendExampleCosts273() {
        Estimate e = calculator.estimate(mobileBackend());
        assertThat(e.bill().totalUsd()).isEqualByComparingTo("2.73");
        assertThat(e.bill().total(ChargeKind.DURATION)).isEqualByComparingTo("2.33");
        assertThat(e.bill().total(ChargeKind.REQUESTS)).isEqualByComparingTo("0.40");
    }

    @Test
    void cyberMondayExampleCosts3226() {
        CalculatorInput in = CalculatorInput.onDemand("us-east-1", Architecture.X86_64, 4096, 2_000_000,
                new BigDecimal("280"), TODAY).withFreeTier(false)
                .withProvisioned(7, BigDecimal.valueOf(24), 2_000_000, Optional.empty());
        Estimate e = calculator.estimate(in);
        assertThat(e.bill().total(ChargeKind.PROVISIONED_CONCURRENCY)).isEqualByComparingTo("10.08");
        assertThat(e.bill().total(ChargeKind.PROVISIONED_DURATION)).isEqualByComparingTo("21.78");
        assertThat(e.bill().total(ChargeKind.REQUESTS)).isEqualByComparingTo("0.40");
        assertThat(e.bill().totalUsd()).isEqualByComparingTo("32.26");
    }

    @Test
    void theLegacyEditionRoundsTo100MsAndChargesItsOwnRate() {
        CalculatorInput in = CalculatorInput.onDemand("us-east-1", Architecture.X86_64, 1536, 3_000_000,
                new BigDecimal("120"), LocalDate.of(2020, 6, 1));
        Estimate e = calculator.estimate(in);
        assertThat(e.edition().id()).isEqualTo("us-east-1/2015-04-09");
        assertThat(e.billedMsOnDemand()).isEqualTo(200);
        // 3M × 0.2 s × 1.5 GB = 900,000 GB-s, 400,000 free: 500,000 × 0.00001667 = 8.335 → 8.34.
        assertThat(e.bill().total(ChargeKind.DURATION)).isEqualByComparingTo("8.34");
        assertThat(e.bill().totalUsd()).isEqualByComparingTo("8.74");
    }

    @Test
    void granularityOverrideShowsWhatOneMillisecondBillingSaves() {
        Estimate at100 = calculator.estimate(mobileBackend().withGranularityMs(100));
        Estimate at1 = calculator.estimate(mobileBackend());
        assertThat(at100.billedMsOnDemand()).isEqualTo(200);
        assertThat(at100.edition().rules().durationGranularityMs()).isEqualTo(100);
        // 900,000 − 400,000 free = 500,000 GB-s × 0.0000166667 = 8.333335 → 8.33, plus 0.40 of requests.
        assertThat(at100.bill().totalUsd()).isEqualByComparingTo("8.73");
        assertThat(at1.bill().totalUsd()).isLessThan(at100.bill().totalUsd());
    }

    @Test
    void fractionalAverageDurationsRoundUpPerRequest() {
        CalculatorInput in = CalculatorInput.onDemand("us-east-1", Architecture.ARM64, 128, 1_000, new BigDecimal("0.4"),
                TODAY);
        assertThat(calculator.estimate(in).billedMsOnDemand()).isEqualTo(1);
        CalculatorInput in2 = CalculatorInput.onDemand("us-east-1", Architecture.ARM64, 128, 1_000,
                new BigDecimal("120.001"), TODAY);
        assertThat(calculator.estimate(in2).billedMsOnDemand()).isEqualTo(121);
    }

    @Test
    void splitsRequestsBetweenProvisionedAndOnDemand() {
        CalculatorInput in = CalculatorInput.onDemand("us-east-1", Architecture.X86_64, 1024, 5_000_000,
                new BigDecimal("100"), TODAY).withFreeTier(false)
                .withProvisioned(10, new BigDecimal("10.01"), 4_000_000, Optional.of(new BigDecimal("50")));
        Estimate e = calculator.estimate(in);
        // PC window: 10.01 h = 600.6 min → 605 min; 10 × 1 GB × 36,300 s = 363,000 GB-s.
        assertThat(e.bill().lines().stream().filter(l -> l.kind() == ChargeKind.PROVISIONED_CONCURRENCY)
                .findFirst().orElseThrow().quantity()).isEqualByComparingTo("363000");
        // PC-served: 4M × 50 ms × 1 GB = 200,000 GB-s; on demand: 1M × 100 ms × 1 GB = 100,000 GB-s.
        assertThat(e.bill().lines().stream().filter(l -> l.kind() == ChargeKind.PROVISIONED_DURATION)
                .findFirst().orElseThrow().quantity()).isEqualByComparingTo("200000");
        assertThat(e.bill().lines().stream().filter(l -> l.kind() == ChargeKind.DURATION)
                .findFirst().orElseThrow().quantity()).isEqualByComparingTo("100000");
    }

    @Test
    void acceptsATrillionRequestsWithoutOverflow() {
        CalculatorInput in = CalculatorInput.onDemand("us-east-1", Architecture.X86_64, 10_240, 1_000_000_000_000L,
                new BigDecimal("900000"), TODAY).withEphemeralMb(10_240);
        Estimate e = calculator.estimate(in);
        // 10^12 × 900 s × 10 GB = 9 × 10^15 GB-s, mostly in tier 3.
        assertThat(e.bill().totalUsd()).isGreaterThan(new BigDecimal("1.0E11"));
    }

    static Stream<Arguments> contradictions() {
        return Stream.of(
                bad(i -> CalculatorInput.onDemand("us-east-1", Architecture.X86_64, 1024, -1, BigDecimal.TEN, TODAY),
                        "--requests must not be negative"),
                bad(i -> CalculatorInput.onDemand("us-east-1", Architecture.X86_64, 1024, 1_000_000_000_001L,
                        BigDecimal.TEN, TODAY), "at most 10^12"),
                bad(i -> CalculatorInput.onDemand("us-east-1", Architecture.X86_64, 127, 1, BigDecimal.TEN, TODAY),
                        "--memory-mb must be 128 to 10,240 MB, was 127"),
                bad(i -> CalculatorInput.onDemand("us-east-1", Architecture.X86_64, 10_241, 1, BigDecimal.TEN, TODAY),
                        "was 10241"),
                bad(i -> CalculatorInput.onDemand("mars-north-1", Architecture.X86_64, 1024, 1, BigDecimal.TEN, TODAY),
                        "mars-north-1"),
                bad(i -> i.withProvisioned(1, BigDecimal.ONE, 4_000_000, Optional.empty()),
                        "--pc-requests (4000000) must not exceed --requests (3000000)"),
                bad(i -> i.withProvisioned(0, BigDecimal.ZERO, 10, Optional.empty()), "--pc-requests needs"),
                bad(i -> i.withProvisioned(5, BigDecimal.ZERO, 0, Optional.empty()), "--pc 5 needs --pc-hours"),
                bad(i -> i.withProvisioned(5, BigDecimal.valueOf(745), 0, Optional.empty()), "at most 744"),
                bad(i -> i.withEphemeralMb(100), "--ephemeral-mb must be 512 to 10,240 MB"),
                bad(i -> i.withGranularityMs(0), "--granularity-ms"),
                bad(i -> CalculatorInput.onDemand("us-east-1", Architecture.X86_64, 1024, 1,
                        new BigDecimal("-5"), TODAY), "--avg-duration-ms must not be negative"),
                bad(i -> CalculatorInput.onDemand("us-east-1", Architecture.ARM64, 1024, 1, BigDecimal.TEN,
                        LocalDate.of(2019, 1, 1)), "arm64 is not priced in edition us-east-1/2015-04-09"),
                bad(i -> CalculatorInput.onDemand("us-east-1", Architecture.X86_64, 4096, 1, BigDecimal.TEN,
                        LocalDate.of(2019, 1, 1)), "outside 128 to 3008 MB"),
                bad(i -> CalculatorInput.onDemand("us-east-1", Architecture.X86_64, 1024, 1, BigDecimal.TEN,
                        LocalDate.of(2010, 1, 1)), "no us-east-1 prices in force on 2010-01-01"));
    }

    private static Arguments bad(UnaryOperator<CalculatorInput> input, String message) {
        return Arguments.of(input.apply(mobileBackend()), message);
    }

    @ParameterizedTest
    @MethodSource("contradictions")
    void rejectsBadOrContradictoryInputsWithAOneLineReason(CalculatorInput in, String message) {
        assertThatThrownBy(() -> calculator.estimate(in)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message).message().doesNotContain("\n");
    }
}
