package io.lambdasim.workload;

import io.lambdasim.workload.arrival.PoissonArrivals;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;

/** Homogeneous Poisson arrivals at {@code ratePerSecond}: independent exponential gaps, each rounded to the µs. */
public record PoissonWorkload(double ratePerSecond) implements Workload {

    public PoissonWorkload {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("Poisson rate must be a positive number per second, was " + ratePerSecond);
        }
    }

    @Override
    public InvocationSource open(UniformRandomProvider rng, long horizonUs) {
        PoissonArrivals gaps = new PoissonArrivals(ratePerSecond, rng);
        return new InvocationSource() {
            private long t;

            @Override
            public long nextArrivalUs() {
                if (t == END) {
                    return END;
                }
                t = Math.addExact(t, gaps.nextGapUs());
                if (t > horizonUs) {
                    t = END;
                }
                return t;
            }
        };
    }

    @Override
    public double meanRatePerSecond() {
        return ratePerSecond;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "Poisson, %s per second", ratePerSecond);
    }
}
