package io.lambdasim.model.breakeven;

import java.math.BigDecimal;
import java.util.TreeSet;

/**
 * Traffic volumes in requests a month, and their conversion to a mean rate.
 *
 * <p>A month here is <b>730 hours</b> (8,760 hours a year / 12), the month the AWS Pricing Calculator and EC2's
 * monthly prices use, so a mean rate of 1 request per second is 2,628,000 requests a month. (Lambda's own bill does
 * not depend on the length of the month, only on the requests and their durations; the length matters where traffic
 * becomes a rate: EC2 capacity, instance hours.)
 */
public final class MonthlyVolume {

    /** Hours in the month used to turn volumes into rates and hourly prices into monthly ones. */
    public static final int HOURS_PER_MONTH = 730;
    /** Seconds in that month: 730 × 3,600 = 2,628,000. */
    public static final long SECONDS_PER_MONTH = HOURS_PER_MONTH * 3_600L;
    /** {@link #HOURS_PER_MONTH} as a decimal, for money. */
    public static final BigDecimal HOURS_PER_MONTH_DECIMAL = BigDecimal.valueOf(HOURS_PER_MONTH);
    /** {@link #SECONDS_PER_MONTH} as a decimal. */
    public static final BigDecimal SECONDS_PER_MONTH_DECIMAL = BigDecimal.valueOf(SECONDS_PER_MONTH);

    private MonthlyVolume() {
    }

    /** The mean rate, in requests per second, of {@code requestsPerMonth} spread evenly over a 730-hour month. */
    public static double meanRequestsPerSecond(long requestsPerMonth) {
        return requestsPerMonth / (double) SECONDS_PER_MONTH;
    }

    /**
     * {@code points} volumes log-spaced between {@code fromFactor × base} and {@code toFactor × base}, each rounded to
     * a whole request: {@code round(base × from × (to / from)^(i / (points − 1)))}, i = 0 … points − 1, the two ends
     * exact. Volumes that round to the same number (a small base, many points) appear once, so the result may be
     * shorter than {@code points}; it is strictly increasing.
     *
     * @param baseRequestsPerMonth the base workload's volume, {@code > 0}
     * @param fromFactor           the smallest scale factor, {@code > 0} (0.01 for 1 % of the base)
     * @param toFactor             the largest scale factor, {@code > fromFactor} (100 for 100 times the base)
     * @param points               at least 2
     */
    public static long[] logSpaced(long baseRequestsPerMonth, double fromFactor, double toFactor, int points) {
        if (baseRequestsPerMonth <= 0) {
            throw new IllegalArgumentException("the base volume must be positive, was " + baseRequestsPerMonth);
        }
        if (!(fromFactor > 0) || !(toFactor > fromFactor) || Double.isInfinite(toFactor)) {
            throw new IllegalArgumentException("scale factors must satisfy 0 < from < to, were " + fromFactor + " and "
                    + toFactor);
        }
        if (points < 2) {
            throw new IllegalArgumentException("a log-spaced grid needs at least 2 points, was " + points);
        }
        double high = baseRequestsPerMonth * toFactor;
        if (high >= Long.MAX_VALUE / 2.0) {
            throw new IllegalArgumentException("the largest volume, " + high + " requests a month, is too large");
        }
        double logStep = Math.log(toFactor / fromFactor) / (points - 1);
        long[] volumes = new long[points];
        for (int i = 0; i < points; i++) {
            double factor = i == 0 ? fromFactor : i == points - 1 ? toFactor : fromFactor * Math.exp(logStep * i);
            volumes[i] = Math.round(baseRequestsPerMonth * factor);
        }
        return union(volumes);
    }

    /**
     * The sorted union of volume grids, each volume once: for example a log-spaced grid plus the volumes on both sides
     * of each step of a fleet ({@link FixedFleetCostModel#stepVolumes}), so that every step is bracketed exactly.
     */
    public static long[] union(long[]... grids) {
        TreeSet<Long> all = new TreeSet<>();
        for (long[] grid : grids) {
            for (long v : grid) {
                if (v < 0) {
                    throw new IllegalArgumentException("a volume cannot be negative, was " + v);
                }
                all.add(v);
            }
        }
        return all.stream().mapToLong(Long::longValue).toArray();
    }
}
