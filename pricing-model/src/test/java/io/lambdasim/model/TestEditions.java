package io.lambdasim.model;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.ArchitectureRates;
import io.lambdasim.pricedata.BillingRules;
import io.lambdasim.pricedata.FreeTier;
import io.lambdasim.pricedata.InitBilling;
import io.lambdasim.pricedata.MemoryLimits;
import io.lambdasim.pricedata.PriceCatalog;
import io.lambdasim.pricedata.PriceEdition;
import io.lambdasim.pricedata.Rate;
import io.lambdasim.pricedata.Tier;
import io.lambdasim.pricedata.TieredRate;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Editions written here by hand from the AWS pricing page (as transcribed in shared/docs/PRICING.md), independent of
 * the bundled JSON files, so that billing tests check the engine against AWS's numbers and not against our own data.
 */
public final class TestEditions {

    private static final URI PAGE = URI.create("https://aws.amazon.com/lambda/pricing/");

    private TestEditions() {
    }

    public static Rate rate(String usd, String unit) {
        return new Rate(new BigDecimal(usd), unit, PAGE, true);
    }

    private static Tier tier(long from, Long to, String usd) {
        return new Tier(from, to == null ? OptionalLong.empty() : OptionalLong.of(to), rate(usd, "GB-s"));
    }

    /** us-east-1 today: 1 ms billing, tiers per architecture, INIT billed always. */
    public static PriceEdition usEast1(InitBilling init) {
        ArchitectureRates x86 = new ArchitectureRates(new TieredRate(List.of(
                tier(0, 6_000_000_000L, "0.0000166667"),
                tier(6_000_000_000L, 15_000_000_000L, "0.000015"),
                tier(15_000_000_000L, null, "0.0000133334"))),
                Optional.of(rate("0.0000041667", "GB-s")), Optional.of(rate("0.0000097222", "GB-s")));
        ArchitectureRates arm = new ArchitectureRates(new TieredRate(List.of(
                tier(0, 7_500_000_000L, "0.0000133334"),
                tier(7_500_000_000L, 18_750_000_000L, "0.0000120001"),
                tier(18_750_000_000L, null, "0.0000106667"))),
                Optional.of(rate("0.0000033334", "GB-s")), Optional.of(rate("0.0000077778", "GB-s")));
        return new PriceEdition("us-east-1/2025-08-01", "us-east-1", LocalDate.of(2025, 8, 1), "USD", "test", "",
                new BillingRules(1, init, 5, PAGE, true), new MemoryLimits(128, 10_240, 1),
                rate("0.0000002", "request"), Map.of(Architecture.X86_64, x86, Architecture.ARM64, arm),
                Optional.of(rate("0.0000000309", "GB-s")), Optional.of(rate("0.0000015046", "GB-s")),
                Optional.of(rate("0.0001397998", "GB")), new FreeTier(1_000_000, 400_000, PAGE, true));
    }

    public static PriceEdition usEast1() {
        return usEast1(InitBilling.ALWAYS);
    }

    /** us-east-1 before December 2020: 100 ms rounding, $0.00001667 per GB-s, x86_64 only, up to 3,008 MB. */
    public static PriceEdition usEast1Legacy() {
        ArchitectureRates x86 = new ArchitectureRates(TieredRate.flat(rate("0.00001667", "GB-s")),
                Optional.empty(), Optional.empty());
        return new PriceEdition("us-east-1/2015-04-09", "us-east-1", LocalDate.of(2015, 4, 9), "USD", "test", "",
                new BillingRules(100, InitBilling.CUSTOM_RUNTIME_AND_CONTAINER_IMAGE_ONLY, 5, PAGE, true),
                new MemoryLimits(128, 3008, 64), rate("0.0000002", "request"), Map.of(Architecture.X86_64, x86),
                Optional.empty(), Optional.empty(), Optional.empty(), new FreeTier(1_000_000, 400_000, PAGE, true));
    }

    public static PriceCatalog catalog() {
        return new PriceCatalog(List.of(usEast1Legacy(), usEast1()));
    }
}
