package io.lambdasim.workload.generator;

import io.lambdasim.workload.InvocationSource;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Arrivals of a {@link RateProfile} by thinning with a piecewise-constant bound (see {@link ProfileWorkload}). Per
 * candidate: one exponential draw for the gap, one uniform draw to accept it. A uniform below the segment's lower bound
 * accepts without evaluating λ (a squeeze: the decision is the same, only cheaper). Allocates nothing after
 * construction.
 */
final class ThinnedArrivals implements InvocationSource {

    private final RateProfile rate;
    private final UniformRandomProvider rng;
    private final ContinuousSampler exponential;
    private final long horizonUs;
    private final long segmentUs;

    private long t;
    private int segment = -1;
    private long segmentEndUs;
    private double boundPerSecond;
    private double lowerPerSecond;
    private double meanGapUs;

    ThinnedArrivals(RateProfile rate, UniformRandomProvider rng) {
        this.rate = rate;
        this.rng = rng;
        this.exponential = ZigguratSampler.Exponential.of(rng);
        this.horizonUs = rate.horizonUs();
        this.segmentUs = rate.segmentUs();
        enter(0);
    }

    private void enter(int s) {
        segment = s;
        segmentEndUs = (s + 1) * segmentUs;
        boundPerSecond = s < rate.segmentCount() ? rate.boundPerSecond(s) : 0;
        lowerPerSecond = s < rate.segmentCount() ? rate.lowerPerSecond(s) : 0;
        meanGapUs = boundPerSecond > 0 ? 1e6 / boundPerSecond : Double.POSITIVE_INFINITY;
    }

    @Override
    public long nextArrivalUs() {
        while (t <= horizonUs) {
            if (boundPerSecond > 0) {
                long candidate = t + Math.round(Math.min(exponential.sample() * meanGapUs, segmentUs));
                if (candidate < segmentEndUs) {
                    t = candidate;
                    if (t > horizonUs) {
                        break;
                    }
                    double u = rng.nextDouble() * boundPerSecond;
                    // Accept if below the segment's lower bound (no need to evaluate λ), else compare with λ(t).
                    if (u < lowerPerSecond || u < rate.ratePerSecondAt(t)) {
                        return t;
                    }
                    continue;
                }
            }
            // No candidate left in this segment: start afresh at the next one (exponential gaps are memoryless).
            t = segmentEndUs;
            enter(segment + 1);
        }
        t = END;
        return END;
    }
}
