package io.lambdasim.model.calculator;

import io.lambdasim.pricedata.Architecture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The inputs of a closed-form monthly estimate from averages, as the AWS Pricing Calculator takes them.
 *
 * @param requests         requests a month, all of them (0 to 10<sup>12</sup>)
 * @param avgDurationMs    average duration of the requests served on demand
 * @param pcConcurrency    provisioned environments enabled (0 for none)
 * @param pcHours          hours in the month they are enabled
 * @param pcRequests       how many of {@code requests} provisioned concurrency serves
 * @param pcAvgDurationMs  their average duration (defaults to {@code avgDurationMs})
 * @param priceDate        the day whose price edition and rules apply
 * @param granularityMs    overrides the edition's duration rounding (a what-if), if present
 */
public record CalculatorInput(String region, Architecture architecture, int memoryMb, long requests,
                              BigDecimal avgDurationMs, int ephemeralMb, boolean freeTier, int pcConcurrency,
                              BigDecimal pcHours, long pcRequests, Optional<BigDecimal> pcAvgDurationMs,
                              LocalDate priceDate, OptionalInt granularityMs) {

    public CalculatorInput {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(avgDurationMs, "avgDurationMs");
        Objects.requireNonNull(pcHours, "pcHours");
        Objects.requireNonNull(pcAvgDurationMs, "pcAvgDurationMs");
        Objects.requireNonNull(priceDate, "priceDate");
        Objects.requireNonNull(granularityMs, "granularityMs");
    }

    /** A plain on-demand estimate with the free tier, 512 MB of /tmp and no provisioned concurrency. */
    public static CalculatorInput onDemand(String region, Architecture arch, int memoryMb, long requests,
                                           BigDecimal avgDurationMs, LocalDate priceDate) {
        return new CalculatorInput(region, arch, memoryMb, requests, avgDurationMs, 512, true, 0, BigDecimal.ZERO, 0,
                Optional.empty(), priceDate, OptionalInt.empty());
    }

    public BigDecimal effectivePcAvgDurationMs() {
        return pcAvgDurationMs.orElse(avgDurationMs);
    }

    public CalculatorInput withFreeTier(boolean on) {
        return new CalculatorInput(region, architecture, memoryMb, requests, avgDurationMs, ephemeralMb, on,
                pcConcurrency, pcHours, pcRequests, pcAvgDurationMs, priceDate, granularityMs);
    }

    public CalculatorInput withProvisioned(int concurrency, BigDecimal hours, long servedRequests,
                                           Optional<BigDecimal> servedAvgDurationMs) {
        return new CalculatorInput(region, architecture, memoryMb, requests, avgDurationMs, ephemeralMb, freeTier,
                concurrency, hours, servedRequests, servedAvgDurationMs, priceDate, granularityMs);
    }

    public CalculatorInput withGranularityMs(int ms) {
        return new CalculatorInput(region, architecture, memoryMb, requests, avgDurationMs, ephemeralMb, freeTier,
                pcConcurrency, pcHours, pcRequests, pcAvgDurationMs, priceDate, OptionalInt.of(ms));
    }

    public CalculatorInput withEphemeralMb(int mb) {
        return new CalculatorInput(region, architecture, memoryMb, requests, avgDurationMs, mb, freeTier,
                pcConcurrency, pcHours, pcRequests, pcAvgDurationMs, priceDate, granularityMs);
    }
}
