package io.lambdasim.model.breakeven;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A volume where two designs' monthly costs meet.
 *
 * <p>{@link #cheaperBelow()} and {@link #cheaperAbove()} say which design costs less just below and just above it
 * (as far as the grid shows: up to the neighbouring sampled volumes). When they differ the curves <em>cross</em>;
 * when they are the same the curves only <em>touch</em> at this volume; {@link Cheaper#NEITHER} on one side means the
 * costs stay equal up to the end of the sampled range on that side.
 *
 * @param requestsPerMonth the volume, requests a month
 * @param lambdaDesign     the first design's name (Lambda's, in a Lambda-versus-other comparison)
 * @param lambdaUsd        its monthly cost there
 * @param otherDesign      the second design's name
 * @param otherUsd         its monthly cost there
 * @param cheaperBelow     the design that costs less just below
 * @param cheaperAbove     the design that costs less just above
 * @param refined          whether the volume and costs come from the {@link Refiner} (exact costs) rather than from
 *                         the curves (costs interpolated, rounded to the cent)
 * @param bracketFrom      the sampled volume below, where the search started
 * @param bracketTo        the sampled volume above
 */
public record Crossing(long requestsPerMonth, String lambdaDesign, BigDecimal lambdaUsd, String otherDesign,
                       BigDecimal otherUsd, Cheaper cheaperBelow, Cheaper cheaperAbove, boolean refined,
                       long bracketFrom, long bracketTo) {

    /** Which of the two designs costs less on one side of a crossing. */
    public enum Cheaper {
        /** The first design (Lambda). */
        LAMBDA,
        /** The second design. */
        OTHER,
        /** Neither: the costs are equal. */
        NEITHER;

        static Cheaper ofDifference(int signumOfLambdaMinusOther) {
            return signumOfLambdaMinusOther < 0 ? LAMBDA : signumOfLambdaMinusOther > 0 ? OTHER : NEITHER;
        }
    }

    public Crossing {
        Objects.requireNonNull(lambdaDesign, "lambdaDesign");
        Objects.requireNonNull(lambdaUsd, "lambdaUsd");
        Objects.requireNonNull(otherDesign, "otherDesign");
        Objects.requireNonNull(otherUsd, "otherUsd");
        Objects.requireNonNull(cheaperBelow, "cheaperBelow");
        Objects.requireNonNull(cheaperAbove, "cheaperAbove");
        if (bracketFrom > requestsPerMonth || requestsPerMonth > bracketTo) {
            throw new IllegalArgumentException("crossing at " + requestsPerMonth + " lies outside its bracket ["
                    + bracketFrom + ", " + bracketTo + "]");
        }
    }

    /** The mean request rate of the crossing's volume over a 730-hour month ({@link MonthlyVolume}). */
    public double meanRequestsPerSecond() {
        return MonthlyVolume.meanRequestsPerSecond(requestsPerMonth);
    }

    /** Whether the cheaper design changes here (rather than the curves touching, or staying equal). */
    public boolean crosses() {
        return cheaperBelow != cheaperAbove && cheaperBelow != Cheaper.NEITHER && cheaperAbove != Cheaper.NEITHER;
    }

    /** The name of the design that costs less just below, if one does. */
    public Optional<String> cheaperDesignBelow() {
        return name(cheaperBelow);
    }

    /** The name of the design that costs less just above, if one does. */
    public Optional<String> cheaperDesignAbove() {
        return name(cheaperAbove);
    }

    private Optional<String> name(Cheaper cheaper) {
        return switch (cheaper) {
            case LAMBDA -> Optional.of(lambdaDesign);
            case OTHER -> Optional.of(otherDesign);
            case NEITHER -> Optional.empty();
        };
    }
}
