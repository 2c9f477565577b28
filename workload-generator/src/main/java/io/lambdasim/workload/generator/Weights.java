package io.lambdasim.workload.generator;

import java.util.List;

/** Checks and normalisation of the weights of {@link HourlyWeights} and {@link WeeklyWeights}. */
final class Weights {

    private Weights() {
    }

    /** An immutable copy of {@code weights}, checked: {@code count} finite, non-negative numbers, not all 0. */
    static List<Double> checked(List<Double> weights, int count, String what) {
        List<Double> copy = List.copyOf(weights);
        if (copy.size() != count) {
            throw new IllegalArgumentException(what + " needs " + count + " weights, has " + copy.size());
        }
        double sum = 0;
        for (double w : copy) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException(what + ": weight " + w + " is not a finite number >= 0");
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException(what + ": the weights are all 0");
        }
        return copy;
    }

    /** The weights divided by their mean, so that they average 1. */
    static double[] normalised(List<Double> weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double mean = sum / weights.size();
        double[] out = new double[weights.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = weights.get(i) / mean;
        }
        return out;
    }

    /** The smallest of {@code values}. */
    static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    /** The largest of {@code values}. */
    static double max(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
