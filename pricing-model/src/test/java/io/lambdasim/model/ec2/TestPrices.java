package io.lambdasim.model.ec2;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.Rate;
import io.lambdasim.pricedata.Tier;
import io.lambdasim.pricedata.TieredRate;
import io.lambdasim.pricedata.ec2.Ec2PriceTable;
import io.lambdasim.pricedata.ec2.InstancePrice;
import io.lambdasim.pricedata.ec2.InstanceType;
import io.lambdasim.pricedata.frontdoor.AlbPrices;
import io.lambdasim.pricedata.frontdoor.ApiGatewayPrices;
import io.lambdasim.pricedata.frontdoor.FargatePrices;
import io.lambdasim.pricedata.frontdoor.FrontDoorPrices;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * us-east-1 EC2 and front-door prices written here by hand from shared/docs/PRICING.md, independent of the bundled
 * files, so that the fleet's bills are checked against those numbers and not against our own data.
 */
final class TestPrices {

    private static final URI SOURCE = URI.create("https://aws.amazon.com/ec2/pricing/on-demand/");

    private TestPrices() {
    }

    static Rate rate(String usd, String unit) {
        return new Rate(new BigDecimal(usd), unit, SOURCE, false);
    }

    private static InstancePrice instance(String name, int vcpus, String gib, Architecture arch, String usd) {
        return InstancePrice.onDemandOnly(new InstanceType(name, vcpus, new BigDecimal(gib), arch),
                rate(usd, "hour"));
    }

    static Ec2PriceTable ec2() {
        InstancePrice m5 = new InstancePrice(new InstanceType("m5.large", 2, new BigDecimal("8"), Architecture.X86_64),
                rate("0.096", "hour"), Optional.of(rate("0.060", "hour")), Optional.of(rate("0.041", "hour")));
        return new Ec2PriceTable("us-east-1", LocalDate.of(2026, 1, 19), "test", "", List.of(
                instance("t3.micro", 2, "1", Architecture.X86_64, "0.0104"),
                m5,
                instance("m6i.large", 2, "8", Architecture.X86_64, "0.096"),
                instance("m6i.xlarge", 4, "16", Architecture.X86_64, "0.192"),
                instance("c7g.large", 2, "4", Architecture.ARM64, "0.0725")), Map.of());
    }

    private static Tier tier(long from, Long to, String usd) {
        return new Tier(from, to == null ? OptionalLong.empty() : OptionalLong.of(to), rate(usd, "request"));
    }

    static FrontDoorPrices frontDoor() {
        ApiGatewayPrices api = new ApiGatewayPrices(
                new TieredRate(List.of(tier(0, 300_000_000L, "0.000001"), tier(300_000_000L, null, "0.0000009"))),
                new ApiGatewayPrices.Metering(512, SOURCE, true),
                new TieredRate(List.of(tier(0, 333_000_000L, "0.0000035"),
                        tier(333_000_000L, 1_000_000_000L, "0.0000028"),
                        tier(1_000_000_000L, 20_000_000_000L, "0.00000238"),
                        tier(20_000_000_000L, null, "0.00000151"))));
        AlbPrices alb = new AlbPrices(rate("0.0225", "hour"), rate("0.008", "LCU-hour"),
                new AlbPrices.LcuDimensions(25, 3000, BigDecimal.ONE, new BigDecimal("0.4"), 1000, SOURCE, false),
                new AlbPrices.FreeRuleEvaluations(10, SOURCE, false));
        FargatePrices fargate = new FargatePrices(Map.of(
                Architecture.X86_64, new FargatePrices.Rates(rate("0.04048", "vCPU-hour"), rate("0.004445", "GB-hour")),
                Architecture.ARM64, new FargatePrices.Rates(rate("0.03238", "vCPU-hour"), rate("0.00356", "GB-hour"))));
        return new FrontDoorPrices("us-east-1", LocalDate.of(2026, 9, 20), "test", "", api, alb, fargate);
    }

    static FleetPrices all() {
        return FleetPrices.of(ec2(), frontDoor());
    }
}
