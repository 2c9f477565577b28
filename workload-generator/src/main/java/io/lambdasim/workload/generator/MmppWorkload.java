package io.lambdasim.workload.generator;

import io.lambdasim.workload.InvocationSource;
import io.lambdasim.workload.Workload;
import io.lambdasim.workload.time.TimeSpans;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Bursty traffic: a two-state Markov-modulated Poisson process (MMPP). The source alternates between an <em>on</em>
 * state, with Poisson arrivals at {@code onRatePerSecond}, and an <em>off</em> state at {@code offRatePerSecond}; it
 * stays in each state for an exponential time with mean {@code meanOnUs} or {@code meanOffUs}. It starts in a state
 * drawn from the stationary distribution, π_on = meanOn / (meanOn + meanOff), so that the process is stationary from
 * time 0 and its long-run rate λ_on·π_on + λ_off·π_off holds at every time.
 *
 * <p>Counts are over-dispersed: over a window of length {@code T}, with switching rates r_on = 1 / meanOn and r_off =
 * 1 / meanOff and c = r_on + r_off, Var N = mean·T + 2 (λ_on − λ_off)² r_on r_off / c³ · (T − (1 − e^(−cT)) / c), so
 * the index of dispersion Var / mean exceeds the Poisson process's 1 and grows with the window up to
 * 1 + 2 (λ_on − λ_off)² π_on π_off / (c · mean rate).
 *
 * <p>Gaps and sojourns are exponential draws rounded to the microsecond and added to a {@code long} clock (ADR 0002); a
 * gap that would cross the end of the current state is dropped and the next state starts afresh (memorylessness).
 * Nothing is allocated per arrival.
 *
 * @param onRatePerSecond  the rate in the on state, {@code >= 0}
 * @param offRatePerSecond the rate in the off state, {@code >= 0} (0 for silent pauses); not both 0
 * @param meanOnUs         the mean time in the on state, at least 1 ms
 * @param meanOffUs        the mean time in the off state, at least 1 ms
 */
public record MmppWorkload(double onRatePerSecond, double offRatePerSecond, long meanOnUs, long meanOffUs)
        implements Workload {

    /** The shortest mean sojourn accepted, 1 ms (sojourns are rounded to the µs). */
    public static final long MIN_MEAN_SOJOURN_US = 1_000;

    public MmppWorkload {
        if (!(onRatePerSecond >= 0) || Double.isInfinite(onRatePerSecond)
                || !(offRatePerSecond >= 0) || Double.isInfinite(offRatePerSecond)) {
            throw new IllegalArgumentException("MMPP rates must be finite numbers >= 0 per second, were "
                    + onRatePerSecond + " and " + offRatePerSecond);
        }
        if (onRatePerSecond == 0 && offRatePerSecond == 0) {
            throw new IllegalArgumentException("an MMPP needs a rate above 0 in at least one state");
        }
        if (meanOnUs < MIN_MEAN_SOJOURN_US || meanOffUs < MIN_MEAN_SOJOURN_US) {
            throw new IllegalArgumentException("MMPP mean sojourns must be at least 1 ms, were " + meanOnUs + " and "
                    + meanOffUs + " µs");
        }
    }

    /** The stationary probability of the on state, meanOn / (meanOn + meanOff). */
    public double onProbability() {
        return (double) meanOnUs / ((double) meanOnUs + meanOffUs);
    }

    /** The long-run rate λ_on·π_on + λ_off·π_off. */
    @Override
    public double meanRatePerSecond() {
        double pOn = onProbability();
        return onRatePerSecond * pOn + offRatePerSecond * (1 - pOn);
    }

    @Override
    public String describe() {
        return "MMPP, " + Numbers.plain(onRatePerSecond) + " per second for " + TimeSpans.format(meanOnUs) + " then "
                + Numbers.plain(offRatePerSecond) + " per second for " + TimeSpans.format(meanOffUs) + " on average";
    }

    @Override
    public InvocationSource open(UniformRandomProvider rng, long horizonUs) {
        return new Source(this, rng, horizonUs);
    }

    private static final class Source implements InvocationSource {

        private final UniformRandomProvider rng;
        private final ContinuousSampler exponential;
        private final long horizonUs;
        private final double[] meanGapUs = new double[2];
        private final double[] meanSojournUs = new double[2];

        private int state;
        private long t;
        private long stateEndUs;

        Source(MmppWorkload w, UniformRandomProvider rng, long horizonUs) {
            this.rng = rng;
            this.exponential = ZigguratSampler.Exponential.of(rng);
            this.horizonUs = horizonUs;
            meanGapUs[ON] = w.onRatePerSecond > 0 ? 1e6 / w.onRatePerSecond : Double.POSITIVE_INFINITY;
            meanGapUs[OFF] = w.offRatePerSecond > 0 ? 1e6 / w.offRatePerSecond : Double.POSITIVE_INFINITY;
            meanSojournUs[ON] = w.meanOnUs;
            meanSojournUs[OFF] = w.meanOffUs;
            state = rng.nextDouble() < w.onProbability() ? ON : OFF;
            stateEndUs = sojournUs();
        }

        private static final int ON = 0;
        private static final int OFF = 1;

        private long sojournUs() {
            return Math.round(Math.min(exponential.sample() * meanSojournUs[state], 1e15));
        }

        @Override
        public long nextArrivalUs() {
            while (t <= horizonUs) {
                double mean = meanGapUs[state];
                if (mean < Double.POSITIVE_INFINITY) {
                    long candidate = t + Math.round(Math.min(exponential.sample() * mean, 1e15));
                    if (candidate < stateEndUs) {
                        t = candidate;
                        if (t > horizonUs) {
                            break;
                        }
                        return t;
                    }
                }
                // The state ends before the next arrival: switch, and draw the next gap afresh.
                t = stateEndUs;
                state = 1 - state;
                stateEndUs = t + sojournUs();
            }
            t = END;
            return END;
        }
    }
}
