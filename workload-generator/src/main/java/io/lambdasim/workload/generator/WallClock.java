package io.lambdasim.workload.generator;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Where simulated time 0 lies on the calendar: the instant it stands for and the time zone in which daily and weekly
 * patterns and clock-time schedules are read, daylight-saving changes included. A scenario's {@code start} and
 * {@code time_zone}; the scenario reader hands them to every workload that follows the calendar.
 *
 * @param start the wall-clock instant of simulated time 0 (used to the microsecond; finer parts are dropped)
 * @param zone  the zone whose local time places peaks, weekdays and schedules
 */
public record WallClock(Instant start, ZoneId zone) {

    public WallClock {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
    }

    /** Simulated time 0 at {@code start}, read in UTC. */
    public static WallClock utc(Instant start) {
        return new WallClock(start, ZoneOffset.UTC);
    }

    /** The local times of simulated times 0 to {@code horizonUs} (and beyond, at the last offset), precomputed. */
    LocalTimeline timeline(long horizonUs) {
        return new LocalTimeline(this, horizonUs);
    }
}
