package io.lambdasim.model.breakeven;

import io.lambdasim.model.calculator.CalculatorInput;
import io.lambdasim.model.calculator.CostCalculator;
import io.lambdasim.model.calculator.Estimate;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.PriceCatalog;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A Lambda design's monthly cost at any volume, from the closed-form calculator ({@link CostCalculator}): every
 * request lasts the design's average duration; memory, architecture, free tier, price date and any provisioned
 * concurrency are those of a template input, whose request count is replaced by the volume asked for.
 *
 * <p>The cost is exact (the same bill the calculator gives, each line rounded to the cent) and non-decreasing in the
 * volume, so it serves both to sample a curve and as the refiner of a crossing. Above the free tier and within one
 * duration price tier it is affine in the volume: {@code cost(V) = V × (p_req + d × m × p_dur) − fixed}, with
 * {@code d} the billed seconds of a request, {@code m} the memory in GB and {@code fixed} what the free tier takes
 * off (docs/breakeven.md).
 *
 * <p>Provisioned concurrency in the template stays as configured (its enabled hours do not depend on the volume); the
 * share of requests it serves stays the template's: at volume {@code V} it serves
 * {@code floor(V × pcRequests / requests)} of them.
 */
public final class LambdaCostModel implements CostModel {

    private final String design;
    private final CostCalculator calculator;
    private final CalculatorInput template;

    /**
     * @param design     the design's name
     * @param calculator prices the inputs
     * @param template   the design; its {@code requests} (and {@code pcRequests}) give only the PC share
     * @throws io.lambdasim.model.calculator.InvalidInputException if the template is not a valid input
     */
    public LambdaCostModel(String design, CostCalculator calculator, CalculatorInput template) {
        this.design = Objects.requireNonNull(design, "design");
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.template = Objects.requireNonNull(template, "template");
        calculator.estimate(template);
    }

    /** An on-demand design (no provisioned concurrency, 512 MB of /tmp) priced by the editions of {@code catalog}. */
    public static LambdaCostModel onDemand(String design, PriceCatalog catalog, String region, Architecture arch,
                                           int memoryMb, BigDecimal avgDurationMs, boolean freeTier,
                                           LocalDate priceDate) {
        CalculatorInput input = CalculatorInput.onDemand(region, arch, memoryMb, 0, avgDurationMs, priceDate)
                .withFreeTier(freeTier);
        return new LambdaCostModel(design, new CostCalculator(catalog), input);
    }

    @Override
    public String design() {
        return design;
    }

    /** The template with its volume set to {@code requestsPerMonth} (and the PC-served share kept). */
    public CalculatorInput inputAt(long requestsPerMonth) {
        if (requestsPerMonth < 0) {
            throw new IllegalArgumentException("a volume cannot be negative, was " + requestsPerMonth);
        }
        long pcRequests = template.requests() == 0 ? 0
                : BigInteger.valueOf(requestsPerMonth).multiply(BigInteger.valueOf(template.pcRequests()))
                .divide(BigInteger.valueOf(template.requests())).longValueExact();
        return new CalculatorInput(template.region(), template.architecture(), template.memoryMb(), requestsPerMonth,
                template.avgDurationMs(), template.ephemeralMb(), template.freeTier(), template.pcConcurrency(),
                template.pcHours(), pcRequests, template.pcAvgDurationMs(), template.priceDate(),
                template.granularityMs());
    }

    /** The calculator's full estimate at {@code requestsPerMonth}: usage, edition and bill. */
    public Estimate estimate(long requestsPerMonth) {
        return calculator.estimate(inputAt(requestsPerMonth));
    }

    /** The bill's total at {@code requestsPerMonth}. */
    @Override
    public BigDecimal usdPerMonth(long requestsPerMonth) {
        return estimate(requestsPerMonth).bill().totalUsd();
    }

    @Override
    public String toString() {
        return "LambdaCostModel[" + design + "]";
    }
}
