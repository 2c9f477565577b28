package io.lambdasim.app.ui.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.model.capacity.LatencySummary;
import io.lambdasim.model.ec2.FleetBill;
import io.lambdasim.model.ec2.FleetChargeKind;
import io.lambdasim.model.ec2.FleetCostLine;
import io.lambdasim.model.ec2.FleetResult;
import io.lambdasim.model.ec2.FleetTimeSeries;
import io.lambdasim.model.ec2.FleetUsage;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostAccrualTest {

    private static final long HOUR_US = 3_600_000_000L;

    @Test
    void anEc2FleetAccruesUnitsTimesTheHourlyPricePlusItsLoadBalancerSpreadAsDocumented() {
        // one hour, two bins of 30 min: 2 then 4 instances at $0.0816/h; ALB $0.0225/h (billed $0.02);
        // 10 LCU-hours at $0.008 ($0.08) spread by requests 100 then 300
        FleetResult run = fleet(HOUR_US, HOUR_US / 2, new double[] {2, 4}, new long[] {100, 300}, 10_800, List.of(
                line(FleetChargeKind.EC2_INSTANCES, "10800", "0.0816", "3600"),
                line(FleetChargeKind.LOAD_BALANCER_HOURS, "1", "0.0225", "1"),
                line(FleetChargeKind.LOAD_BALANCER_CAPACITY_UNITS, "10", "0.008", "1")));
        CostAccrual a = CostAccrual.fleet(run);
        // bin 1: 2 × 1800 s × 0.0816/3600 = 0.0816; + 0.02 / 2 = 0.01; + 0.08 × 100/400 = 0.02
        // bin 2: 4 × 1800 s × 0.0816/3600 = 0.1632; + 0.01; + 0.08 × 300/400 = 0.06
        assertThat(a.binEndHours()).containsExactly(0.5, 1.0);
        assertThat(a.cumulativeUsd()[0]).isCloseTo(0.1116, within(1e-12));
        assertThat(a.cumulativeUsd()[1]).isCloseTo(0.3448, within(1e-12));
    }

    @Test
    void aFargateFleetAccruesEachTasksVcpuAndMemoryPrices() {
        // 3 tasks of 0.25 vCPU and 0.5 GB for an hour: vCPU $0.04048/h, GB $0.004445/h
        FleetResult run = fleet(HOUR_US, HOUR_US, new double[] {3}, new long[] {0}, 10_800, List.of(
                line(FleetChargeKind.FARGATE_VCPU, "2700", "0.04048", "3600"),
                line(FleetChargeKind.FARGATE_MEMORY, "5400", "0.004445", "3600")));
        // 3 × (0.25 × 0.04048 + 0.5 × 0.004445) = 0.0370275
        assertThat(CostAccrual.fleet(run).totalUsd()).isCloseTo(0.0370275, within(1e-12));
    }

    @Test
    void aPartialLastBinCountsOnlyItsOwnTime() {
        // 90 minutes in bins of one hour: the second bin lasts 30 min; 1 instance at $3.60/h
        FleetResult run = fleet(HOUR_US * 3 / 2, HOUR_US, new double[] {1, 1}, new long[] {0, 0}, 5_400, List.of(
                line(FleetChargeKind.EC2_INSTANCES, "5400", "3.60", "3600")));
        CostAccrual a = CostAccrual.fleet(run);
        assertThat(a.binEndHours()).containsExactly(1.0, 1.5);
        assertThat(a.cumulativeUsd()[0]).isCloseTo(3.60, within(1e-12));
        assertThat(a.cumulativeUsd()[1]).isCloseTo(5.40, within(1e-12));
    }

    private static FleetCostLine line(FleetChargeKind kind, String quantity, String price, String per) {
        return FleetCostLine.of(kind, kind.label(), new BigDecimal(quantity), "units", new BigDecimal(price),
                new BigDecimal(per), "unit", true, "test", "test");
    }

    private static FleetResult fleet(long horizonUs, long binUs, double[] units, long[] arrivals, long unitSeconds,
                                     List<FleetCostLine> lines) {
        int n = units.length;
        long total = java.util.Arrays.stream(arrivals).sum();
        int hours = (int) ((horizonUs + HOUR_US - 1) / HOUR_US);
        long[] perHour = new long[hours];
        perHour[0] = total;
        FleetUsage usage = new FleetUsage(horizonUs, unitSeconds, (int) units[0], 0, 0, total, perHour,
                new long[hours]);
        FleetTimeSeries ts = new FleetTimeSeries(binUs, arrivals, arrivals.clone(), new long[n], new long[n], units,
                units.clone(), new double[n], new double[n], new int[n]);
        return new FleetResult(0, "fleet", "instance", 1, total, total, 0, 0, 0, LatencySummary.EMPTY,
                LatencySummary.EMPTY, 0, 0, units[0], units[0], (int) units[0], 0, 0, 0, 0, 0, List.of(), usage,
                FleetBill.of(lines), ts, List.of(), 0);
    }
}
