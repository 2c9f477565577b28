package io.lambdasim.model.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.pricedata.ec2.Ec2Catalog;
import io.lambdasim.pricedata.ec2.Ec2PriceLoader;
import io.lambdasim.pricedata.ec2.PricingPlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FixedFleetCostModelTest {

    /** 10 requests a second per instance, sized for three times the mean rate, at $0.096 an hour. */
    private static FixedFleetCostModel peaky() {
        return FixedFleetCostModel.sized("m5.large", new BigDecimal("0.096"), BigDecimal.TEN, BigDecimal.valueOf(3));
    }

    @Test
    void sizesTheFleetForThePeakRateWithAtLeastOneInstance() {
        // 26,280,000 requests in 730 h: a mean of 10 a second, a peak of 30: 3 instances; one request more needs 4.
        assertThat(peaky().instancesAt(26_280_000)).isEqualTo(3);
        assertThat(peaky().instancesAt(26_280_001)).isEqualTo(4);
        assertThat(peaky().instancesAt(0)).isEqualTo(1);
        assertThat(peaky().instancesAt(1)).isEqualTo(1);
    }

    @Test
    void billsInstancesTimesHourlyPriceTimes730Hours() {
        // 3 × $0.096 × 730 = $210.24.
        assertThat(peaky().usdPerMonth(26_280_000)).isEqualByComparingTo("210.24");
    }

    @Test
    void roundsTheMonthlyCostHalfUpToTheCent() {
        FixedFleetCostModel micro = FixedFleetCostModel.fixed("t4g.micro", new BigDecimal("0.0084"), 1);
        // $0.0084 × 730 = $6.132 → $6.13; three: $18.396 → $18.40.
        assertThat(micro.usdPerMonth(0)).isEqualByComparingTo("6.13");
        assertThat(micro.usdPerMonthOf(3)).isEqualByComparingTo("18.40");
    }

    @Test
    void aFleetOfFixedSizeCostsTheSameAtAnyVolume() {
        FixedFleetCostModel two = FixedFleetCostModel.fixed("2 × m5.large", new BigDecimal("0.096"), 2);

        assertThat(two.usdPerMonth(0)).isEqualByComparingTo("140.16");
        assertThat(two.usdPerMonth(1_000_000_000_000L)).isEqualByComparingTo("140.16");
        assertThat(two.maxRequestsPerMonth(2)).isEqualTo(Long.MAX_VALUE);
        assertThat(two.stepVolumes(0, 1_000_000_000)).isEmpty();
    }

    @Test
    void stepVolumesBracketEveryStep() {
        FixedFleetCostModel steady = FixedFleetCostModel.sized("fleet", new BigDecimal("0.096"), BigDecimal.TEN,
                BigDecimal.ONE);

        // One instance serves 10 × 2,628,000 = 26,280,000 requests a month.
        long[] steps = steady.stepVolumes(0, 60_000_000);

        assertThat(steps).containsExactly(26_280_000, 26_280_001, 52_560_000, 52_560_001);
        assertThat(steady.instancesAt(52_560_000)).isEqualTo(2);
        assertThat(steady.instancesAt(52_560_001)).isEqualTo(3);
    }

    @Test
    void readsTheHourlyPriceFromTheEc2PriceTable() {
        Ec2Catalog catalog = Ec2PriceLoader.loadBundled();
        LocalDate date = LocalDate.of(2026, 11, 26);
        BigDecimal hourly = catalog.hourlyPrice("us-east-1", date, "m5.large", PricingPlan.onDemand()).usdPerHour();

        FixedFleetCostModel fleet = FixedFleetCostModel.ec2("m5.large", catalog, "us-east-1", date, "m5.large",
                PricingPlan.onDemand(), BigDecimal.valueOf(50), BigDecimal.ONE);

        assertThat(fleet.usdPerInstanceHour()).isEqualByComparingTo(hourly);
        assertThat(fleet.usdPerMonth(0)).isEqualByComparingTo(hourly.multiply(BigDecimal.valueOf(730))
                .setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    void rejectsAPeakBelowTheMeanAndAnEmptyFleet() {
        assertThatThrownBy(() -> FixedFleetCostModel.sized("x", BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("0.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("peak-to-mean");
        assertThatThrownBy(() -> FixedFleetCostModel.fixed("x", BigDecimal.ONE, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 instance");
        assertThatThrownBy(() -> FixedFleetCostModel.sized("x", BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
