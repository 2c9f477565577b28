package io.lambdasim.workload.generator;

import java.util.List;

/**
 * The rate λ(t) of a {@link ProfileWorkload} over one horizon, ready to evaluate: base rate × daily factor × weekly
 * factor × growth × each spike, with the wall clock's offsets and the normalised weights looked up once. Evaluating
 * allocates nothing. Immutable and thread-safe; also meant for drawing the expected rate next to a simulation's time
 * series.
 *
 * <p>For thinning it also holds, for each segment of simulated time (segments of {@link #segmentUs()}: 1 s to 15
 * minutes, 4,096 of them over a day, 35,136 over 366 days), an upper <em>bound</em> and a lower bound of λ: the
 * products of each factor's maximum and of each factor's minimum over the segment. Every factor's extremes over a
 * segment are exact: a daily curve's at the segment's ends unless its peak (or trough) falls inside, hourly and weekly
 * weights over the hours and the day the segment covers, growth at its ends, a spike where it starts or at an end. (A
 * segment in which the zone's offset changes takes the daily and weekly factors' extremes over the whole day and week.)
 * Because each factor is evaluated by the same code for the bounds as for λ, and floating-point multiplication and
 * Java's {@code cos} and {@code exp} round monotonically, {@code lower <= λ(t) <= bound} holds exactly for every
 * {@code t} of the segment. {@link #maxRatePerSecond()} is the product of each factor's maximum over the whole horizon.
 */
public final class RateProfile {

    private static final double LN2 = Math.log(2);
    private static final long MIN_SEGMENT_US = LocalTimeline.SECOND_US;
    private static final long MAX_SEGMENT_US = 15 * LocalTimeline.MINUTE_US;
    private static final int TARGET_SEGMENTS = 4096;
    private static final int MAX_SEGMENTS = 1 << 16;

    private final long horizonUs;
    private final double base;
    private final LocalTimeline timeline;

    private final boolean dailyCurve;
    private final double amplitude;
    private final double peakHour;
    private final double[] hourly;
    private final double dailyMax;
    private final double dailyMin;
    private final double[] weekly;
    private final double weeklyMax;
    private final double weeklyMin;

    private final boolean growth;
    private final boolean linearGrowth;
    private final double growthPerUs;

    private final long[] spikeAt;
    private final long[] spikePlateau;
    private final double[] spikeMultiplier;
    private final double[] spikeDecayPerUs;

    private final long segmentUs;
    private final double[] bounds;
    private final double[] lowers;
    private final double maxRate;

    RateProfile(ProfileWorkload workload, long horizonUs) {
        if (horizonUs < 0 || horizonUs > LocalTimeline.MAX_HORIZON_US) {
            throw new IllegalArgumentException("a profile's horizon must be 0 to 100 years, was " + horizonUs + " µs");
        }
        this.horizonUs = horizonUs;
        base = workload.baseRatePerSecond();
        boolean curve = false;
        double a = 0;
        double peak = 0;
        double[] byHour = null;
        double[] byDay = null;
        boolean grows = false;
        boolean linear = false;
        double perUs = 0;
        List<Spike> spikes = workload.spikes();
        for (RateFactor f : workload.factors()) {
            if (f instanceof DailyCurve d) {
                curve = true;
                a = d.amplitude();
                peak = d.peakHour();
            } else if (f instanceof HourlyWeights h) {
                byHour = Weights.normalised(h.weights());
            } else if (f instanceof WeeklyWeights w) {
                byDay = Weights.normalised(w.weights());
            } else if (f instanceof Growth g) {
                grows = true;
                linear = g.shape() == Growth.Shape.LINEAR;
                perUs = linear ? g.perMonth() / Growth.MONTH_US : Math.log1p(g.perMonth()) / Growth.MONTH_US;
            }
        }
        dailyCurve = curve;
        amplitude = a;
        peakHour = peak;
        hourly = byHour;
        weekly = byDay;
        dailyMax = curve ? curveAt(0) : byHour != null ? Weights.max(byHour) : 1;
        dailyMin = curve ? curveAt(Math.PI) : byHour != null ? Weights.min(byHour) : 1;
        weeklyMax = byDay != null ? Weights.max(byDay) : 1;
        weeklyMin = byDay != null ? Weights.min(byDay) : 1;
        growth = grows;
        linearGrowth = linear;
        growthPerUs = perUs;
        timeline = curve || byHour != null || byDay != null ? workload.wallClock().timeline(horizonUs) : null;

        int n = spikes.size();
        spikeAt = new long[n];
        spikePlateau = new long[n];
        spikeMultiplier = new double[n];
        spikeDecayPerUs = new double[n];
        for (int i = 0; i < n; i++) {
            Spike s = spikes.get(i);
            spikeAt[i] = s.atUs();
            spikePlateau[i] = s.plateauUs();
            spikeMultiplier[i] = s.multiplier();
            spikeDecayPerUs[i] = s.halfLifeUs() > 0 ? LN2 / s.halfLifeUs() : 0;
        }

        long span = horizonUs + 1;
        // Short segments keep the bound tight (few rejected candidates); their number stays bounded for long horizons.
        segmentUs = Math.max(Math.max(MIN_SEGMENT_US, Math.min(MAX_SEGMENT_US, ceilDiv(span, TARGET_SEGMENTS))),
                ceilDiv(span, MAX_SEGMENTS));
        int segments = (int) ceilDiv(span, segmentUs);
        bounds = new double[segments];
        lowers = new double[segments];
        double[] calendar = new double[4];
        for (int i = 0; i < segments; i++) {
            long from = i * segmentUs;
            long to = Math.min(from + segmentUs - 1, horizonUs);
            calendarRange(from, to, calendar);
            bounds[i] = bound(from, to, calendar[0], calendar[2]);
            lowers[i] = lower(from, to, calendar[1], calendar[3]);
        }
        maxRate = bound(0, horizonUs, dailyMax, weeklyMax);
        if (Double.isInfinite(maxRate) || Double.isNaN(maxRate)) {
            throw new IllegalArgumentException("the rate grows beyond any number over this horizon: "
                    + workload.describe());
        }
    }

    /** The rate in arrivals per second at simulated time {@code tUs}. */
    public double ratePerSecondAt(long tUs) {
        double rate = base;
        if (timeline != null) {
            long local = timeline.localUs(tUs);
            rate *= dailyAt(local);
            rate *= weeklyAt(local);
        }
        if (growth) {
            rate *= growthAt(tUs);
        }
        for (int i = 0; i < spikeAt.length; i++) {
            rate *= spikeAt(i, tUs);
        }
        return rate;
    }

    /**
     * The largest rate the profile can reach up to the horizon as thinning bounds it: the base rate times each factor's
     * maximum (the daily peak, the busiest weekday, the larger end of the growth, each spike's multiplier). It is
     * reached when the peaks coincide, and is never below {@link #ratePerSecondAt}.
     */
    public double maxRatePerSecond() {
        return maxRate;
    }

    /** The horizon this profile was prepared for, in µs. */
    public long horizonUs() {
        return horizonUs;
    }

    /** The length of the segments of simulated time that have their own bound, in µs. */
    long segmentUs() {
        return segmentUs;
    }

    /** The number of segments; they cover 0 to the horizon. */
    int segmentCount() {
        return bounds.length;
    }

    /** The upper bound of the rate in segment {@code i}, per second. */
    double boundPerSecond(int i) {
        return bounds[i];
    }

    /** The lower bound of the rate in segment {@code i}, per second. */
    double lowerPerSecond(int i) {
        return lowers[i];
    }

    /** The product of each factor's maximum over {@code [fromUs, toUs]}, in the order of {@link #ratePerSecondAt}. */
    private double bound(long fromUs, long toUs, double daily, double weeklyFactor) {
        double b = base;
        if (timeline != null) {
            b *= daily;
            b *= weeklyFactor;
        }
        if (growth) {
            b *= Math.max(growthAt(fromUs), growthAt(toUs));
        }
        for (int i = 0; i < spikeAt.length; i++) {
            b *= spikeMax(i, fromUs, toUs);
        }
        return b;
    }

    /** The product of each factor's minimum over {@code [fromUs, toUs]}, in the order of {@link #ratePerSecondAt}. */
    private double lower(long fromUs, long toUs, double daily, double weeklyFactor) {
        double b = base;
        if (timeline != null) {
            b *= daily;
            b *= weeklyFactor;
        }
        if (growth) {
            b *= Math.min(growthAt(fromUs), growthAt(toUs));
        }
        for (int i = 0; i < spikeAt.length; i++) {
            b *= spikeMin(i, fromUs, toUs);
        }
        return b;
    }

    /**
     * The daily and weekly factors' extremes over simulated times {@code [fromUs, toUs]} (at most a day apart) into
     * {@code out}: daily maximum, daily minimum, weekly maximum, weekly minimum.
     */
    private void calendarRange(long fromUs, long toUs, double[] out) {
        out[0] = dailyMax;
        out[1] = dailyMin;
        out[2] = weeklyMax;
        out[3] = weeklyMin;
        if (timeline == null || timeline.segment(fromUs) != timeline.segment(toUs)) {
            return; // no calendar factor, or the offset changes within: the extremes over the whole day and week
        }
        long from = timeline.localUs(fromUs);
        long to = timeline.localUs(toUs);
        long day = Math.floorDiv(from, LocalTimeline.DAY_US);
        if (day == Math.floorDiv(to, LocalTimeline.DAY_US)) {
            dayRange(from, to, out);
        } else { // across local midnight: the end of one day, the start of the next
            long midnight = (day + 1) * LocalTimeline.DAY_US;
            double[] second = new double[4];
            dayRange(from, midnight - 1, out);
            dayRange(midnight, to, second);
            out[0] = Math.max(out[0], second[0]);
            out[1] = Math.min(out[1], second[1]);
            out[2] = Math.max(out[2], second[2]);
            out[3] = Math.min(out[3], second[3]);
        }
    }

    /** The calendar factors' extremes over local times {@code [from, to]} of one local day (see calendarRange). */
    private void dayRange(long from, long to, double[] out) {
        if (dailyCurve) {
            // The angle grows with the time of day; the cosine is monotone between its peak (0) and troughs (±π).
            double a = angle(from);
            double b = angle(to);
            double atA = curveAt(a);
            double atB = curveAt(b);
            out[0] = a <= 0 && 0 <= b ? dailyMax : Math.max(atA, atB);
            out[1] = a <= -Math.PI && -Math.PI <= b || a <= Math.PI && Math.PI <= b ? dailyMin : Math.min(atA, atB);
        } else if (hourly != null) {
            double max = 0;
            double min = Double.POSITIVE_INFINITY;
            for (int h = LocalTimeline.hourOfDay(from); h <= LocalTimeline.hourOfDay(to); h++) {
                max = Math.max(max, hourly[h]);
                min = Math.min(min, hourly[h]);
            }
            out[0] = max;
            out[1] = min;
        } else {
            out[0] = 1;
            out[1] = 1;
        }
        double w = weeklyAt(from);
        out[2] = w;
        out[3] = w;
    }

    /** The daily factor at local time {@code local}. */
    private double dailyAt(long local) {
        if (dailyCurve) {
            return curveAt(angle(local));
        }
        return hourly != null ? hourly[LocalTimeline.hourOfDay(local)] : 1;
    }

    /** The angle of the daily curve at local time {@code local}: 2π (h − peakHour) / 24, in (−2π, 2π). */
    private double angle(long local) {
        double hour = (double) Math.floorMod(local, LocalTimeline.DAY_US) / LocalTimeline.HOUR_US;
        return 2 * Math.PI * (hour - peakHour) / 24;
    }

    /** The daily curve at {@code angle}: 1 + a cos(angle), the cosine kept within [−1, 1]. */
    private double curveAt(double angle) {
        return 1 + amplitude * Math.max(-1, Math.min(1, Math.cos(angle)));
    }

    /** The weekly factor at local time {@code local}. */
    private double weeklyAt(long local) {
        return weekly != null ? weekly[LocalTimeline.dayOfWeek(local)] : 1;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private double growthAt(long tUs) {
        return linearGrowth ? Math.max(0, 1 + growthPerUs * tUs) : Math.exp(growthPerUs * tUs);
    }

    private double spikeAt(int i, long tUs) {
        long since = tUs - spikeAt[i];
        if (since < 0) {
            return 1;
        }
        if (since < spikePlateau[i]) {
            return spikeMultiplier[i];
        }
        if (spikeDecayPerUs[i] == 0) {
            return 1;
        }
        double m = spikeMultiplier[i];
        double v = 1 + (m - 1) * Math.exp(-spikeDecayPerUs[i] * (since - spikePlateau[i]));
        // Clamped to the multiplier so that rounding cannot put the start of the decay above (or below) the plateau.
        return m >= 1 ? Math.min(v, m) : Math.max(v, m);
    }

    /**
     * The spike's maximum over {@code [fromUs, toUs]}. A spike above 1 is 1 before its start and does not increase
     * after it; one below 1 falls then rises, so its maximum is at an end.
     */
    private double spikeMax(int i, long fromUs, long toUs) {
        if (spikeMultiplier[i] >= 1) {
            return toUs < spikeAt[i] ? 1 : spikeAt(i, Math.max(fromUs, spikeAt[i]));
        }
        return Math.max(spikeAt(i, fromUs), spikeAt(i, toUs));
    }

    /** The spike's minimum over {@code [fromUs, toUs]}, the mirror image of {@link #spikeMax}. */
    private double spikeMin(int i, long fromUs, long toUs) {
        if (spikeMultiplier[i] >= 1) {
            return Math.min(spikeAt(i, fromUs), spikeAt(i, toUs));
        }
        return toUs < spikeAt[i] ? 1 : spikeAt(i, Math.max(fromUs, spikeAt[i]));
    }
}
