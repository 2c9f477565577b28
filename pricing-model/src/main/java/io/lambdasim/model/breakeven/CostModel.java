package io.lambdasim.model.breakeven;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * A design's monthly cost as a function of its traffic volume: what a cost curve samples and what a crossing is
 * refined against. Implementations: {@link LambdaCostModel} (the closed-form Lambda calculator),
 * {@link FixedFleetCostModel} (a fleet of instances at an hourly price), or any callback ({@link #of}), for example
 * one that re-simulates the workload scaled to the volume.
 */
public interface CostModel {

    /** The design's name, shown on curves and crossings ({@code "Lambda arm64 512 MB"}, {@code "2 × m7g.large"}). */
    String design();

    /** The design's cost in USD for a month of {@code requestsPerMonth} requests, rounded to the cent. */
    BigDecimal usdPerMonth(long requestsPerMonth);

    /** A model named {@code design} whose cost is {@code usd.apply(requestsPerMonth)}. */
    static CostModel of(String design, LongFunction<BigDecimal> usd) {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(usd, "usd");
        return new CostModel() {
            @Override
            public String design() {
                return design;
            }

            @Override
            public BigDecimal usdPerMonth(long requestsPerMonth) {
                return Objects.requireNonNull(usd.apply(requestsPerMonth),
                        () -> design + ": no cost at " + requestsPerMonth + " requests a month");
            }
        };
    }
}
