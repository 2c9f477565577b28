package io.lambdasim.model.ec2;

import io.lambdasim.model.capacity.LatencySummary;
import org.HdrHistogram.Histogram;

/**
 * The statistics of one fleet run, collected as it goes in fixed-size state: counters, latency and waiting-time
 * histograms, time integrals of the fleet's levels, the scaling metric of the current period, per-hour figures for the
 * load balancer, and time-series bins. Request counters go by arrival time (a request that arrived after the warm-up
 * counts, whenever it was served or dropped); time integrals cover [warm-up, horizon]; bins and hours cover the run.
 */
final class FleetCollector {

    /** Latencies and waits up to 32 days, in µs, 3 significant digits; longer ones are recorded as 32 days. */
    private static final long MAX_RECORDED_US = 32L * 86_400_000_000L;

    final long warmupUs;
    final long horizonUs;
    final long binUs;
    private final int maxCapacity;

    // Requests that arrived after the warm-up.
    long arrivals;
    long served;
    long rejected;
    long abandoned;
    long waited;
    long waitSumUs;
    final Histogram latency = new Histogram(1, MAX_RECORDED_US, 3);
    final Histogram wait = new Histogram(1, MAX_RECORDED_US, 3);

    // Current levels.
    int busy;
    int busyServing;
    int queue;
    int units;
    int serving;
    int capacity;

    // Integrals after warm-up, in level × µs.
    private long lastUs;
    long busyIntegral;
    long busyServingIntegral;
    long servingIntegral;
    long unitsIntegral;
    long queueIntegral;
    long atMaximumUs;
    int peakUnits;
    int peakQueue;

    // The scaling metric of the current period (whole run).
    private long metricBusy;
    private long metricServing;

    // Per clock hour (whole run).
    final long[] hourRequests;
    final long[] hourInFlightUs;
    private int hour;
    private long hourEndUs;

    // Bins (whole run).
    private final long[] binArrivals;
    private final long[] binServed;
    private final long[] binRejected;
    private final long[] binAbandoned;
    private final long[] binUnits;
    private final long[] binServing;
    private final long[] binBusy;
    private final long[] binQueue;
    private final int[] binMaxQueue;
    private int bin;
    private long binEndUs;

    /** @param maxCapacity units at which the fleet is at its maximum ({@link Integer#MAX_VALUE}: never) */
    FleetCollector(long warmupUs, long horizonUs, long binUs, int maxCapacity) {
        this.warmupUs = warmupUs;
        this.horizonUs = horizonUs;
        this.binUs = binUs;
        this.maxCapacity = maxCapacity;
        int bins = Math.toIntExact((horizonUs + binUs - 1) / binUs);
        binArrivals = new long[bins];
        binServed = new long[bins];
        binRejected = new long[bins];
        binAbandoned = new long[bins];
        binUnits = new long[bins];
        binServing = new long[bins];
        binBusy = new long[bins];
        binQueue = new long[bins];
        binMaxQueue = new int[bins];
        binEndUs = Math.min(binUs, horizonUs);
        int hours = FleetUsage.hours(horizonUs);
        hourRequests = new long[hours];
        hourInFlightUs = new long[hours];
        hourEndUs = FleetUsage.HOUR_US;
    }

    /** Integrates the current levels up to {@code nowUs}; call before changing any level at that time. */
    void advanceTo(long nowUs) {
        long last = lastUs;
        if (nowUs <= last) {
            return;
        }
        long from = Math.max(last, warmupUs);
        if (nowUs > from) {
            long dt = nowUs - from;
            busyIntegral += busy * dt;
            busyServingIntegral += busyServing * dt;
            servingIntegral += serving * dt;
            unitsIntegral += units * dt;
            queueIntegral += queue * dt;
            if (capacity >= maxCapacity) {
                atMaximumUs += dt;
            }
            if (last < warmupUs) {
                peakUnits = Math.max(peakUnits, units);
                peakQueue = Math.max(peakQueue, queue);
            }
        }
        long all = nowUs - last;
        metricBusy += busyServing * all;
        metricServing += serving * all;
        long t = last;
        while (nowUs >= binEndUs && bin < binArrivals.length - 1) {
            closeBinSegment(binEndUs - t);
            t = binEndUs;
            bin++;
            binEndUs = Math.min(binEndUs + binUs, horizonUs);
            binMaxQueue[bin] = queue;
        }
        closeBinSegment(nowUs - t);
        long inFlight = busy + queue;
        t = last;
        while (nowUs >= hourEndUs && hour < hourRequests.length - 1) {
            hourInFlightUs[hour] += inFlight * (hourEndUs - t);
            t = hourEndUs;
            hour++;
            hourEndUs += FleetUsage.HOUR_US;
        }
        hourInFlightUs[hour] += inFlight * (nowUs - t);
        lastUs = nowUs;
    }

    private void closeBinSegment(long dt) {
        binUnits[bin] += units * dt;
        binServing[bin] += serving * dt;
        binBusy[bin] += busy * dt;
        binQueue[bin] += queue * dt;
    }

    private int binOf(long timeUs) {
        return (int) Math.min(timeUs / binUs, binArrivals.length - 1);
    }

    /** The busy-slot integral of the metric period that ends now, and a new period started. */
    long takeMetricBusy() {
        long v = metricBusy;
        metricBusy = 0;
        return v;
    }

    /** The in-service-unit integral of the metric period that ends now, and a new period started. */
    long takeMetricServing() {
        long v = metricServing;
        metricServing = 0;
        return v;
    }

    void arrival(long timeUs) {
        binArrivals[binOf(timeUs)]++;
        hourRequests[(int) Math.min(timeUs / FleetUsage.HOUR_US, hourRequests.length - 1)]++;
        if (timeUs >= warmupUs) {
            arrivals++;
        }
    }

    void rejected(long timeUs) {
        binRejected[binOf(timeUs)]++;
        if (timeUs >= warmupUs) {
            rejected++;
        }
    }

    void queued() {
        queue++;
        if (queue > peakQueue && lastUs >= warmupUs) {
            peakQueue = queue;
        }
        if (queue > binMaxQueue[bin]) {
            binMaxQueue[bin] = queue;
        }
    }

    void abandoned(long nowUs, long arrivalUs) {
        queue--;
        binAbandoned[binOf(nowUs)]++;
        if (arrivalUs >= warmupUs) {
            abandoned++;
        }
    }

    /** A request starts service now on a unit in service; {@code fromQueue} when it waited in the queue. */
    void started(long nowUs, long arrivalUs, long serviceUs, boolean fromQueue) {
        if (fromQueue) {
            queue--;
        }
        busy++;
        busyServing++;
        binServed[binOf(nowUs)]++;
        if (arrivalUs < warmupUs) {
            return;
        }
        served++;
        long waitUs = nowUs - arrivalUs;
        if (waitUs > 0) {
            waited++;
            waitSumUs = Math.addExact(waitSumUs, waitUs);
        }
        wait.recordValue(Math.min(waitUs, MAX_RECORDED_US));
        latency.recordValue(Math.max(1, Math.min(waitUs + serviceUs, MAX_RECORDED_US)));
    }

    /** A request ends on a unit that is in service ({@code inService}) or draining. */
    void completed(boolean inService) {
        busy--;
        if (inService) {
            busyServing--;
        }
    }

    void unitLaunched() {
        units++;
        capacity++;
        if (units > peakUnits && lastUs >= warmupUs) {
            peakUnits = units;
        }
    }

    void unitInService() {
        serving++;
    }

    /** A unit with {@code busyOnIt} requests in service leaves service (drains). */
    void unitDraining(int busyOnIt) {
        serving--;
        capacity--;
        busyServing -= busyOnIt;
    }

    void unitTerminated() {
        units--;
    }

    FleetTimeSeries timeSeries() {
        int n = binArrivals.length;
        double[] units = new double[n];
        double[] serving = new double[n];
        double[] busy = new double[n];
        double[] queue = new double[n];
        for (int i = 0; i < n; i++) {
            double width = Math.min((long) (i + 1) * binUs, horizonUs) - (long) i * binUs;
            units[i] = binUnits[i] / width;
            serving[i] = binServing[i] / width;
            busy[i] = binBusy[i] / width;
            queue[i] = binQueue[i] / width;
        }
        return new FleetTimeSeries(binUs, binArrivals.clone(), binServed.clone(), binRejected.clone(),
                binAbandoned.clone(), units, serving, busy, queue, binMaxQueue.clone());
    }
}
