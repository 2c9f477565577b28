package io.lambdasim.workload.generator;

import io.lambdasim.workload.time.TimeSpans;

/**
 * A flash crowd: from simulated time {@code atUs} the rate is multiplied by {@code multiplier}, held for
 * {@code plateauUs}, then decays back to normal with a half-life of {@code halfLifeUs}. As a factor:
 * <pre>
 *   1                                        before atUs
 *   multiplier                               from atUs for plateauUs
 *   1 + (multiplier − 1) · 2^(−s / halfLife) s after the plateau (with halfLifeUs &gt; 0)
 *   1                                        after the plateau (with halfLifeUs = 0: a step back)
 * </pre>
 * so the excess over the normal rate halves every half-life. A multiplier below 1 is a dip (an outage upstream) that
 * recovers the same way. Overlapping spikes multiply.
 *
 * @param atUs       when the spike starts, in µs of simulated time from time 0, {@code >= 0}
 * @param multiplier the factor at the start, above 0 and at most 10,000 (2 doubles the rate)
 * @param plateauUs  how long the full multiplier lasts, {@code >= 0}
 * @param halfLifeUs the half-life of the decay after the plateau, {@code >= 0}; 0 for none (the rate steps back)
 */
public record Spike(long atUs, double multiplier, long plateauUs, long halfLifeUs) implements RateFactor {

    /** The largest multiplier accepted. */
    public static final double MAX_MULTIPLIER = 10_000;

    public Spike {
        if (atUs < 0) {
            throw new IllegalArgumentException("a spike cannot start before time 0, was at " + atUs + " µs");
        }
        if (!(multiplier > 0 && multiplier <= MAX_MULTIPLIER)) {
            throw new IllegalArgumentException("a spike's multiplier must be above 0 and at most "
                    + (int) MAX_MULTIPLIER + ", was " + multiplier);
        }
        if (plateauUs < 0 || halfLifeUs < 0) {
            throw new IllegalArgumentException("a spike's plateau and half-life cannot be negative");
        }
        if (plateauUs == 0 && halfLifeUs == 0) {
            throw new IllegalArgumentException("a spike needs a plateau or a half-life (or both); with neither it "
                    + "would last no time");
        }
    }

    /** A spike that decays from its start with a half-life. */
    public static Spike decaying(long atUs, double multiplier, long halfLifeUs) {
        return new Spike(atUs, multiplier, 0, halfLifeUs);
    }

    /** A spike that holds its multiplier for {@code plateauUs}, then steps back. */
    public static Spike plateau(long atUs, double multiplier, long plateauUs) {
        return new Spike(atUs, multiplier, plateauUs, 0);
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder("×").append(Numbers.plain(multiplier)).append(" at ")
                .append(TimeSpans.format(atUs));
        if (plateauUs > 0) {
            sb.append(" for ").append(TimeSpans.format(plateauUs));
        }
        if (halfLifeUs > 0) {
            sb.append(plateauUs > 0 ? ", then" : ",").append(" half-life ").append(TimeSpans.format(halfLifeUs));
        }
        return sb.toString();
    }
}
