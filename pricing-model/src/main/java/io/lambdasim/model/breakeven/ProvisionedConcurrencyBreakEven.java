package io.lambdasim.model.breakeven;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.ArchitectureRates;
import io.lambdasim.pricedata.PriceEdition;
import io.lambdasim.pricedata.Rate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * How busy a provisioned-concurrency (PC) environment must be for PC to cost less than serving the same work on
 * demand, from the tier-1 prices of one architecture in one price edition.
 *
 * <p>Take one environment of {@code m} GB over a time {@code T}, busy a share {@code u} of it. On demand, only the busy
 * time is billed, at the on-demand duration price {@code p_od}, plus the INIT time of the cold starts where the
 * edition bills it, written as a share {@code h} of the busy time ({@link #initShare}). With PC the whole time is
 * billed at the configured price {@code p_pc} and the busy time at the PC duration price {@code p_pcdur}:
 * <pre>
 *     on demand: p_od × m × T × u × (1 + h)        PC: p_pc × m × T + p_pcdur × m × T × u
 *     equal at   u* = p_pc / (p_od × (1 + h) − p_pcdur)
 * </pre>
 * Requests cost the same both ways and cancel. PC costs less above {@code u*} and more below it; if the denominator
 * is not positive PC never costs less ({@link #utilisation()} is empty), and if {@code u* > 1} no utilisation reaches
 * it ({@link #achievable()} is false). Ignored: the free tier (which only on-demand duration gets, raising {@code u*}
 * for small functions), the 5-minute rounding of PC windows, and tiers 2 and 3 of on-demand duration (lower
 * {@code p_od}, higher {@code u*}, above 6 billion GB-s a month on x86_64).
 *
 * <p>Ratios are divided to 16 significant digits ({@link MathContext#DECIMAL64}); they are not money.
 *
 * @param editionId          the price edition
 * @param architecture       the architecture whose prices are used
 * @param configuredUsdPerGbS {@code p_pc}
 * @param onDemandUsdPerGbS   {@code p_od}, tier 1
 * @param servedUsdPerGbS     {@code p_pcdur}
 * @param initShare           {@code h}, billed INIT time of on-demand cold starts per unit of busy time
 * @param utilisation         {@code u*}, empty when PC never costs less
 */
public record ProvisionedConcurrencyBreakEven(String editionId, Architecture architecture,
                                              BigDecimal configuredUsdPerGbS, BigDecimal onDemandUsdPerGbS,
                                              BigDecimal servedUsdPerGbS, BigDecimal initShare,
                                              Optional<BigDecimal> utilisation) {

    public ProvisionedConcurrencyBreakEven {
        Objects.requireNonNull(editionId, "editionId");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(configuredUsdPerGbS, "configuredUsdPerGbS");
        Objects.requireNonNull(onDemandUsdPerGbS, "onDemandUsdPerGbS");
        Objects.requireNonNull(servedUsdPerGbS, "servedUsdPerGbS");
        Objects.requireNonNull(initShare, "initShare");
        Objects.requireNonNull(utilisation, "utilisation");
    }

    /** The break-even without INIT ({@code h = 0}). */
    public static ProvisionedConcurrencyBreakEven of(PriceEdition edition, Architecture arch) {
        return of(edition, arch, BigDecimal.ZERO);
    }

    /**
     * The break-even when on-demand cold starts add a share {@code initShare} of billed INIT time to the busy time.
     *
     * @throws IllegalArgumentException if the edition has no PC prices for {@code arch} or {@code initShare < 0}
     */
    public static ProvisionedConcurrencyBreakEven of(PriceEdition edition, Architecture arch, BigDecimal initShare) {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(initShare, "initShare");
        if (initShare.signum() < 0) {
            throw new IllegalArgumentException("the INIT share cannot be negative, was " + initShare.toPlainString());
        }
        ArchitectureRates rates = edition.rates(arch);
        BigDecimal pc = price(rates.provisionedConcurrency(), edition, arch, "provisioned concurrency");
        BigDecimal served = price(rates.provisionedDuration(), edition, arch, "provisioned duration");
        BigDecimal onDemand = rates.duration().first().rate().usdPerUnit();
        BigDecimal denominator = onDemand.multiply(BigDecimal.ONE.add(initShare)).subtract(served);
        Optional<BigDecimal> u = denominator.signum() > 0
                ? Optional.of(pc.divide(denominator, MathContext.DECIMAL64))
                : Optional.empty();
        return new ProvisionedConcurrencyBreakEven(edition.id(), arch, pc, onDemand, served, initShare, u);
    }

    /**
     * The INIT share {@code h} of on-demand work: {@code coldStartShare × initMs / avgDurationMs} (2 % cold starts
     * with 500 ms of billed INIT on 100 ms invocations: 0.1). Give {@code initMs = 0} where the edition's rule does
     * not bill INIT for the function.
     */
    public static BigDecimal initShare(BigDecimal coldStartShare, BigDecimal initMs, BigDecimal avgDurationMs) {
        if (coldStartShare.signum() < 0 || coldStartShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the cold-start share must be within [0, 1], was "
                    + coldStartShare.toPlainString());
        }
        if (initMs.signum() < 0) {
            throw new IllegalArgumentException("INIT time cannot be negative, was " + initMs.toPlainString());
        }
        if (avgDurationMs.signum() <= 0) {
            throw new IllegalArgumentException("the average duration must be positive, was "
                    + avgDurationMs.toPlainString());
        }
        return coldStartShare.multiply(initMs).divide(avgDurationMs, MathContext.DECIMAL64);
    }

    /** Whether some utilisation within [0, 1] makes PC cost no more than on demand. */
    public boolean achievable() {
        return utilisation.isPresent() && utilisation.get().compareTo(BigDecimal.ONE) <= 0;
    }

    /**
     * What PC saves per GB-second of configured environment at utilisation {@code u}, in USD:
     * {@code p_od × u × (1 + h) − (p_pc + p_pcdur × u)}; positive where PC costs less, zero at {@code u*}. Exact.
     */
    public BigDecimal savingUsdPerGbS(BigDecimal u) {
        if (u.signum() < 0 || u.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a utilisation is within [0, 1], was " + u.toPlainString());
        }
        BigDecimal onDemand = onDemandUsdPerGbS.multiply(u).multiply(BigDecimal.ONE.add(initShare));
        return onDemand.subtract(configuredUsdPerGbS.add(servedUsdPerGbS.multiply(u)));
    }

    private static BigDecimal price(Optional<Rate> rate, PriceEdition edition, Architecture arch, String what) {
        return rate.orElseThrow(() -> new IllegalArgumentException("price edition " + edition.id() + " has no "
                + what + " price for " + arch.id())).usdPerUnit();
    }
}
