package io.lambdasim.workload.generator;

import io.lambdasim.workload.InvocationSource;
import io.lambdasim.workload.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A Poisson process whose rate changes over time: λ(t) = {@code baseRatePerSecond} × the product of its
 * {@linkplain RateFactor factors} at {@code t} (a daily cycle, a weekly cycle, growth, spikes). Arrivals are drawn by
 * thinning (Lewis and Shedler, 1979): candidates come as a homogeneous Poisson process at a bound λmax ≥ λ(t), and each
 * candidate at time {@code t} is kept with probability λ(t) / λmax, which leaves a Poisson process of rate λ(t): the
 * count in any window is Poisson with mean ∫λ(t)dt over the window, independently of other windows.
 *
 * <p>The bound is the product of each factor's maximum, taken per segment of at most 15 minutes of simulated time
 * (see {@link RateProfile}); at a segment's end the candidate process simply starts again at the next segment's bound,
 * which the memorylessness of exponential gaps allows. A spike's high bound therefore only costs candidates around the
 * spike, and a steep daily curve little more than a flat one. Each candidate's gap is an exponential draw rounded to
 * the microsecond, added to a {@code long} clock (ADR 0002), then a uniform draw decides (without evaluating λ when
 * it is below the segment's lower bound, the product of each factor's minimum); both draws come from the {@code rng}
 * given to {@link #open}, and nothing is allocated per candidate.
 *
 * <p>Daily and weekly factors are read on the wall clock of {@code wallClock} (the scenario's {@code start} and
 * {@code time_zone}); growth and spikes count simulated time from 0. Because the daily and weekly factors average 1,
 * the base rate is the average rate over a week before growth and spikes, so adding seasonality moves arrivals around
 * without changing how many there are.
 *
 * @param baseRatePerSecond the average rate before growth and spikes, above 0
 * @param factors           the factors, at most one daily ({@link DailyCurve} or {@link HourlyWeights}), one
 *                          {@link WeeklyWeights} and one {@link Growth}, any number of {@link Spike}s; stored in that
 *                          order (daily, weekly, growth, spikes as given), since the product does not depend on it
 * @param wallClock         where time 0 is on the calendar; it matters only with a daily or weekly factor
 */
public record ProfileWorkload(double baseRatePerSecond, List<RateFactor> factors, WallClock wallClock)
        implements Workload {

    public ProfileWorkload {
        if (!(baseRatePerSecond > 0) || Double.isInfinite(baseRatePerSecond)) {
            throw new IllegalArgumentException("the base rate must be a positive number per second, was "
                    + baseRatePerSecond);
        }
        Objects.requireNonNull(wallClock, "wallClock");
        factors = canonical(factors);
    }

    /** A profile of {@code baseRatePerSecond} times {@code factors}, read on {@code wallClock}. */
    public static ProfileWorkload of(double baseRatePerSecond, WallClock wallClock, RateFactor... factors) {
        return new ProfileWorkload(baseRatePerSecond, List.of(factors), wallClock);
    }

    private static List<RateFactor> canonical(List<RateFactor> factors) {
        RateFactor daily = null;
        RateFactor weekly = null;
        RateFactor growth = null;
        List<RateFactor> spikes = new ArrayList<>();
        for (RateFactor f : List.copyOf(factors)) {
            if (f instanceof DailyCurve || f instanceof HourlyWeights) {
                daily = only(daily, f, "daily cycle");
            } else if (f instanceof WeeklyWeights) {
                weekly = only(weekly, f, "weekly cycle");
            } else if (f instanceof Growth) {
                growth = only(growth, f, "growth");
            } else {
                spikes.add(f);
            }
        }
        List<RateFactor> out = new ArrayList<>();
        for (RateFactor f : new RateFactor[] {daily, weekly, growth}) {
            if (f != null) {
                out.add(f);
            }
        }
        out.addAll(spikes);
        return List.copyOf(out);
    }

    private static RateFactor only(RateFactor seen, RateFactor f, String what) {
        if (seen != null) {
            throw new IllegalArgumentException("a profile has at most one " + what + ", found " + seen.describe()
                    + " and " + f.describe());
        }
        return f;
    }

    /** The daily factor, a {@link DailyCurve} or {@link HourlyWeights}, if any. */
    public Optional<RateFactor> daily() {
        return factors.stream().filter(f -> f instanceof DailyCurve || f instanceof HourlyWeights).findFirst();
    }

    /** The weekly factor, if any. */
    public Optional<WeeklyWeights> weekly() {
        return factors.stream().filter(WeeklyWeights.class::isInstance).map(WeeklyWeights.class::cast).findFirst();
    }

    /** The growth, if any. */
    public Optional<Growth> growth() {
        return factors.stream().filter(Growth.class::isInstance).map(Growth.class::cast).findFirst();
    }

    /** The spikes, in their order. */
    public List<Spike> spikes() {
        return factors.stream().filter(Spike.class::isInstance).map(Spike.class::cast).toList();
    }

    /** Whether a factor is read on the wall clock (a daily or weekly cycle), so that {@link #wallClock} matters. */
    public boolean followsCalendar() {
        return daily().isPresent() || weekly().isPresent();
    }

    /** The rate over simulated times 0 to {@code horizonUs}, ready to evaluate (for thinning, or to draw it). */
    public RateProfile rate(long horizonUs) {
        return new RateProfile(this, horizonUs);
    }

    @Override
    public InvocationSource open(UniformRandomProvider rng, long horizonUs) {
        return new ThinnedArrivals(rate(horizonUs), rng);
    }

    /** The base rate, which the daily and weekly cycles keep as their average; NaN with growth (no long-run mean). */
    @Override
    public double meanRatePerSecond() {
        return growth().isPresent() ? Double.NaN : baseRatePerSecond;
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "profile, %s per second",
                Numbers.plain(baseRatePerSecond)));
        for (RateFactor f : factors) {
            sb.append("; ").append(f.describe());
        }
        return sb.toString();
    }
}
