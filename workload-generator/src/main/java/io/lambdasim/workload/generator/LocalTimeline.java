package io.lambdasim.workload.generator;

import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * The local wall-clock time of every simulated microsecond, without allocating: the zone's offset changes between time
 * 0 and the horizon are looked up once, so that {@link #localUs(long)} is a binary search over a handful of entries.
 *
 * <p>Local time is counted in microseconds since 1970-01-01T00:00 <em>local</em>, so that {@code floorMod(localUs,
 * DAY_US)} is the time of day on the wall clock and {@code floorDiv(localUs, DAY_US)} the local date as an epoch day
 * (day 0 was a Thursday). Simulated times after the horizon keep the last offset. Immutable and thread-safe.
 */
final class LocalTimeline {

    static final long SECOND_US = 1_000_000L;
    static final long MINUTE_US = 60 * SECOND_US;
    static final long HOUR_US = 60 * MINUTE_US;
    static final long DAY_US = 24 * HOUR_US;
    /** The longest horizon whose offsets are looked up: 100 years. */
    static final long MAX_HORIZON_US = 100 * 366 * DAY_US;

    /** The UTC microseconds since the epoch of simulated time 0. */
    private final long startEpochUs;
    /** The simulated time at which segment i starts (segment 0 at {@code Long.MIN_VALUE}); ascending. */
    private final long[] fromUs;
    /** The zone's offset from UTC during segment i, in µs. */
    private final long[] offsetUs;

    LocalTimeline(WallClock clock, long horizonUs) {
        if (horizonUs < 0 || horizonUs > MAX_HORIZON_US) {
            throw new IllegalArgumentException("a wall-clock horizon must be 0 to 100 years, was " + horizonUs + " µs");
        }
        Instant start = clock.start();
        startEpochUs = Math.addExact(Math.multiplyExact(start.getEpochSecond(), SECOND_US), start.getNano() / 1_000);
        ZoneRules rules = clock.zone().getRules();
        long[] from = new long[4];
        long[] offsets = new long[4];
        from[0] = Long.MIN_VALUE;
        offsets[0] = rules.getOffset(start).getTotalSeconds() * SECOND_US;
        int n = 1;
        Instant end = start.plusSeconds(horizonUs / SECOND_US + 1);
        for (ZoneOffsetTransition t = rules.nextTransition(start); t != null && !t.getInstant().isAfter(end);
                t = rules.nextTransition(t.getInstant())) {
            if (n == from.length) {
                from = Arrays.copyOf(from, 2 * n);
                offsets = Arrays.copyOf(offsets, 2 * n);
            }
            Instant at = t.getInstant();
            from[n] = Math.multiplyExact(at.getEpochSecond(), SECOND_US) + at.getNano() / 1_000 - startEpochUs;
            offsets[n] = t.getOffsetAfter().getTotalSeconds() * SECOND_US;
            n++;
        }
        fromUs = Arrays.copyOf(from, n);
        offsetUs = Arrays.copyOf(offsets, n);
    }

    /** The local wall-clock time of simulated time {@code tUs}, in µs since 1970-01-01T00:00 local. */
    long localUs(long tUs) {
        return startEpochUs + tUs + offsetUs[segment(tUs)];
    }

    /** The index of the offset segment containing {@code tUs}. */
    int segment(long tUs) {
        if (fromUs.length == 1) {
            return 0;
        }
        int i = Arrays.binarySearch(fromUs, tUs);
        return i >= 0 ? i : -i - 2;
    }

    /** The number of offset segments (1 if the offset does not change before the horizon). */
    int segments() {
        return fromUs.length;
    }

    /** The simulated time at which segment {@code i} ends (exclusive), {@code Long.MAX_VALUE} for the last. */
    long segmentEndUs(int i) {
        return i + 1 < fromUs.length ? fromUs[i + 1] : Long.MAX_VALUE;
    }

    /** Simulated time of local time {@code localUs} under the offset of segment {@code i} (it may lie outside it). */
    long simulatedUs(long localUs, int i) {
        return localUs - offsetUs[i] - startEpochUs;
    }

    /** The local hour of the day, 0 to 23. */
    static int hourOfDay(long localUs) {
        return (int) (Math.floorMod(localUs, DAY_US) / HOUR_US);
    }

    /** The local day of the week, 0 for Monday to 6 for Sunday. */
    static int dayOfWeek(long localUs) {
        return (int) Math.floorMod(Math.floorDiv(localUs, DAY_US) + 3, 7L);
    }
}
