package io.lambdasim.model.ec2;

import static io.lambdasim.model.ec2.FleetScenarios.HOUR;
import static io.lambdasim.model.ec2.FleetScenarios.SECOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.ec2.PricingPlan;
import io.lambdasim.pricedata.ec2.ReservationTerm;
import io.lambdasim.pricedata.ec2.SavingsPlanKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fleet bills by hand: instance-hours, Fargate, load balancer and API Gateway, each line rounded once. */
class FleetBillingTest {

    private static FleetSpec.Builder m5(PricingPlan plan) {
        return FleetSpec.builder("api").ec2("m5.large", plan).cpuCapacity(0.25, 0.8);
    }

    /** A usage of {@code unitSeconds} over one run of {@code hours} hours with no requests. */
    private static FleetUsage usage(long unitSeconds, int hours) {
        return new FleetUsage(hours * HOUR, unitSeconds, 1, 0, 0, 0, new long[hours], new long[hours]);
    }

    /** A usage of one hour with {@code requests} requests in it and {@code inFlightUs} request-µs in flight. */
    private static FleetUsage oneHour(long requests, long inFlightUs) {
        return new FleetUsage(HOUR, 3600, 1, 0, 0, requests, new long[] {requests}, new long[] {inFlightUs});
    }

    @Test
    void aConstantFleetCostsItsInstanceSecondsTimesTheHourlyPrice() {
        // 7 m5.large for 100.5 h and 0.2 s: each billed ceil(361,800.2) = 361,801 s, 2,532,607 instance-seconds in
        // all; × $0.096 / 3,600 = $67.536186666... → $67.54.
        FleetSpec fleet = m5(PricingPlan.onDemand()).fixedSize(7).build();
        long horizon = 361_800 * SECOND + 200_000;
        FleetResult r = FleetScenarios.run(FleetScenarios.simulation(FleetScenarios.poisson(0.01, "const:100ms"),
                horizon, 0, 1), fleet);
        assertThat(r.usage().unitSeconds()).isEqualTo(2_532_607);
        assertThat(r.meanUnits()).isEqualTo(7.0);
        assertThat(r.peakUnits()).isEqualTo(7);
        FleetCostLine line = r.bill().lines().get(0);
        assertThat(r.bill().lines()).hasSize(1);
        assertThat(line.kind()).isEqualTo(FleetChargeKind.EC2_INSTANCES);
        assertThat(line.exactUsd()).isEqualByComparingTo("67.536186666667");
        assertThat(line.usd()).isEqualByComparingTo("67.54");
        assertThat(r.bill().totalUsd()).isEqualByComparingTo("67.54");
        assertThat(r.unitHours()).isEqualTo(2_532_607 / 3600.0);
        assertThat(line.verified()).isFalse();
    }

    @Test
    void fargateBillsVcpuAndMemoryAsTwoLinesWhoseRoundedAmountsMakeTheTotal() {
        // 10 tasks of 1 vCPU and 2 GB for 30 days (720 h): 7,200 vCPU-hours × $0.04048 = $291.456 → $291.46, and
        // 14,400 GB-hours × $0.004445 = $64.008 → $64.01. The total is the sum of the rounded lines, $355.47, not the
        // rounded sum of the exact amounts ($355.464 → $355.46).
        FleetSpec fleet = FleetSpec.builder("api").fargate("1", "2", Architecture.X86_64).cpuCapacity(0.25, 1.0)
                .fixedSize(10).build();
        FleetResult r = FleetScenarios.run(FleetScenarios.simulation(FleetScenarios.poisson(0.001, "const:100ms"),
                720 * HOUR, 0, HOUR, 1), fleet);
        assertThat(r.unitName()).isEqualTo("task");
        assertThat(r.usage().unitSeconds()).isEqualTo(10L * 720 * 3600);
        List<FleetCostLine> lines = r.bill().lines();
        assertThat(lines).extracting(FleetCostLine::kind)
                .containsExactly(FleetChargeKind.FARGATE_VCPU, FleetChargeKind.FARGATE_MEMORY);
        assertThat(lines.get(0).usd()).isEqualByComparingTo("291.46");
        assertThat(lines.get(1).usd()).isEqualByComparingTo("64.01");
        assertThat(r.bill().totalUsd()).isEqualByComparingTo("355.47");
        assertThat(r.bill().computeUsd()).isEqualByComparingTo("355.47");
    }

    @Test
    void fargateAtQuarterVcpuIsBilledForTheFractionOfAVcpu() {
        // 0.25 vCPU and 0.5 GB arm64 for one hour: 900 vCPU-seconds and 1,800 GB-seconds; × $0.03238 / 3,600 and
        // × $0.00356 / 3,600.
        FleetSpec fleet = FleetSpec.builder("api").fargate("0.25", "0.5", Architecture.ARM64).cpuCapacity(0.25, 1.0)
                .fixedSize(1).build();
        FleetBill bill = FleetBilling.bill(fleet, usage(3600, 1), TestPrices.all());
        assertThat(bill.lines().get(0).quantity()).isEqualByComparingTo("900");
        assertThat(bill.lines().get(0).exactUsd()).isEqualByComparingTo("0.008095");
        assertThat(bill.lines().get(1).quantity()).isEqualByComparingTo("1800");
        assertThat(bill.lines().get(1).exactUsd()).isEqualByComparingTo("0.00178");
        assertThat(bill.totalUsd()).isEqualByComparingTo("0.01"); // 0.01 + 0.00
    }

    @Test
    void reservedAndSavingsPlanRatesApplyToTheSecondsUsedAndSaySo() {
        // One m5.large for 720 h = 2,592,000 s. 1-year reserved at $0.060: $43.20. A Savings Plan at 30 % off
        // $0.096 = $0.0672: $48.384 → $48.38. On demand: $69.12.
        FleetUsage month = usage(2_592_000, 720);
        FleetCostLine reserved = FleetBilling.bill(m5(PricingPlan.reserved(ReservationTerm.ONE_YEAR)).fixedSize(1)
                .build(), month, TestPrices.all()).lines().get(0);
        FleetCostLine savings = FleetBilling.bill(m5(PricingPlan.savingsPlan(SavingsPlanKind.COMPUTE,
                new BigDecimal("0.30"))).fixedSize(1).build(), month, TestPrices.all()).lines().get(0);
        FleetCostLine onDemand = FleetBilling.bill(m5(PricingPlan.onDemand()).fixedSize(1).build(), month,
                TestPrices.all()).lines().get(0);
        assertThat(reserved.usd()).isEqualByComparingTo("43.20");
        assertThat(savings.usd()).isEqualByComparingTo("48.38");
        assertThat(onDemand.usd()).isEqualByComparingTo("69.12");
        assertThat(reserved.rule()).contains("as if the commitment matched this usage exactly");
        assertThat(savings.rule()).contains("as if the commitment matched this usage exactly");
        assertThat(onDemand.rule()).doesNotContain("commitment").contains("at least 60 s per launch");
    }

    @Test
    void aLoadBalancerBillsEveryPartialHourAndTheLargestLcuDimensionOfEachHour() {
        // 100 requests a second (one every 10 ms, new connection each) for 2.5 h on one m6i.large: 9,000 s.
        // ALB hours: 3 (the last is partial) × $0.0225 = $0.0675 → $0.07.
        // LCUs per hour: new connections/s ÷ 25 dominate: 359,999, 360,000 and 180,001 requests in the three clock
        // hours (the first at 10 ms, the last at 9,000 s) ÷ (3,600 × 25) = 10 LCU-hours in all × $0.008 = $0.08.
        // (Active connections: about 1 in flight ÷ 3,000; no bytes, no rules.) Instance: 9,000 s × $0.096 / 3,600
        // = $0.24. Total $0.39.
        FleetSpec fleet = FleetSpec.builder("api").ec2("m6i.large", PricingPlan.onDemand()).cpuCapacity(0.1, 1.0)
                .fixedSize(1).frontDoor(FrontDoor.alb()).build();
        FleetResult r = FleetScenarios.run(FleetScenarios.simulation(FleetScenarios.function(
                new FleetScenarios.Every(10_000), "const:10ms"), 9000 * SECOND, 0, 1), fleet);
        assertThat(r.usage().requestsPerHour()).containsExactly(359_999, 360_000, 180_001);
        assertThat(r.usage().requests()).isEqualTo(900_000);
        FleetBill bill = r.bill();
        assertThat(bill.total(FleetChargeKind.LOAD_BALANCER_HOURS)).isEqualByComparingTo("0.07");
        FleetCostLine lcu = bill.lines().stream().filter(l -> l.kind() == FleetChargeKind.LOAD_BALANCER_CAPACITY_UNITS)
                .findFirst().orElseThrow();
        assertThat(lcu.quantity()).isEqualByComparingTo("10");
        assertThat(lcu.usd()).isEqualByComparingTo("0.08");
        assertThat(bill.total(FleetChargeKind.EC2_INSTANCES)).isEqualByComparingTo("0.24");
        assertThat(bill.totalUsd()).isEqualByComparingTo("0.39");
        assertThat(bill.frontDoorUsd()).isEqualByComparingTo("0.15");
        // In flight: each request is in service for 10 ms, so the first hour's integral is 359,999 × 10 ms.
        assertThat(r.usage().inFlightUsPerHour()[0]).isEqualTo(359_999L * 10_000);
    }

    @Test
    void loadBalancerCapacityUnitsFollowRuleEvaluationsOrProcessedBytesWhenTheyDominate() {
        // One hour of 3,600,000 requests (1,000/s), 100 per connection (10 new connections/s = 0.4 LCU).
        // 15 rules per request, 10 free: 5,000 billable evaluations/s ÷ 1,000 = 5 LCU.
        // 1 KiB per request: 3,600,000 KiB = 3.4332275390625 GB < 5: rules dominate → 5 LCU-hours, $0.04.
        // 2 KiB: 6.866455078125 GB > 5: bytes dominate → × $0.008 = $0.054931640625 → $0.05.
        FleetUsage hour = oneHour(3_600_000, 0);
        FleetSpec.Builder b = FleetSpec.builder("api").ec2("m6i.large", PricingPlan.onDemand()).cpuCapacity(0.1, 1.0)
                .fixedSize(1);
        FleetBill rules = FleetBilling.bill(b.frontDoor(new FrontDoor.Alb(100, 1024, 15)).build(), hour,
                TestPrices.all());
        FleetBill bytes = FleetBilling.bill(b.frontDoor(new FrontDoor.Alb(100, 2048, 15)).build(), hour,
                TestPrices.all());
        assertThat(rules.lines().get(2).quantity()).isEqualByComparingTo("5");
        assertThat(rules.lines().get(2).usd()).isEqualByComparingTo("0.04");
        assertThat(bytes.lines().get(2).quantity()).isEqualByComparingTo("6.866455078125");
        assertThat(bytes.lines().get(2).usd()).isEqualByComparingTo("0.05");
        // Active connections: 6,000 requests in flight on average (2.16e13 request-µs in the hour) = 2 LCU.
        FleetBill active = FleetBilling.bill(b.frontDoor(new FrontDoor.Alb(1_000_000, 0, 0)).build(),
                oneHour(3_600_000, 6_000 * HOUR), TestPrices.all());
        assertThat(active.lines().get(2).quantity()).isEqualByComparingTo("2");
    }

    @Test
    void httpApiRequestsAreTieredAndMeteredIn512KbIncrements() {
        // 400 M requests: 300 M × $1.00 per million + 100 M × $0.90 = $300.00 + $90.00.
        // At 600 KB each, every request counts twice: 800 M = 300 M × $1.00 + 500 M × $0.90 = $300 + $450.
        FleetSpec.Builder b = m5(PricingPlan.onDemand()).fixedSize(1);
        FleetUsage u = new FleetUsage(HOUR, 3600, 1, 0, 0, 400_000_000L, new long[] {400_000_000L}, new long[1]);
        FleetBill small = FleetBilling.bill(b.frontDoor(FrontDoor.httpApi(100)).build(), u, TestPrices.all());
        FleetBill large = FleetBilling.bill(b.frontDoor(FrontDoor.httpApi(600 * 1024)).build(), u, TestPrices.all());
        assertThat(small.lines().subList(1, 3)).extracting(FleetCostLine::usd)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("300.00"), new BigDecimal("90.00"));
        assertThat(large.lines().subList(1, 3)).extracting(FleetCostLine::quantity)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.valueOf(300_000_000L), BigDecimal.valueOf(500_000_000L));
        assertThat(large.total(FleetChargeKind.API_GATEWAY_REQUESTS)).isEqualByComparingTo("750.00");
        // Exactly 512 KB is one increment.
        FleetBill edge = FleetBilling.bill(b.frontDoor(FrontDoor.httpApi(512 * 1024)).build(), u, TestPrices.all());
        assertThat(edge.total(FleetChargeKind.API_GATEWAY_REQUESTS)).isEqualByComparingTo("390.00");
    }

    @Test
    void restApiRequestsAreTiered() {
        // 1.2 B requests: 333 M × $3.50 per million = $1,165.50; 667 M × $2.80 = $1,867.60; 200 M × $2.38 = $476.00.
        FleetUsage u = new FleetUsage(HOUR, 3600, 1, 0, 0, 1_200_000_000L, new long[] {1_200_000_000L}, new long[1]);
        FleetBill bill = FleetBilling.bill(m5(PricingPlan.onDemand()).fixedSize(1).frontDoor(FrontDoor.restApi())
                .build(), u, TestPrices.all());
        assertThat(bill.lines().subList(1, 4)).extracting(FleetCostLine::usd)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1165.50"), new BigDecimal("1867.60"), new BigDecimal("476.00"));
        assertThat(bill.total(FleetChargeKind.API_GATEWAY_REQUESTS)).isEqualByComparingTo("3509.10");
    }

    @Test
    void aLineMustBeItsQuantityTimesItsPriceRoundedOnceToTheCent() {
        // 1 × $0.015 is half a cent plus nothing: half up → $0.02; a line claiming $0.01 is refused.
        FleetCostLine ok = FleetCostLine.of(FleetChargeKind.EC2_INSTANCES, "x", BigDecimal.valueOf(1800), "s",
                new BigDecimal("0.03"), BigDecimal.valueOf(3600), "hour", false, "r", "t");
        assertThat(ok.usd()).isEqualByComparingTo("0.02");
        assertThatThrownBy(() -> new FleetCostLine(FleetChargeKind.EC2_INSTANCES, "x", BigDecimal.valueOf(1800), "s",
                new BigDecimal("0.03"), BigDecimal.valueOf(3600), "hour", new BigDecimal("0.01"), false, "r", "t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rounded half up");
    }

    @Test
    void refusesAFleetWhosePricesAreMissing() {
        FleetSpec ec2 = m5(PricingPlan.onDemand()).fixedSize(1).build();
        FleetSpec fargate = FleetSpec.builder("api").fargate("1", "2", Architecture.X86_64).cpuCapacity(0.5, 1)
                .fixedSize(1).build();
        FleetSpec unknownType = FleetSpec.builder("api").ec2("m9z.large", PricingPlan.onDemand()).cpuCapacity(0.5, 1)
                .fixedSize(1).build();
        FleetSpec noReservedRate = FleetSpec.builder("api").ec2("m6i.large",
                PricingPlan.reserved(ReservationTerm.ONE_YEAR)).cpuCapacity(0.5, 1).fixedSize(1).build();
        assertThatThrownBy(() -> FleetBilling.check(ec2, FleetPrices.frontDoorOnly(TestPrices.frontDoor())))
                .hasMessageContaining("no EC2 price table given");
        assertThatThrownBy(() -> FleetBilling.check(fargate, FleetPrices.ec2Only(TestPrices.ec2())))
                .hasMessageContaining("no front-door price file given");
        assertThatThrownBy(() -> FleetBilling.check(unknownType, TestPrices.all())).hasMessageContaining("m9z.large");
        assertThatThrownBy(() -> FleetBilling.check(noReservedRate, TestPrices.all()))
                .hasMessageContaining("only its on-demand price");
    }
}
