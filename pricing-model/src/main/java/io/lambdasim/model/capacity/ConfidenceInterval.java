package io.lambdasim.model.capacity;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A figure estimated from independent replications: its mean and the half-width of its 95 % confidence interval
 * (Student t with n − 1 degrees of freedom; NaN with a single replication).
 */
public record ConfidenceInterval(double mean, double ci95HalfWidth, int replications) {

    public static ConfidenceInterval of(List<Double> values) {
        int n = values.size();
        if (n == 0) {
            throw new IllegalArgumentException("no values");
        }
        // Welford's running mean and variance.
        double mean = 0;
        double m2 = 0;
        int k = 0;
        for (double x : values) {
            k++;
            double delta = x - mean;
            mean += delta / k;
            m2 += delta * (x - mean);
        }
        if (n == 1) {
            return new ConfidenceInterval(mean, Double.NaN, 1);
        }
        double sd = Math.sqrt(m2 / (n - 1));
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
        return new ConfidenceInterval(mean, t * sd / Math.sqrt(n), n);
    }
}
