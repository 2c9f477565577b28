package io.lambdasim.model.ec2;

import io.lambdasim.model.capacity.LatencySummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run (one replication) of a fleet reports. Request counts, latencies and averages cover the requests that
 * arrived after the warm-up and the time after it; the usage, the bill, the scaling events and the time series cover
 * the whole run. <strong>Read {@link #warnings()} first</strong>: a fleet that is cheap because it drops traffic says
 * so there, and {@link #unservedShare()} gives the share of requests it did not serve.
 *
 * @param slotsPerUnit         requests one unit serves at once
 * @param arrivals             requests that arrived (after the warm-up)
 * @param served               of those, requests that started service (they all finish, whatever their wait)
 * @param rejected             of those, requests rejected because the queue was full
 * @param abandoned            of those, requests that left the queue after waiting the request timeout
 * @param unfinished           of those, requests still waiting at the end of the run
 * @param latency              arrival to end of service, of the requests served
 * @param waiting              arrival to start of service (queueing delay), of the requests served
 * @param meanWaitMs           the exact mean queueing delay of the requests served
 * @param waitProbability      the share of requests served that waited at all
 * @param meanUnits            units billed (booting, in service, draining), time-averaged
 * @param meanServingUnits     units in service, time-averaged
 * @param peakUnits            the most units billed at once
 * @param meanBusySlots        requests in service, time-averaged
 * @param utilisation          busy slots over the slots of the units in service, time-weighted (the scaling metric)
 * @param meanQueue            requests waiting, time-averaged
 * @param peakQueue            the most requests waiting at once
 * @param timeAtMaximum        the share of time the fleet's capacity (booting and in service) was at its maximum
 *                             size: for a scaling fleet, a sign that the maximum is too low (0 for a fixed fleet)
 * @param warnings             plain sentences about unserved load and capacity limits, most important first
 */
public record FleetResult(int replication, String fleetName, String unitName, int slotsPerUnit, long arrivals,
                          long served, long rejected, long abandoned, long unfinished, LatencySummary latency,
                          LatencySummary waiting, double meanWaitMs, double waitProbability, double meanUnits,
                          double meanServingUnits, int peakUnits, double meanBusySlots, double utilisation,
                          double meanQueue, int peakQueue, double timeAtMaximum, List<ScalingEvent> scalingEvents,
                          FleetUsage usage, FleetBill bill, FleetTimeSeries timeSeries, List<String> warnings,
                          long events) {

    public FleetResult {
        scalingEvents = List.copyOf(scalingEvents);
        warnings = List.copyOf(warnings);
    }

    /** Requests not served: rejected, abandoned or still waiting at the end. */
    public long unserved() {
        return rejected + abandoned + unfinished;
    }

    /** The share of arrivals not served; 0 without arrivals. */
    public double unservedShare() {
        return share(unserved());
    }

    public double rejectedShare() {
        return share(rejected);
    }

    public double abandonedShare() {
        return share(abandoned);
    }

    public double servedShare() {
        return arrivals == 0 ? 1 : (double) served / arrivals;
    }

    /** Whether every request that arrived was served. */
    public boolean servedAll() {
        return unserved() == 0;
    }

    /** Billed unit-hours (instance-hours or task-hours) of the whole run. */
    public double unitHours() {
        return usage.unitSeconds() / 3600.0;
    }

    private double share(long n) {
        return arrivals == 0 ? 0 : (double) n / arrivals;
    }

    /** The scalar figures under stable names, in a stable order (for confidence intervals across replications). */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("arrivals", (double) arrivals);
        m.put("served", (double) served);
        m.put("rejected", (double) rejected);
        m.put("abandoned", (double) abandoned);
        m.put("unfinished", (double) unfinished);
        m.put("unserved_share", unservedShare());
        m.put("wait_probability", waitProbability);
        m.put("wait_ms.mean", meanWaitMs);
        m.put("wait_ms.p99", waiting.p99Ms());
        m.put("latency_ms.mean", latency.meanMs());
        m.put("latency_ms.p50", latency.p50Ms());
        m.put("latency_ms.p90", latency.p90Ms());
        m.put("latency_ms.p99", latency.p99Ms());
        m.put("latency_ms.max", latency.maxMs());
        m.put("mean_units", meanUnits);
        m.put("mean_serving_units", meanServingUnits);
        m.put("peak_units", (double) peakUnits);
        m.put("mean_busy_slots", meanBusySlots);
        m.put("utilisation", utilisation);
        m.put("mean_queue", meanQueue);
        m.put("peak_queue", (double) peakQueue);
        m.put("time_at_maximum", timeAtMaximum);
        m.put("unit_hours", unitHours());
        m.put("cost_usd", bill.totalUsd().doubleValue());
        return m;
    }
}
