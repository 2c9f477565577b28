package io.lambdasim.workload.distribution;

import org.apache.commons.math3.distribution.AbstractRealDistribution;

/**
 * A {@link DurationDistribution}'s exact CDF as a commons-math {@code RealDistribution}, for its Kolmogorov–Smirnov
 * test (which uses only {@link #cumulativeProbability(double)}).
 */
final class CdfDistribution extends AbstractRealDistribution {

    private static final long serialVersionUID = 1L;

    private final transient DurationDistribution distribution;

    CdfDistribution(DurationDistribution distribution) {
        super(null);
        this.distribution = distribution;
    }

    @Override
    public double cumulativeProbability(double x) {
        return distribution.cdf(x);
    }

    @Override
    public double inverseCumulativeProbability(double p) {
        return distribution.quantileUs(p);
    }

    @Override
    public double density(double x) {
        throw new UnsupportedOperationException("not needed by the Kolmogorov-Smirnov test");
    }

    @Override
    public double getNumericalMean() {
        return distribution.meanUs();
    }

    @Override
    public double getNumericalVariance() {
        throw new UnsupportedOperationException("not needed by the Kolmogorov-Smirnov test");
    }

    @Override
    public double getSupportLowerBound() {
        return distribution.quantileUs(0);
    }

    @Override
    public double getSupportUpperBound() {
        return distribution.quantileUs(1);
    }

    @Override
    @SuppressWarnings("deprecation")
    public boolean isSupportLowerBoundInclusive() {
        return true;
    }

    @Override
    @SuppressWarnings("deprecation")
    public boolean isSupportUpperBoundInclusive() {
        return true;
    }

    @Override
    public boolean isSupportConnected() {
        return true;
    }
}
