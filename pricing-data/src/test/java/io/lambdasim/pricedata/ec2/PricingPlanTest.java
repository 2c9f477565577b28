package io.lambdasim.pricedata.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.Rate;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Effective hourly prices of an instance type under each pricing plan. */
class PricingPlanTest {

    private static final LocalDate DEC_2026 = LocalDate.of(2026, 12, 1);
    private static final Ec2Catalog BUNDLED = Ec2PriceLoader.loadBundled();
    private static final URI SOURCE = URI.create("https://example.com/prices");

    private static PlanPrice usEast1(String type, PricingPlan plan) {
        return BUNDLED.hourlyPrice("us-east-1", DEC_2026, type, plan);
    }

    @Test
    void onDemandIsTheOnDemandRate() {
        assertThat(usEast1("m5.large", PricingPlan.onDemand()).usdPerHour()).isEqualByComparingTo("0.096");
    }

    @Test
    void oneYearStandardNoUpfrontReservedM5LargeCosts0060AnHour() {
        PlanPrice p = usEast1("m5.large", PricingPlan.reserved(ReservationTerm.ONE_YEAR));

        assertThat(p.usdPerHour()).isEqualByComparingTo("0.060");
        assertThat(p.verified()).isFalse();
        assertThat(p.basis()).isEqualTo("1-year standard reserved, no upfront 0.06");
    }

    @Test
    void threeYearStandardNoUpfrontReservedM5LargeCosts0041AnHour() {
        assertThat(usEast1("m5.large", PricingPlan.reserved(ReservationTerm.THREE_YEARS)).usdPerHour())
                .isEqualByComparingTo("0.041");
    }

    @Test
    void reservedPriceOfATypeWithoutOneIsAnErrorNamingTableAndType() {
        assertThatThrownBy(() -> usEast1("m6i.large", PricingPlan.reserved(ReservationTerm.ONE_YEAR)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("EC2 price table us-east-1/2026-01-19: no 1-year standard reserved, no upfront price is "
                        + "known for m6i.large (only its on-demand price is)");
    }

    @Test
    void savingsPlanTakesTheUserDiscountOffOnDemandExactly() {
        PlanPrice p = usEast1("m7g.large", PricingPlan.savingsPlan(SavingsPlanKind.COMPUTE, new BigDecimal("0.28")));

        // 0.0816 × 0.72 = 0.058752
        assertThat(p.usdPerHour()).isEqualByComparingTo("0.058752");
        assertThat(p.verified()).isFalse();
        assertThat(p.basis()).isEqualTo("on-demand 0.0816 × (1 − 0.28) under a Compute Savings Plan (discount "
                + "assumed, not an AWS price)");
    }

    @Test
    void savingsPlanAtTheAdvertisedMaximumIsTheOptimisticDefault() {
        Ec2PriceTable t = BUNDLED.table("us-east-1", DEC_2026);

        // 0.096 × (1 − 0.66) = 0.03264 ; 0.096 × (1 − 0.72) = 0.02688
        assertThat(t.hourlyPrice("m5.large", t.savingsPlanAtUpTo(SavingsPlanKind.COMPUTE)).usdPerHour())
                .isEqualByComparingTo("0.03264");
        assertThat(t.hourlyPrice("m5.large", t.savingsPlanAtUpTo(SavingsPlanKind.EC2_INSTANCE)).usdPerHour())
                .isEqualByComparingTo("0.02688");
    }

    @Test
    void zeroSavingsPlanDiscountIsTheOnDemandPrice() {
        assertThat(usEast1("c6i.large", PricingPlan.savingsPlan(SavingsPlanKind.EC2_INSTANCE, BigDecimal.ZERO))
                .usdPerHour()).isEqualByComparingTo("0.085");
    }

    @Test
    void discountsOfOneOrMoreOrBelowZeroAreRefused() {
        assertThatThrownBy(() -> PricingPlan.savingsPlan(SavingsPlanKind.COMPUTE, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Compute Savings Plan discount must be a fraction in [0, 1) (0.30 for 30 %), found 1");
        assertThatThrownBy(() -> PricingPlan.savingsPlan(SavingsPlanKind.COMPUTE, new BigDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onDemandPriceOfAVerifiedRateIsVerified() {
        InstanceType t = new InstanceType("m5.large", 2, new BigDecimal("8"), Architecture.X86_64);
        InstancePrice p = InstancePrice.onDemandOnly(t, new Rate(new BigDecimal("0.096"), "hour", SOURCE, true));

        assertThat(p.hourly(PricingPlan.onDemand()).verified()).isTrue();
        assertThat(p.hourly(PricingPlan.savingsPlan(SavingsPlanKind.COMPUTE, new BigDecimal("0.1"))).verified())
                .isFalse();
    }

    @Test
    void plansDescribeThemselves() {
        assertThat(PricingPlan.onDemand().describe()).isEqualTo("on-demand");
        assertThat(PricingPlan.reserved(ReservationTerm.THREE_YEARS).describe())
                .isEqualTo("3-year standard reserved, no upfront");
        assertThat(PricingPlan.savingsPlan(SavingsPlanKind.EC2_INSTANCE, new BigDecimal("0.30")).describe())
                .isEqualTo("EC2 Instance Savings Plan at 30 % off");
    }

    @Test
    void aTableWithoutSavingsPlanFiguresRefusesTheUpToDefault() {
        InstanceType type = new InstanceType("m5.large", 2, new BigDecimal("8"), Architecture.X86_64);
        Ec2PriceTable t = new Ec2PriceTable("us-east-1", DEC_2026, "test", "", List.of(InstancePrice.onDemandOnly(
                type, new Rate(new BigDecimal("0.096"), "hour", SOURCE, true))), Map.of());

        assertThat(t.savingsPlanUpTo(SavingsPlanKind.COMPUTE)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> t.savingsPlanAtUpTo(SavingsPlanKind.COMPUTE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("EC2 price table us-east-1/2026-12-01 gives no Compute Savings Plan discount");
    }

    @Test
    void instanceRatesMustBeHourly() {
        InstanceType type = new InstanceType("m5.large", 2, new BigDecimal("8"), Architecture.X86_64);

        assertThatThrownBy(() -> InstancePrice.onDemandOnly(type, new Rate(new BigDecimal("70"), "month", SOURCE,
                false))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("m5.large: the on-demand rate must be per hour, found per month");
    }

    @Test
    void instanceTypeNamesSplitIntoFamilyAndSize() {
        InstanceType t = new InstanceType("c7g.2xlarge", 8, new BigDecimal("16.0"), Architecture.ARM64);

        assertThat(t.family()).isEqualTo("c7g");
        assertThat(t.size()).isEqualTo("2xlarge");
        assertThat(t).isEqualTo(new InstanceType("c7g.2xlarge", 8, new BigDecimal("16"), Architecture.ARM64));
    }
}
