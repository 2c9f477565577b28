package io.lambdasim.model.billing;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.ArchitectureRates;
import io.lambdasim.pricedata.PriceEdition;
import io.lambdasim.pricedata.Rate;
import io.lambdasim.pricedata.Tier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prices a month's {@link Usage} under a {@link PriceEdition}: usage in, bill out.
 *
 * <ul>
 *   <li>Requests: free requests (1M) count against all requests, of every architecture, PC-served or not.</li>
 *   <li>On-demand duration: tiered per architecture on the month's GB-seconds. Free GB-seconds (400,000, shared by
 *       the architectures) come off on-demand duration only, the most expensive architecture first, and off its
 *       lowest tier; tier volumes count all on-demand usage, free part included (ADR 0006).</li>
 *   <li>Provisioned concurrency (configured GB-s) and PC-served duration: flat, no free tier (AWS's PC example).</li>
 *   <li>Ephemeral storage above 512 MB, SnapStart cache and restores: flat.</li>
 * </ul>
 * Each line is rounded once, half up to the cent; the total is the sum of the rounded lines.
 */
public final class BillingEngine {

    /** MB-milliseconds in one GB-second (a GB is 1,024 MB). */
    public static final BigInteger MB_MS_PER_GB_S = BigInteger.valueOf(1_024_000);
    private static final BigDecimal MB_MS_PER_GB_S_DECIMAL = new BigDecimal(MB_MS_PER_GB_S);
    private static final BigDecimal MB_PER_GB = BigDecimal.valueOf(1024);

    public Bill bill(Usage usage, PriceEdition edition, BillingOptions options) {
        String id = edition.id();
        List<BillLine> lines = new ArrayList<>();
        for (Architecture arch : usage.byArchitecture().keySet()) {
            edition.rates(arch);
        }
        requests(usage, edition, options, lines);
        onDemandDuration(usage, edition, options, lines);
        for (Architecture arch : Architecture.values()) {
            ArchitectureUsage u = usage.of(arch);
            if (u.pcConfiguredMbMs().signum() > 0) {
                Rate rate = pcRate(edition, arch, edition.rates(arch).provisionedConcurrency(), "provisioned concurrency");
                lines.add(BillLine.of(ChargeKind.PROVISIONED_CONCURRENCY, Optional.of(arch),
                        "Provisioned concurrency (" + arch.id() + ")", gbSeconds(u.pcConfiguredMbMs()), "GB-s",
                        rate.usdPerUnit(), "configured concurrency × memory × enabled time, each window rounded up to "
                                + edition.rules().pcWindowRoundingMinutes() + " min; no free tier", id));
            }
            if (u.pcServedMbMs().signum() > 0) {
                Rate rate = pcRate(edition, arch, edition.rates(arch).provisionedDuration(), "provisioned duration");
                lines.add(BillLine.of(ChargeKind.PROVISIONED_DURATION, Optional.of(arch),
                        "Provisioned duration (" + arch.id() + ")", gbSeconds(u.pcServedMbMs()), "GB-s",
                        rate.usdPerUnit(), "duration of invocations served by provisioned concurrency, "
                                + granularityRule(edition) + "; no free tier", id));
            }
        }
        if (usage.ephemeralExtraMbMs().signum() > 0) {
            Rate rate = optional(edition, edition.ephemeralStorage(), "ephemeral storage");
            lines.add(BillLine.of(ChargeKind.EPHEMERAL_STORAGE, Optional.empty(), "Ephemeral storage above 512 MB",
                    gbSeconds(usage.ephemeralExtraMbMs()), "GB-s", rate.usdPerUnit(),
                    "configured /tmp above the free 512 MB × billed duration", id));
        }
        if (usage.snapStartCacheMbMs().signum() > 0) {
            Rate rate = optional(edition, edition.snapStartCache(), "SnapStart cache");
            lines.add(BillLine.of(ChargeKind.SNAPSTART_CACHE, Optional.empty(), "SnapStart cache",
                    gbSeconds(usage.snapStartCacheMbMs()), "GB-s", rate.usdPerUnit(),
                    "memory × time each SnapStart version is cached, 3 h minimum", id));
        }
        if (usage.snapStartRestoredMb().signum() > 0) {
            Rate rate = optional(edition, edition.snapStartRestore(), "SnapStart restore");
            lines.add(BillLine.of(ChargeKind.SNAPSTART_RESTORE, Optional.empty(), "SnapStart restore",
                    new BigDecimal(usage.snapStartRestoredMb()).divide(MB_PER_GB), "GB", rate.usdPerUnit(),
                    "memory restored per SnapStart restore", id));
        }
        return Bill.of(id, edition.region(), lines);
    }

    /** GB-seconds, exactly, of a count of MB-milliseconds (1,024,000 = 2^13 × 5^3, so the quotient terminates). */
    public static BigDecimal gbSeconds(BigInteger mbMs) {
        return new BigDecimal(mbMs).divide(MB_MS_PER_GB_S_DECIMAL).stripTrailingZeros();
    }

    private static void requests(Usage usage, PriceEdition edition, BillingOptions options, List<BillLine> lines) {
        long total = usage.totalRequests();
        if (total == 0) {
            return;
        }
        long free = options.freeTier() ? Math.min(total, edition.freeTier().requests()) : 0;
        String rule = options.freeTier()
                ? String.format(Locale.ROOT, "%,d of %,d requests free (free tier of %,d requests a month, "
                        + "all architectures and PC-served requests included)", free, total, edition.freeTier().requests())
                : String.format(Locale.ROOT, "%,d requests, free tier not applied", total);
        lines.add(BillLine.of(ChargeKind.REQUESTS, Optional.empty(), "Requests", BigDecimal.valueOf(total - free),
                "requests", edition.requests().usdPerUnit(), rule, edition.id()));
    }

    private static void onDemandDuration(Usage usage, PriceEdition edition, BillingOptions options,
                                         List<BillLine> lines) {
        BigInteger freeLeft = options.freeTier()
                ? BigInteger.valueOf(edition.freeTier().gbSeconds()).multiply(MB_MS_PER_GB_S)
                : BigInteger.ZERO;
        List<Architecture> order = new ArrayList<>(usage.byArchitecture().keySet());
        // The free tier goes to the most expensive architecture first (ADR 0006); ties keep x86_64 first.
        order.sort(Comparator.comparing((Architecture a) -> edition.rates(a).duration().first().rate().usdPerUnit())
                .reversed().thenComparing(Enum::ordinal));
        List<BillLine> archLines = new ArrayList<>();
        for (Architecture arch : order) {
            BigInteger used = usage.of(arch).onDemandMbMs();
            if (used.signum() == 0) {
                continue;
            }
            ArchitectureRates rates = edition.rates(arch);
            List<Tier> tiers = rates.duration().tiers();
            for (int i = 0; i < tiers.size(); i++) {
                Tier tier = tiers.get(i);
                BigInteger from = BigInteger.valueOf(tier.from()).multiply(MB_MS_PER_GB_S);
                if (used.compareTo(from) <= 0) {
                    break;
                }
                BigInteger upTo = tier.to().isPresent()
                        ? used.min(BigInteger.valueOf(tier.to().getAsLong()).multiply(MB_MS_PER_GB_S))
                        : used;
                BigInteger inTier = upTo.subtract(from);
                BigInteger free = inTier.min(freeLeft);
                freeLeft = freeLeft.subtract(free);
                String rule = tierRule(edition, tiers.size(), i, tier)
                        + (free.signum() > 0 ? "; " + Numbers.grouped(gbSeconds(free))
                        + " GB-s free (free tier, on-demand duration only, shared by all architectures)" : "");
                archLines.add(BillLine.of(ChargeKind.DURATION, Optional.of(arch),
                        "Duration (" + arch.id() + (tiers.size() > 1 ? ", tier " + (i + 1) : "") + ")",
                        gbSeconds(inTier.subtract(free)), "GB-s", tier.rate().usdPerUnit(), rule, edition.id()));
            }
        }
        archLines.sort(Comparator.comparing((BillLine l) -> l.architecture().orElseThrow().ordinal()));
        lines.addAll(archLines);
    }

    private static String tierRule(PriceEdition edition, int tierCount, int index, Tier tier) {
        String range = tierCount == 1 ? "flat rate"
                : tier.to().isPresent()
                ? String.format(Locale.ROOT, "tier %d: %,d to %,d GB-s a month", index + 1, tier.from(), tier.to().getAsLong())
                : String.format(Locale.ROOT, "tier %d: over %,d GB-s a month", index + 1, tier.from());
        return "on-demand duration, " + granularityRule(edition) + ", " + initRule(edition) + "; " + range;
    }

    private static String granularityRule(PriceEdition edition) {
        return "each invocation rounded up to " + edition.rules().durationGranularityMs() + " ms";
    }

    private static String initRule(PriceEdition edition) {
        return switch (edition.rules().initBilling()) {
            case ALWAYS -> "INIT billed on every cold start";
            case CUSTOM_RUNTIME_AND_CONTAINER_IMAGE_ONLY -> "INIT billed for custom runtimes and container images only";
            case NEVER -> "INIT not billed";
        };
    }

    private static Rate pcRate(PriceEdition edition, Architecture arch, Optional<Rate> rate, String what) {
        return rate.orElseThrow(() -> new IllegalArgumentException(
                "price edition " + edition.id() + " has no " + what + " price for " + arch.id()));
    }

    private static Rate optional(PriceEdition edition, Optional<Rate> rate, String what) {
        return rate.orElseThrow(() -> new IllegalArgumentException(
                "price edition " + edition.id() + " has no " + what + " price"));
    }
}
