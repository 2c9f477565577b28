package io.lambdasim.model.ec2;

import java.util.Arrays;

/**
 * What a fleet used over a whole run (warm-up included), in exact integers: the input of {@link FleetBilling}.
 *
 * @param horizonUs         the run's length (a load balancer is billed for every hour or partial hour of it)
 * @param unitSeconds       billed unit-seconds: each unit's life rounded up to the second, at least 60 s for a unit
 *                          launched and terminated within the run; units still running at the end count to the end
 * @param initialUnits      units in service at time 0
 * @param launches          units launched during the run
 * @param terminations      units terminated during the run
 * @param requests          requests that reached the front door (served, rejected, abandoned or still waiting)
 * @param requestsPerHour   the same, per clock hour of the run (the last hour may be partial)
 * @param inFlightUsPerHour per clock hour, the integral of requests in the fleet (in service or waiting) over time, in
 *                          request-µs: divided by the hour it is the mean number of requests in flight
 */
public record FleetUsage(long horizonUs, long unitSeconds, int initialUnits, long launches, long terminations,
                         long requests, long[] requestsPerHour, long[] inFlightUsPerHour) {

    public static final long HOUR_US = 3_600_000_000L;

    public FleetUsage {
        if (horizonUs < 1 || unitSeconds < 0 || initialUnits < 0 || launches < 0 || terminations < 0 || requests < 0) {
            throw new IllegalArgumentException("negative usage");
        }
        requestsPerHour = requestsPerHour.clone();
        inFlightUsPerHour = inFlightUsPerHour.clone();
        long hours = hours(horizonUs);
        if (requestsPerHour.length != hours || inFlightUsPerHour.length != hours) {
            throw new IllegalArgumentException("a run of " + horizonUs + " µs has " + hours + " clock hours, not "
                    + requestsPerHour.length + " / " + inFlightUsPerHour.length);
        }
        if (Arrays.stream(requestsPerHour).sum() != requests) {
            throw new IllegalArgumentException("requests per hour do not add up to " + requests);
        }
    }

    /** Clock hours or partial hours of a run of {@code horizonUs}. */
    public static int hours(long horizonUs) {
        return Math.toIntExact((horizonUs + HOUR_US - 1) / HOUR_US);
    }

    @Override
    public long[] requestsPerHour() {
        return requestsPerHour.clone();
    }

    @Override
    public long[] inFlightUsPerHour() {
        return inFlightUsPerHour.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FleetUsage u && horizonUs == u.horizonUs && unitSeconds == u.unitSeconds
                && initialUnits == u.initialUnits && launches == u.launches && terminations == u.terminations
                && requests == u.requests && Arrays.equals(requestsPerHour, u.requestsPerHour)
                && Arrays.equals(inFlightUsPerHour, u.inFlightUsPerHour);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(unitSeconds) * 31 + Long.hashCode(requests) + 17 * Arrays.hashCode(requestsPerHour);
    }

    @Override
    public String toString() {
        return "FleetUsage[horizonUs=" + horizonUs + ", unitSeconds=" + unitSeconds + ", initialUnits="
                + initialUnits + ", launches=" + launches + ", terminations=" + terminations + ", requests="
                + requests + "]";
    }
}
