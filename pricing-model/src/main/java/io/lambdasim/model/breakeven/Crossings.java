package io.lambdasim.model.breakeven;

import io.lambdasim.model.breakeven.Crossing.Cheaper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.TooManyEvaluationsException;

/**
 * Every volume where two designs' cost curves meet.
 *
 * <ol>
 *   <li>The difference {@code d = lambda − other} is taken at each sampled volume (both curves must be sampled at the
 *       same volumes), exactly, in decimal.</li>
 *   <li>Each pair of neighbouring volumes where {@code d} changes sign brackets a crossing. On the curves' interpolant
 *       (linear in the volume between sampled points, see {@link CostCurve}) the crossing is found by commons-math's
 *       {@link BrentSolver} within the bracket.</li>
 *   <li>A sampled volume where {@code d} is exactly zero is itself a meeting point: a crossing if the signs on its two
 *       sides differ, a touch if they are the same. A run of several equal points is reported once, at its first
 *       volume.</li>
 *   <li>With a {@link Refiner}, each crossing with a sign change is then located again by Brent's method on the
 *       refiner's exact costs within the same bracket, to a relative tolerance on the volume (and at least half a
 *       request). Brent's method only needs a sign change, so it also finds the jump of a step-shaped cost (an EC2
 *       fleet adding an instance). If the refiner's costs do not change sign across the bracket (a noisy
 *       re-simulation, say), the crossing keeps its interpolated place and {@link Crossing#refined()} is false.</li>
 * </ol>
 *
 * <p>What a grid cannot show, this does not find: two crossings between the same two sampled volumes cancel out, and
 * curves that touch between sampled volumes without crossing go unseen. Sample finely where curves are close, and add
 * the volumes on both sides of each step of a stepped design ({@link FixedFleetCostModel#stepVolumes}) to the grid.
 */
public final class Crossings {

    /** The relative tolerance on the volume used when none is given: 10⁻⁴ (0.01 %). */
    public static final double DEFAULT_RELATIVE_TOLERANCE = 1e-4;
    /** The most refiner calls spent on one crossing. */
    public static final int MAX_REFINER_EVALUATIONS = 200;

    private static final int MAX_INTERPOLANT_EVALUATIONS = 200;

    private Crossings() {
    }

    /** The crossings of two curves on their interpolant, without refinement. */
    public static List<Crossing> find(CostCurve lambda, CostCurve other) {
        return find(lambda, other, null, DEFAULT_RELATIVE_TOLERANCE);
    }

    /** The crossings of two curves, refined on {@code refiner} (may be null) to the default relative tolerance. */
    public static List<Crossing> find(CostCurve lambda, CostCurve other, Refiner refiner) {
        return find(lambda, other, refiner, DEFAULT_RELATIVE_TOLERANCE);
    }

    /**
     * The crossings of two curves, in increasing volume.
     *
     * @param lambda            the first design's curve (Lambda's)
     * @param other             the second design's curve, sampled at the same volumes
     * @param refiner           computes both exact costs at any volume; null to keep the interpolated crossings
     * @param relativeTolerance the refined volume's relative tolerance, within (0, 0.1]
     */
    public static List<Crossing> find(CostCurve lambda, CostCurve other, Refiner refiner, double relativeTolerance) {
        Objects.requireNonNull(lambda, "lambda");
        Objects.requireNonNull(other, "other");
        if (!(relativeTolerance > 0 && relativeTolerance <= 0.1)) {
            throw new IllegalArgumentException("the relative tolerance must be within (0, 0.1], was "
                    + relativeTolerance);
        }
        long[] volumes = lambda.volumes();
        if (!Arrays.equals(volumes, other.volumes())) {
            throw new IllegalArgumentException(lambda.design() + " and " + other.design()
                    + " must be sampled at the same volumes (" + volumes.length + " and " + other.points().size()
                    + " points)");
        }
        return new Search(lambda, other, refiner, relativeTolerance).run();
    }

    /**
     * The crossings of two cost models sampled at {@code volumes}, each refined on the models themselves: the quick
     * break-even of, say, a {@link LambdaCostModel} against a {@link FixedFleetCostModel}.
     */
    public static List<Crossing> between(CostModel lambda, CostModel other, long[] volumes) {
        return find(CostCurve.sample(lambda, volumes), CostCurve.sample(other, volumes), Refiner.of(lambda, other));
    }

    /** One search: the curves' differences and a memo of the refiner's answers. */
    private static final class Search {
        private final CostCurve lambda;
        private final CostCurve other;
        private final Refiner refiner;
        private final double relativeTolerance;
        private final long[] volumes;
        private final BigDecimal[] differences;
        private final int[] signs;
        private final Map<Long, Refiner.Costs> refined = new HashMap<>();

        Search(CostCurve lambda, CostCurve other, Refiner refiner, double relativeTolerance) {
            this.lambda = lambda;
            this.other = other;
            this.refiner = refiner;
            this.relativeTolerance = relativeTolerance;
            this.volumes = lambda.volumes();
            int n = volumes.length;
            this.differences = new BigDecimal[n];
            this.signs = new int[n];
            for (int i = 0; i < n; i++) {
                differences[i] = lambda.points().get(i).usd().subtract(other.points().get(i).usd());
                signs[i] = differences[i].signum();
            }
        }

        List<Crossing> run() {
            List<Crossing> found = new ArrayList<>();
            int n = volumes.length;
            int i = 0;
            while (i < n) {
                if (signs[i] == 0) {
                    int last = i;
                    while (last + 1 < n && signs[last + 1] == 0) {
                        last++;
                    }
                    found.add(atGridPoint(i, last));
                    i = last + 1;
                } else {
                    if (i + 1 < n && signs[i + 1] != 0 && signs[i + 1] != signs[i]) {
                        found.add(between(i));
                    }
                    i++;
                }
            }
            return List.copyOf(found);
        }

        /** The run of equal costs from point {@code first} to point {@code last}. */
        private Crossing atGridPoint(int first, int last) {
            int below = first > 0 ? signs[first - 1] : 0;
            int above = last + 1 < volumes.length ? signs[last + 1] : 0;
            long from = volumes[first > 0 ? first - 1 : first];
            long to = volumes[last + 1 < volumes.length ? last + 1 : last];
            if (refiner != null && below != 0 && above != 0 && below != above) {
                Crossing c = refine(from, to, below, above);
                if (c != null) {
                    return c;
                }
            }
            return new Crossing(volumes[first], lambda.design(), lambda.points().get(first).usd(), other.design(),
                    other.points().get(first).usd(), Cheaper.ofDifference(below), Cheaper.ofDifference(above), false,
                    from, to);
        }

        /** The crossing between point {@code i} and point {@code i + 1}, whose differences have opposite signs. */
        private Crossing between(int i) {
            long from = volumes[i];
            long to = volumes[i + 1];
            if (refiner != null) {
                Crossing c = refine(from, to, signs[i], signs[i + 1]);
                if (c != null) {
                    return c;
                }
            }
            double d0 = differences[i].doubleValue();
            double d1 = differences[i + 1].doubleValue();
            double width = to - from;
            UnivariateFunction interpolant = v -> d0 + (d1 - d0) * ((v - from) / width);
            double root = new BrentSolver(1e-14, 1e-3).solve(MAX_INTERPOLANT_EVALUATIONS, interpolant, from, to);
            long v = clamp(Math.round(root), from, to);
            return new Crossing(v, lambda.design(), lambda.interpolatedUsd(v), other.design(),
                    other.interpolatedUsd(v), Cheaper.ofDifference(signs[i]), Cheaper.ofDifference(signs[i + 1]),
                    false, from, to);
        }

        /**
         * The crossing located by Brent's method on the refiner within [from, to], or null if the refiner's
         * differences do not change sign there or the search runs out of evaluations.
         */
        private Crossing refine(long from, long to, int below, int above) {
            int atFrom = costs(from).difference().signum();
            int atTo = costs(to).difference().signum();
            if (atFrom * atTo > 0 || (atFrom == 0 && atTo == 0)) {
                return null;
            }
            UnivariateFunction difference = v -> costs(clamp(Math.round(v), from, to)).difference().doubleValue();
            double root;
            try {
                root = new BrentSolver(relativeTolerance, 0.5).solve(MAX_REFINER_EVALUATIONS, difference, from, to);
            } catch (TooManyEvaluationsException e) {
                return null;
            }
            long v = clamp(Math.round(root), from, to);
            Refiner.Costs c = costs(v);
            // The refiner's exact costs decide which side is cheaper; the grid's only where they are equal.
            return new Crossing(v, lambda.design(), c.lambdaUsd(), other.design(), c.otherUsd(),
                    Cheaper.ofDifference(atFrom != 0 ? atFrom : below), Cheaper.ofDifference(atTo != 0 ? atTo : above),
                    true, from, to);
        }

        private Refiner.Costs costs(long v) {
            return refined.computeIfAbsent(v, volume -> Objects.requireNonNull(refiner.costsAt(volume),
                    () -> "the refiner gave no costs at " + volume + " requests a month"));
        }

        private static long clamp(long v, long from, long to) {
            return Math.max(from, Math.min(to, v));
        }
    }
}
