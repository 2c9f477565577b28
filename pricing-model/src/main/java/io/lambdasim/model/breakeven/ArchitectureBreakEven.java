package io.lambdasim.model.breakeven;

import io.lambdasim.model.billing.Rounding;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.PriceEdition;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * x86_64 against arm64 at the same memory size, from the tier-1 on-demand duration prices of one price edition.
 *
 * <p>A request of billed duration {@code d} costs {@code p × m × d} in duration on either architecture, and the same
 * request price. So arm64 costs less exactly when its billed duration is less than {@code r* = p_x86 / p_arm} times
 * the x86_64 one: {@code r*} is the arm64 slowdown at which the two cost the same (1.25 in us-east-1, where arm64 is
 * 20 % cheaper per GB-second). Adding the request price, the same for both, moves the cost ratio towards 1 but never
 * across it, so the verdict holds with requests included. Tiers 2 and 3 (whose boundaries differ between the
 * architectures) and the free tier (taken from the dearer architecture first, ADR 0006) are ignored.
 *
 * <p>Ratios are divided to 16 significant digits ({@link MathContext#DECIMAL64}); they are not money.
 *
 * @param editionId     the price edition
 * @param x86UsdPerGbS  {@code p_x86}, tier 1
 * @param armUsdPerGbS  {@code p_arm}, tier 1
 * @param granularityMs the edition's duration rounding, applied to durations given to {@link #compare}
 */
public record ArchitectureBreakEven(String editionId, BigDecimal x86UsdPerGbS, BigDecimal armUsdPerGbS,
                                    int granularityMs) {

    public ArchitectureBreakEven {
        Objects.requireNonNull(editionId, "editionId");
        Objects.requireNonNull(x86UsdPerGbS, "x86UsdPerGbS");
        Objects.requireNonNull(armUsdPerGbS, "armUsdPerGbS");
        if (x86UsdPerGbS.signum() <= 0 || armUsdPerGbS.signum() <= 0) {
            throw new IllegalArgumentException("duration prices must be positive");
        }
        if (granularityMs < 1) {
            throw new IllegalArgumentException("granularity must be at least 1 ms, was " + granularityMs);
        }
    }

    /**
     * The break-even of {@code edition}.
     *
     * @throws IllegalArgumentException if the edition does not price both architectures
     */
    public static ArchitectureBreakEven of(PriceEdition edition) {
        return new ArchitectureBreakEven(edition.id(),
                edition.rates(Architecture.X86_64).duration().first().rate().usdPerUnit(),
                edition.rates(Architecture.ARM64).duration().first().rate().usdPerUnit(),
                edition.rules().durationGranularityMs());
    }

    /** {@code p_arm / p_x86}: what arm64 costs per GB-second relative to x86_64 (0.8 in us-east-1). */
    public BigDecimal priceRatio() {
        return armUsdPerGbS.divide(x86UsdPerGbS, MathContext.DECIMAL64);
    }

    /** {@code r* = p_x86 / p_arm}: the arm64-over-x86_64 duration ratio at which both cost the same. */
    public BigDecimal breakEvenSlowdown() {
        return x86UsdPerGbS.divide(armUsdPerGbS, MathContext.DECIMAL64);
    }

    /**
     * The user's own durations: the average duration of a request on each architecture (same memory size), each
     * rounded up to a whole microsecond and then billed under the edition's granularity, as the calculator does.
     */
    public Comparison compare(BigDecimal x86AvgDurationMs, BigDecimal armAvgDurationMs) {
        if (x86AvgDurationMs.signum() <= 0 || armAvgDurationMs.signum() <= 0) {
            throw new IllegalArgumentException("durations must be positive, were " + x86AvgDurationMs.toPlainString()
                    + " ms and " + armAvgDurationMs.toPlainString() + " ms");
        }
        long x86Billed = billedMs(x86AvgDurationMs);
        long armBilled = billedMs(armAvgDurationMs);
        BigDecimal slowdown = armAvgDurationMs.divide(x86AvgDurationMs, MathContext.DECIMAL64);
        BigDecimal billedSlowdown = BigDecimal.valueOf(armBilled).divide(BigDecimal.valueOf(x86Billed),
                MathContext.DECIMAL64);
        BigDecimal armCost = armUsdPerGbS.multiply(BigDecimal.valueOf(armBilled));
        BigDecimal x86Cost = x86UsdPerGbS.multiply(BigDecimal.valueOf(x86Billed));
        int sign = armCost.compareTo(x86Cost);
        Optional<Architecture> cheaper = sign < 0 ? Optional.of(Architecture.ARM64)
                : sign > 0 ? Optional.of(Architecture.X86_64) : Optional.empty();
        return new Comparison(x86Billed, armBilled, slowdown, billedSlowdown, breakEvenSlowdown(),
                armCost.divide(x86Cost, MathContext.DECIMAL64), cheaper);
    }

    /**
     * The comparison of one function's durations.
     *
     * @param x86BilledMs       billed ms of an average x86_64 request
     * @param armBilledMs       billed ms of an average arm64 request
     * @param slowdown          arm64 average duration / x86_64 average duration
     * @param billedSlowdown    arm64 billed ms / x86_64 billed ms
     * @param breakEvenSlowdown {@code r*}
     * @param durationCostRatio arm64 duration cost / x86_64 duration cost ({@code billedSlowdown / r*})
     * @param cheaper           the architecture whose duration costs less, empty if equal
     */
    public record Comparison(long x86BilledMs, long armBilledMs, BigDecimal slowdown, BigDecimal billedSlowdown,
                             BigDecimal breakEvenSlowdown, BigDecimal durationCostRatio,
                             Optional<Architecture> cheaper) {

        public Comparison {
            Objects.requireNonNull(slowdown, "slowdown");
            Objects.requireNonNull(billedSlowdown, "billedSlowdown");
            Objects.requireNonNull(breakEvenSlowdown, "breakEvenSlowdown");
            Objects.requireNonNull(durationCostRatio, "durationCostRatio");
            Objects.requireNonNull(cheaper, "cheaper");
        }
    }

    private long billedMs(BigDecimal avgMs) {
        long us = avgMs.multiply(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.CEILING).longValueExact();
        return Rounding.billedMs(us, granularityMs);
    }
}
