package io.lambdasim.model.calculator;

import io.lambdasim.model.billing.ArchitectureUsage;
import io.lambdasim.model.billing.BillingEngine;
import io.lambdasim.model.billing.BillingOptions;
import io.lambdasim.model.billing.Rounding;
import io.lambdasim.model.billing.Usage;
import io.lambdasim.pricedata.PriceCatalog;
import io.lambdasim.pricedata.PriceEdition;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * The closed-form monthly estimate that the AWS Pricing Calculator makes: every request is taken to last the average
 * duration, rounded up to the billing granularity; no cold starts, no throttles. The capacity simulator gives the
 * invocation-by-invocation answer; this one is for quick questions and for checking against AWS's worked examples.
 */
public final class CostCalculator {

    /** The most requests a month the calculator accepts. */
    public static final long MAX_REQUESTS = 1_000_000_000_000L;
    /** The longest month, in hours (31 days). */
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(744);
    private static final BigDecimal MAX_DURATION_MS = BigDecimal.valueOf(900_000);

    private final PriceCatalog catalog;
    private final BillingEngine engine = new BillingEngine();

    public CostCalculator(PriceCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Validates {@code in} and prices it; throws {@link InvalidInputException} with a one-line reason. */
    public Estimate estimate(CalculatorInput in) {
        PriceEdition edition = edition(in);
        validate(in, edition);
        int g = edition.rules().durationGranularityMs();
        long onDemandRequests = in.requests() - in.pcRequests();
        long billedOnDemand = onDemandRequests > 0 ? billedMs(in.avgDurationMs(), g) : 0;
        long billedPc = in.pcRequests() > 0 ? billedMs(in.effectivePcAvgDurationMs(), g) : 0;
        BigInteger memory = BigInteger.valueOf(in.memoryMb());
        BigInteger onDemandMs = BigInteger.valueOf(onDemandRequests).multiply(BigInteger.valueOf(billedOnDemand));
        BigInteger pcServedMs = BigInteger.valueOf(in.pcRequests()).multiply(BigInteger.valueOf(billedPc));
        long windowMs = Rounding.pcWindowMs(
                in.pcHours().multiply(BigDecimal.valueOf(3_600_000)).setScale(0, RoundingMode.CEILING).longValueExact(),
                edition.rules().pcWindowRoundingMinutes());
        BigInteger pcConfigured = BigInteger.valueOf(in.pcConcurrency()).multiply(memory)
                .multiply(BigInteger.valueOf(in.pcConcurrency() > 0 ? windowMs : 0));
        ArchitectureUsage au = new ArchitectureUsage(in.requests(), onDemandMs.multiply(memory),
                pcServedMs.multiply(memory), pcConfigured);
        BigInteger ephemeral = BigInteger.valueOf(in.ephemeralMb() - Rounding.FREE_EPHEMERAL_MB)
                .multiply(onDemandMs.add(pcServedMs));
        Usage usage = Usage.of(in.architecture(), au).withEphemeralExtraMbMs(ephemeral);
        try {
            return new Estimate(in, edition, usage, billedOnDemand, billedPc,
                    engine.bill(usage, edition, new BillingOptions(in.freeTier())));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /** Billed ms of a request lasting {@code avgMs}: rounded up to whole microseconds, then by the billing rule. */
    static long billedMs(BigDecimal avgMs, int granularityMs) {
        long us = avgMs.multiply(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.CEILING).longValueExact();
        return Rounding.billedMs(us, granularityMs);
    }

    private PriceEdition edition(CalculatorInput in) {
        PriceEdition edition;
        try {
            edition = catalog.edition(in.region(), in.priceDate());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        if (in.granularityMs().isPresent()) {
            int g = in.granularityMs().getAsInt();
            if (g < 1 || g > 60_000) {
                throw new InvalidInputException("--granularity-ms must be 1 to 60,000 ms, was " + g);
            }
            edition = edition.withRules(edition.rules().withGranularityMs(g));
        }
        return edition;
    }

    private static void validate(CalculatorInput in, PriceEdition edition) {
        require(in.requests() >= 0, "--requests must not be negative, was %d", in.requests());
        require(in.requests() <= MAX_REQUESTS, "--requests must be at most 10^12, was %d", in.requests());
        require(in.avgDurationMs().signum() >= 0, "--avg-duration-ms must not be negative, was %s",
                in.avgDurationMs().toPlainString());
        require(in.avgDurationMs().compareTo(MAX_DURATION_MS) <= 0,
                "--avg-duration-ms must be at most 900,000 ms (the 15-minute timeout), was %s",
                in.avgDurationMs().toPlainString());
        require(in.memoryMb() >= 128 && in.memoryMb() <= 10_240,
                "--memory-mb must be 128 to 10,240 MB, was %d", in.memoryMb());
        String memoryViolation = edition.memory().violation(in.memoryMb());
        require(memoryViolation == null, "--memory-mb: %s under price edition %s", memoryViolation, edition.id());
        require(edition.offers(in.architecture()), "--arch %s is not priced in edition %s (it offers %s)",
                in.architecture().id(), edition.id(), edition.architectures().keySet());
        require(in.ephemeralMb() >= 512 && in.ephemeralMb() <= 10_240,
                "--ephemeral-mb must be 512 to 10,240 MB, was %d", in.ephemeralMb());
        require(in.ephemeralMb() == 512 || edition.ephemeralStorage().isPresent(),
                "--ephemeral-mb: price edition %s has no configurable ephemeral storage", edition.id());
        require(in.pcConcurrency() >= 0, "--pc must not be negative, was %d", in.pcConcurrency());
        require(in.pcHours().signum() >= 0, "--pc-hours must not be negative, was %s", in.pcHours().toPlainString());
        require(in.pcHours().compareTo(MAX_HOURS) <= 0, "--pc-hours must be at most 744 (a 31-day month), was %s",
                in.pcHours().toPlainString());
        require(in.pcConcurrency() == 0 || in.pcHours().signum() > 0, "--pc %d needs --pc-hours above 0",
                in.pcConcurrency());
        require(in.pcConcurrency() > 0 || in.pcHours().signum() == 0, "--pc-hours needs --pc above 0");
        require(in.pcRequests() >= 0, "--pc-requests must not be negative, was %d", in.pcRequests());
        require(in.pcRequests() <= in.requests(), "--pc-requests (%d) must not exceed --requests (%d)",
                in.pcRequests(), in.requests());
        require(in.pcRequests() == 0 || in.pcConcurrency() > 0, "--pc-requests needs provisioned concurrency (--pc)");
        in.pcAvgDurationMs().ifPresent(d -> {
            require(d.signum() >= 0, "--pc-avg-duration-ms must not be negative, was %s", d.toPlainString());
            require(d.compareTo(MAX_DURATION_MS) <= 0, "--pc-avg-duration-ms must be at most 900,000 ms, was %s",
                    d.toPlainString());
        });
        require(in.pcConcurrency() == 0 || edition.rates(in.architecture()).provisionedConcurrency().isPresent(),
                "--pc: price edition %s has no provisioned concurrency prices", edition.id());
    }

    private static void require(boolean ok, String format, Object... args) {
        if (!ok) {
            throw new InvalidInputException(String.format(Locale.ROOT, format, args));
        }
    }
}
