package io.lambdasim.model.ec2;

import io.lambdasim.pricedata.Rate;
import io.lambdasim.pricedata.Tier;
import io.lambdasim.pricedata.TieredRate;
import io.lambdasim.pricedata.ec2.Ec2PriceTable;
import io.lambdasim.pricedata.ec2.PlanPrice;
import io.lambdasim.pricedata.ec2.PricingPlan;
import io.lambdasim.pricedata.frontdoor.AlbPrices;
import io.lambdasim.pricedata.frontdoor.FargatePrices;
import io.lambdasim.pricedata.frontdoor.FrontDoorPrices;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prices a fleet's {@link FleetUsage}: usage in, bill out. Each line is rounded once, half up, to the cent; the total
 * is the sum of the rounded lines (ADR 0001).
 *
 * <ul>
 *   <li>EC2 instances: billed unit-seconds at the plan's effective hourly price / 3,600. Per-second billing with a
 *       60-s minimum per launch applies to Linux instances on demand, reserved and on Spot. Reserved and Savings Plan
 *       rates are applied to the seconds used, as if the commitment matched this usage exactly: the optimistic
 *       case, said in the line.</li>
 *   <li>Fargate: task-seconds × vCPUs at the vCPU-hour price, task-seconds × GB at the GB-hour price (per second,
 *       one-minute minimum).</li>
 *   <li>ALB: every hour or partial hour of the run, plus LCU-hours: for each clock hour the largest of new
 *       connections per second / 25, mean active connections / 3,000, GB processed / 1 (2³⁰ bytes), billable rule
 *       evaluations per second / 1,000 (allowances from the price file), metered to 12 decimals (half up).</li>
 *   <li>API Gateway: requests (HTTP APIs: metered in increments of 512 KB) in the monthly volume tiers, the run's
 *       requests counted as one month's.</li>
 * </ul>
 */
public final class FleetBilling {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal US_PER_HOUR = BigDecimal.valueOf(FleetUsage.HOUR_US);
    private static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1L << 30);
    /** Decimals to which each hour's LCUs are metered. */
    static final int LCU_SCALE = 12;

    private FleetBilling() {
    }

    /** The bill of {@code usage} by the fleet {@code fleet} under {@code prices}. */
    public static FleetBill bill(FleetSpec fleet, FleetUsage usage, FleetPrices prices) {
        List<FleetCostLine> lines = new ArrayList<>();
        compute(fleet, usage, prices, lines);
        FrontDoor door = fleet.frontDoor();
        if (door instanceof FrontDoor.Alb alb) {
            alb(alb, usage, prices.requireFrontDoor("the load balancer of fleet '" + fleet.name() + "'"), lines);
        } else if (door instanceof FrontDoor.HttpApi http) {
            FrontDoorPrices p = prices.requireFrontDoor("the HTTP API of fleet '" + fleet.name() + "'");
            long incrementBytes = p.apiGateway().httpApiMetering().incrementKb() * 1024L;
            long perRequest = Math.max(1, (http.payloadBytes() + incrementBytes - 1) / incrementBytes);
            tiers(FleetChargeKind.API_GATEWAY_REQUESTS, "HTTP API requests", p.apiGateway().httpApiRequests(),
                    Math.multiplyExact(usage.requests(), perRequest),
                    String.format(Locale.ROOT, "%,d requests of %,d bytes, each metered as %d (increments of %d KB)",
                            usage.requests(), http.payloadBytes(), perRequest,
                            p.apiGateway().httpApiMetering().incrementKb()), p.id(), lines);
        } else if (door instanceof FrontDoor.RestApi) {
            FrontDoorPrices p = prices.requireFrontDoor("the REST API of fleet '" + fleet.name() + "'");
            tiers(FleetChargeKind.API_GATEWAY_REQUESTS, "REST API requests", p.apiGateway().restApiRequests(),
                    usage.requests(), String.format(Locale.ROOT, "%,d requests", usage.requests()), p.id(), lines);
        }
        return FleetBill.of(lines);
    }

    /** Fails now, with a message saying what is missing, if {@code prices} cannot bill {@code fleet}. */
    static void check(FleetSpec fleet, FleetPrices prices) {
        bill(fleet, new FleetUsage(1, 0, 0, 0, 0, 0, new long[1], new long[1]), prices);
    }

    /** The vCPUs of one unit of the fleet: from the EC2 price table, or the Fargate task size. */
    static BigDecimal unitVcpus(FleetSpec fleet, FleetPrices prices) {
        if (fleet.compute() instanceof Compute.Ec2 ec2) {
            Ec2PriceTable table = prices.requireEc2("the instances of fleet '" + fleet.name() + "'");
            return BigDecimal.valueOf(table.require(ec2.instanceType()).type().vcpus());
        }
        return fleet.fargateVcpus();
    }

    private static void compute(FleetSpec fleet, FleetUsage usage, FleetPrices prices, List<FleetCostLine> lines) {
        String lifecycle = String.format(Locale.ROOT, "%d %s(s) at the start, %d launched, %d terminated; each billed "
                        + "per second of its life (launch to termination, boot included), at least 60 s per launch",
                usage.initialUnits(), fleet.compute().unitName(), usage.launches(), usage.terminations());
        BigDecimal seconds = BigDecimal.valueOf(usage.unitSeconds());
        if (fleet.compute() instanceof Compute.Ec2 ec2) {
            Ec2PriceTable table = prices.requireEc2("the instances of fleet '" + fleet.name() + "'");
            PlanPrice price = table.hourlyPrice(ec2.instanceType(), ec2.plan());
            String planNote = ec2.plan() instanceof PricingPlan.OnDemand ? ""
                    : "; the plan's effective hourly rate applied to the seconds used, as if the commitment matched "
                    + "this usage exactly (optimistic: an unused commitment is still paid)";
            lines.add(FleetCostLine.of(FleetChargeKind.EC2_INSTANCES, "EC2 " + ec2.instanceType() + " ("
                            + ec2.plan().describe() + ")", seconds, "instance-seconds", price.usdPerHour(),
                    SECONDS_PER_HOUR, "instance-hour", price.verified(), lifecycle + " (Linux); " + price.basis()
                            + planNote, "EC2 prices " + table.id()));
            return;
        }
        Compute.Fargate task = (Compute.Fargate) fleet.compute();
        FrontDoorPrices p = prices.requireFrontDoor("the Fargate tasks of fleet '" + fleet.name() + "'");
        FargatePrices.Rates rates = p.fargate().rates(task.architecture());
        String arch = task.architecture().id();
        lines.add(FleetCostLine.of(FleetChargeKind.FARGATE_VCPU, "Fargate vCPU (" + arch + ")",
                seconds.multiply(task.vcpu()), "vCPU-seconds", rates.vcpuHour().usdPerUnit(), SECONDS_PER_HOUR,
                "vCPU-hour", rates.vcpuHour().verified(), lifecycle + " (one-minute minimum); task-seconds × "
                        + task.vcpu().toPlainString() + " vCPU", "front-door prices " + p.id()));
        lines.add(FleetCostLine.of(FleetChargeKind.FARGATE_MEMORY, "Fargate memory (" + arch + ")",
                seconds.multiply(task.memoryGb()), "GB-seconds", rates.gbHour().usdPerUnit(), SECONDS_PER_HOUR,
                "GB-hour", rates.gbHour().verified(), lifecycle + " (one-minute minimum); task-seconds × "
                        + task.memoryGb().toPlainString() + " GB", "front-door prices " + p.id()));
    }

    private static void alb(FrontDoor.Alb alb, FleetUsage usage, FrontDoorPrices p, List<FleetCostLine> lines) {
        AlbPrices prices = p.alb();
        int hours = FleetUsage.hours(usage.horizonUs());
        lines.add(FleetCostLine.of(FleetChargeKind.LOAD_BALANCER_HOURS, "Application Load Balancer hours",
                BigDecimal.valueOf(hours), "hours", prices.hour().usdPerUnit(), BigDecimal.ONE, "hour",
                prices.hour().verified(), "every hour or partial hour of the run", "front-door prices " + p.id()));
        lines.add(FleetCostLine.of(FleetChargeKind.LOAD_BALANCER_CAPACITY_UNITS, "Application Load Balancer LCU-hours",
                lcuHours(alb, usage, prices), "LCU-hours", prices.lcuHour().usdPerUnit(), BigDecimal.ONE, "LCU-hour",
                prices.lcuHour().verified() && prices.lcu().verified(), String.format(Locale.ROOT,
                        "per clock hour the largest of new connections/s ÷ %d (%d request(s) per connection), mean "
                                + "active connections ÷ %d (requests in flight), GB processed ÷ %s (%,d bytes per "
                                + "request), billable rule evaluations/s ÷ %d (%d per request, %d free); each hour "
                                + "metered to %d decimals, half up", prices.lcu().newConnectionsPerSecond(),
                        alb.requestsPerConnection(), prices.lcu().activeConnectionsPerMinute(),
                        prices.lcu().processedGbPerHour().toPlainString(), alb.bytesPerRequest(),
                        prices.lcu().ruleEvaluationsPerSecond(), alb.ruleEvaluationsPerRequest(),
                        prices.freeRuleEvaluations().perRequest(), LCU_SCALE), "front-door prices " + p.id()));
    }

    /** The LCU-hours of the run: for each clock hour, the largest of the four dimensions over its allowance. */
    static BigDecimal lcuHours(FrontDoor.Alb alb, FleetUsage usage, AlbPrices prices) {
        AlbPrices.LcuDimensions lcu = prices.lcu();
        long billableRules = Math.max(0, alb.ruleEvaluationsPerRequest() - prices.freeRuleEvaluations().perRequest());
        BigDecimal connDivisor = BigDecimal.valueOf(alb.requestsPerConnection()).multiply(SECONDS_PER_HOUR)
                .multiply(BigDecimal.valueOf(lcu.newConnectionsPerSecond()));
        BigDecimal activeDivisor = US_PER_HOUR.multiply(BigDecimal.valueOf(lcu.activeConnectionsPerMinute()));
        BigDecimal bytesDivisor = BYTES_PER_GB.multiply(lcu.processedGbPerHour());
        BigDecimal rulesDivisor = SECONDS_PER_HOUR.multiply(BigDecimal.valueOf(lcu.ruleEvaluationsPerSecond()));
        long[] requests = usage.requestsPerHour();
        long[] inFlight = usage.inFlightUsPerHour();
        BigDecimal total = BigDecimal.ZERO;
        for (int h = 0; h < requests.length; h++) {
            BigDecimal n = BigDecimal.valueOf(requests[h]);
            BigDecimal lcus = n.divide(connDivisor, LCU_SCALE, RoundingMode.HALF_UP)
                    .max(BigDecimal.valueOf(inFlight[h]).divide(activeDivisor, LCU_SCALE, RoundingMode.HALF_UP))
                    .max(n.multiply(BigDecimal.valueOf(alb.bytesPerRequest()))
                            .divide(bytesDivisor, LCU_SCALE, RoundingMode.HALF_UP))
                    .max(n.multiply(BigDecimal.valueOf(billableRules))
                            .divide(rulesDivisor, LCU_SCALE, RoundingMode.HALF_UP));
            total = total.add(lcus);
        }
        return total;
    }

    private static void tiers(FleetChargeKind kind, String item, TieredRate rate, long count, String what,
                              String priceId, List<FleetCostLine> lines) {
        List<Tier> tiers = rate.tiers();
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            if (count <= tier.from() && !(i == 0 && count == 0)) {
                break;
            }
            long upTo = tier.to().isPresent() ? Math.min(count, tier.to().getAsLong()) : count;
            long inTier = upTo - tier.from();
            Rate r = tier.rate();
            String range = tier.to().isPresent()
                    ? String.format(Locale.ROOT, "tier %d: %,d to %,d a month", i + 1, tier.from(), tier.to().getAsLong())
                    : String.format(Locale.ROOT, "tier %d: over %,d a month", i + 1, tier.from());
            lines.add(FleetCostLine.of(kind, item + (tiers.size() > 1 ? " (tier " + (i + 1) + ")" : ""),
                    BigDecimal.valueOf(Math.max(0, inTier)), "requests", r.usdPerUnit(), BigDecimal.ONE, "request",
                    r.verified(), what + "; " + range + " (the run's requests counted as one month's)",
                    "front-door prices " + priceId));
            if (count == 0) {
                break;
            }
        }
    }
}
