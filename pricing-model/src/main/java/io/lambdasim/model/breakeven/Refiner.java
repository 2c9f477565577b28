package io.lambdasim.model.breakeven;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Computes both designs' exact monthly cost at a volume, so that a crossing found on sampled curves can be located
 * precisely (see {@link Crossings}). It may be as cheap as two closed forms ({@link #of}) or as dear as two
 * simulations of the workload scaled to the volume; {@link Crossings} calls it a few dozen times per crossing at most.
 */
@FunctionalInterface
public interface Refiner {

    /** Both designs' cost at {@code requestsPerMonth}. */
    Costs costsAt(long requestsPerMonth);

    /**
     * The two designs' monthly costs at one volume.
     *
     * @param lambdaUsd the first design's (in the Lambda-versus-other comparison, Lambda's)
     * @param otherUsd  the second design's
     */
    record Costs(BigDecimal lambdaUsd, BigDecimal otherUsd) {

        public Costs {
            Objects.requireNonNull(lambdaUsd, "lambdaUsd");
            Objects.requireNonNull(otherUsd, "otherUsd");
        }

        /** {@code lambdaUsd − otherUsd}: negative where the first design is cheaper. */
        public BigDecimal difference() {
            return lambdaUsd.subtract(otherUsd);
        }
    }

    /** A refiner asking the two cost models. */
    static Refiner of(CostModel lambda, CostModel other) {
        Objects.requireNonNull(lambda, "lambda");
        Objects.requireNonNull(other, "other");
        return v -> new Costs(lambda.usdPerMonth(v), other.usdPerMonth(v));
    }
}
