package io.lambdasim.model.breakeven;

import io.lambdasim.pricedata.Architecture;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ScenarioBreakEven} finds for a scenario: each design's cost curve over the swept traffic, every
 * crossing between a Lambda design and a fleet, and the closed-form break-evens of Lambda's own prices.
 *
 * @param scenario                the scenario's name
 * @param seed                    its master seed
 * @param replications            replications per point
 * @param horizonUs               the simulated horizon of each point
 * @param options                 the sweep
 * @param currentRequestsPerMonth the scenario's own traffic in requests a month (730 hours)
 * @param curves                  one per design, in the scenario's order
 * @param crossings               every crossing of a Lambda design with a fleet, by Lambda design, fleet, volume
 * @param provisioned             the provisioned-concurrency break-even utilisation of each Lambda design
 * @param architecture            x86_64 against arm64 at the scenario's prices
 * @param granularity             1 ms against 100 ms billing for each Lambda design's own durations
 * @param simulations             how many design simulations (grid and refinement) were run
 */
public record ScenarioBreakEvenResult(String scenario, long seed, int replications, long horizonUs,
                                      SweepOptions options, long currentRequestsPerMonth, List<DesignCurve> curves,
                                      List<Crossing> crossings, List<ProvisionedUtilisation> provisioned,
                                      ArchitectureBreakEven architecture, List<Granularity> granularity,
                                      int simulations) {

    public ScenarioBreakEvenResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(options, "options");
        curves = List.copyOf(curves);
        crossings = List.copyOf(crossings);
        provisioned = List.copyOf(provisioned);
        Objects.requireNonNull(architecture, "architecture");
        granularity = List.copyOf(granularity);
    }

    /** The scenario's own traffic as a mean rate over a 730-hour month. */
    public double currentRequestsPerSecond() {
        return MonthlyVolume.meanRequestsPerSecond(currentRequestsPerMonth);
    }

    /** The curve of {@code design}. */
    public Optional<DesignCurve> curve(String design) {
        return curves.stream().filter(c -> c.design().equals(design)).findFirst();
    }

    /**
     * How busy a Lambda design's provisioned concurrency must be to cost less than on-demand.
     *
     * @param design      the Lambda design
     * @param breakEven   the closed form at the scenario's prices for the design's architecture, INIT not counted
     */
    public record ProvisionedUtilisation(String design, Architecture architecture,
                                         ProvisionedConcurrencyBreakEven breakEven) {

        public ProvisionedUtilisation {
            Objects.requireNonNull(design, "design");
            Objects.requireNonNull(breakEven, "breakEven");
        }

        /** The break-even utilisation, empty if provisioned concurrency never pays. */
        public Optional<BigDecimal> utilisation() {
            return breakEven.utilisation();
        }
    }

    /**
     * 1 ms against 100 ms billing for one Lambda design's duration distribution, at the scenario's own volume.
     *
     * @param design  the Lambda design
     * @param savings the expected billed ms at both granularities
     * @param monthly the duration charges at both and the saving, in USD a month
     */
    public record Granularity(String design, GranularitySavings savings, GranularitySavings.MonthlySaving monthly) {

        public Granularity {
            Objects.requireNonNull(design, "design");
            Objects.requireNonNull(savings, "savings");
            Objects.requireNonNull(monthly, "monthly");
        }
    }
}
