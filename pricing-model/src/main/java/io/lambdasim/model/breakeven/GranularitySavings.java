package io.lambdasim.model.breakeven;

import io.lambdasim.model.billing.ArchitectureUsage;
import io.lambdasim.model.billing.Bill;
import io.lambdasim.model.billing.BillingEngine;
import io.lambdasim.model.billing.BillingOptions;
import io.lambdasim.model.billing.ChargeKind;
import io.lambdasim.model.billing.Rounding;
import io.lambdasim.model.billing.Usage;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.PriceEdition;
import io.lambdasim.workload.distribution.DurationDistribution;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * What a finer billing granularity saves on the user's own durations: the expected billed milliseconds of a request
 * under two granularities (1 ms against 100 ms by default), {@code E[g × max(1, ceil(D / g))]} (every invocation is
 * billed at least one granule, as {@link Rounding#billedMs} does), and the saving in per cent and in dollars a month.
 *
 * <ul>
 *   <li><b>A sample or a histogram</b> of durations in µs: exact. The billed ms are summed in integers; the mean is one
 *       division to 34 significant digits ({@link MathContext#DECIMAL128}).</li>
 *   <li><b>A distribution</b>: numerically, from its CDF {@code F}, by the tail-sum identity
 *       {@code E[max(1, ceil(X / g))] = 1 + Σ_{k≥1} P(X > k·g)}. The simulator rounds each draw to the nearest µs
 *       before billing, so {@code P(rounded draw > K µs) = 1 − F(K + 0.5)} is what is summed, up to the
 *       (1 − 10⁻¹²)-quantile (or the end of a bounded support); at most {@value #MAX_TERMS} terms.</li>
 * </ul>
 *
 * @param fineMs             the finer granularity, at least 1 ms
 * @param coarseMs           the coarser granularity, above {@code fineMs}
 * @param meanBilledFineMs   the expected billed ms of a request at {@code fineMs}
 * @param meanBilledCoarseMs the expected billed ms of a request at {@code coarseMs}
 */
public record GranularitySavings(int fineMs, int coarseMs, BigDecimal meanBilledFineMs,
                                 BigDecimal meanBilledCoarseMs) {

    /** Today's granularity. */
    public static final int ONE_MS = 1;
    /** The granularity before December 2020. */
    public static final int HUNDRED_MS = 100;
    /** The most terms summed for a distribution. */
    public static final int MAX_TERMS = 10_000_000;

    private static final double TAIL = 1e-12;
    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);

    public GranularitySavings {
        Objects.requireNonNull(meanBilledFineMs, "meanBilledFineMs");
        Objects.requireNonNull(meanBilledCoarseMs, "meanBilledCoarseMs");
        checkGranularities(fineMs, coarseMs);
        if (meanBilledFineMs.signum() <= 0 || meanBilledCoarseMs.signum() <= 0) {
            throw new IllegalArgumentException("mean billed durations are positive, were "
                    + meanBilledFineMs.toPlainString() + " and " + meanBilledCoarseMs.toPlainString());
        }
    }

    /** 1 ms against 100 ms billing of a sample of durations in µs. */
    public static GranularitySavings ofSample(long[] durationsUs) {
        return ofSample(durationsUs, ONE_MS, HUNDRED_MS);
    }

    /** Billing of a sample of durations (µs) at two granularities, exact. */
    public static GranularitySavings ofSample(long[] durationsUs, int fineMs, int coarseMs) {
        checkGranularities(fineMs, coarseMs);
        if (durationsUs.length == 0) {
            throw new IllegalArgumentException("the sample holds no duration");
        }
        return new GranularitySavings(fineMs, coarseMs, meanBilledMs(durationsUs, fineMs),
                meanBilledMs(durationsUs, coarseMs));
    }

    /** Billing of a histogram (duration in µs → how many requests lasted it) at two granularities, exact. */
    public static GranularitySavings ofHistogram(Map<Long, Long> countsByDurationUs, int fineMs, int coarseMs) {
        checkGranularities(fineMs, coarseMs);
        BigInteger n = BigInteger.ZERO;
        BigInteger fine = BigInteger.ZERO;
        BigInteger coarse = BigInteger.ZERO;
        for (Map.Entry<Long, Long> e : countsByDurationUs.entrySet()) {
            long us = e.getKey();
            long count = e.getValue();
            if (count < 0) {
                throw new IllegalArgumentException("a count cannot be negative, was " + count + " at " + us + " µs");
            }
            BigInteger c = BigInteger.valueOf(count);
            n = n.add(c);
            fine = fine.add(c.multiply(BigInteger.valueOf(Rounding.billedMs(us, fineMs))));
            coarse = coarse.add(c.multiply(BigInteger.valueOf(Rounding.billedMs(us, coarseMs))));
        }
        if (n.signum() == 0) {
            throw new IllegalArgumentException("the histogram counts no request");
        }
        BigDecimal count = new BigDecimal(n);
        return new GranularitySavings(fineMs, coarseMs, new BigDecimal(fine).divide(count, MathContext.DECIMAL128),
                new BigDecimal(coarse).divide(count, MathContext.DECIMAL128));
    }

    /** 1 ms against 100 ms billing of durations drawn from {@code distribution}, computed numerically. */
    public static GranularitySavings ofDistribution(DurationDistribution distribution) {
        return ofDistribution(distribution, ONE_MS, HUNDRED_MS);
    }

    /** Billing of durations drawn from {@code distribution} at two granularities, computed numerically. */
    public static GranularitySavings ofDistribution(DurationDistribution distribution, int fineMs, int coarseMs) {
        checkGranularities(fineMs, coarseMs);
        return new GranularitySavings(fineMs, coarseMs,
                BigDecimal.valueOf(meanBilledMs(distribution, fineMs)),
                BigDecimal.valueOf(meanBilledMs(distribution, coarseMs)));
    }

    /** The exact mean billed ms of a sample at {@code granularityMs}, to 34 significant digits. */
    public static BigDecimal meanBilledMs(long[] durationsUs, int granularityMs) {
        if (durationsUs.length == 0) {
            throw new IllegalArgumentException("the sample holds no duration");
        }
        long sum = 0;
        for (long us : durationsUs) {
            sum = Math.addExact(sum, Rounding.billedMs(us, granularityMs));
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(durationsUs.length), MathContext.DECIMAL128);
    }

    /**
     * The expected billed ms at {@code granularityMs} of a duration drawn from {@code distribution} and rounded to the
     * nearest µs: {@code g × (1 + Σ_{k≥1} (1 − F(k·g·1000 + 0.5)))}.
     */
    public static double meanBilledMs(DurationDistribution distribution, int granularityMs) {
        Objects.requireNonNull(distribution, "distribution");
        if (granularityMs < 1) {
            throw new IllegalArgumentException("granularity must be at least 1 ms, was " + granularityMs);
        }
        double top = distribution.quantileUs(1);
        if (Double.isInfinite(top)) {
            top = distribution.quantileUs(1 - TAIL);
        }
        double granuleUs = granularityMs * 1000.0;
        double terms = Math.ceil(top / granuleUs);
        if (terms > MAX_TERMS) {
            throw new IllegalArgumentException(distribution.spec() + ": its tail reaches " + top + " µs, more than "
                    + MAX_TERMS + " granules of " + granularityMs + " ms; give a sample instead");
        }
        double sum = 0;
        for (long k = (long) terms; k >= 1; k--) {
            sum += 1 - distribution.cdf(k * granuleUs + 0.5);
        }
        return granularityMs * (1 + sum);
    }

    /** What the finer granularity saves per request on average, in billed ms (negative if it costs more). */
    public BigDecimal savingMsPerRequest() {
        return meanBilledCoarseMs.subtract(meanBilledFineMs);
    }

    /** The saving as a percentage of the coarse billed duration, to 16 significant digits. */
    public BigDecimal savingPercent() {
        return savingMsPerRequest().multiply(PERCENT).divide(meanBilledCoarseMs, MathContext.DECIMAL64);
    }

    /**
     * The duration charges a month at either granularity, priced by the billing engine, and their difference.
     * Usage at granularity {@code g} is {@code requests × mean billed ms × memory} MB-ms, rounded half up to a whole
     * MB-ms; tiers and the free tier apply as on a real bill (with the free tier the saving can be smaller, even
     * zero, when the coarse usage fits in it). Requests cost the same under both and are left out.
     */
    public MonthlySaving monthly(PriceEdition edition, Architecture arch, int memoryMb, long requestsPerMonth,
                                 boolean freeTier) {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(arch, "arch");
        if (memoryMb < 1) {
            throw new IllegalArgumentException("memory must be positive, was " + memoryMb + " MB");
        }
        if (requestsPerMonth < 0) {
            throw new IllegalArgumentException("a volume cannot be negative, was " + requestsPerMonth);
        }
        BigDecimal fine = durationUsd(edition, arch, memoryMb, requestsPerMonth, meanBilledFineMs, freeTier);
        BigDecimal coarse = durationUsd(edition, arch, memoryMb, requestsPerMonth, meanBilledCoarseMs, freeTier);
        return new MonthlySaving(fine, coarse, coarse.subtract(fine));
    }

    /**
     * The duration charges of a month under both granularities.
     *
     * @param fineUsd   at the finer granularity, the sum of the bill's duration lines (each rounded to the cent)
     * @param coarseUsd at the coarser one
     * @param savingUsd {@code coarseUsd − fineUsd}
     */
    public record MonthlySaving(BigDecimal fineUsd, BigDecimal coarseUsd, BigDecimal savingUsd) {

        public MonthlySaving {
            Objects.requireNonNull(fineUsd, "fineUsd");
            Objects.requireNonNull(coarseUsd, "coarseUsd");
            Objects.requireNonNull(savingUsd, "savingUsd");
        }
    }

    private static BigDecimal durationUsd(PriceEdition edition, Architecture arch, int memoryMb, long requests,
                                          BigDecimal meanBilledMs, boolean freeTier) {
        BigInteger mbMs = BigDecimal.valueOf(requests).multiply(meanBilledMs).multiply(BigDecimal.valueOf(memoryMb))
                .setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
        Usage usage = Usage.of(arch, new ArchitectureUsage(requests, mbMs, BigInteger.ZERO, BigInteger.ZERO));
        Bill bill = new BillingEngine().bill(usage, edition, new BillingOptions(freeTier));
        return bill.total(ChargeKind.DURATION);
    }

    private static void checkGranularities(int fineMs, int coarseMs) {
        if (fineMs < 1 || coarseMs <= fineMs) {
            throw new IllegalArgumentException("expected granularities 1 <= fine < coarse, were " + fineMs + " ms and "
                    + coarseMs + " ms");
        }
    }
}
