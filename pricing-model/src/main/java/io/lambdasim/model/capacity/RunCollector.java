package io.lambdasim.model.capacity;

import org.HdrHistogram.Histogram;

/**
 * The statistics of one run, collected as it goes in fixed-size state: counters, latency histograms, time integrals of
 * the environment counts, and time-series bins. Counts and averages ignore the warm-up; the bins cover the whole run.
 */
final class RunCollector {

    /** Latencies up to 8 hours (an asynchronous event may wait 6 h for a slot), in µs, 3 significant digits. */
    private static final long MAX_LATENCY_US = 8L * 3_600_000_000L;
    static final int CONCURRENCY_CELLS = 4097;

    final long warmupUs;
    final long horizonUs;
    final long binUs;

    // Counters (after warm-up).
    long invocations;
    long served;
    long coldStarts;
    long pcServed;
    long spillover;
    long throttles;
    long syncThrottles;
    long retries;
    long drops;
    long timeouts;

    final Histogram warm = new Histogram(1, MAX_LATENCY_US, 3);
    final Histogram cold = new Histogram(1, MAX_LATENCY_US, 3);

    // Current levels.
    int busy;
    int environments;
    int pcBusy;
    int pcLevel;
    int peakConcurrency;
    /** Σ over functions of PC level × that function's PC price per µs: the PC cost rate. */
    double pcCostPerUs;

    // Time integrals after warm-up, in level × µs.
    private long lastUs;
    long busyIntegral;
    long envIntegral;
    long pcBusyIntegral;
    long pcLevelIntegral;

    /** Time spent at each concurrency after warm-up (the last cell collects everything at or above it). */
    final long[] timeAtConcurrency = new long[CONCURRENCY_CELLS];

    // Bins.
    private final long[] binInvocations;
    private final long[] binCold;
    private final long[] binThrottles;
    private final int[] binMax;
    private final long[] binBusyIntegral;
    private final long[] binEnvIntegral;
    private final double[] binCost;
    private int bin;
    private long binEndUs;

    RunCollector(long warmupUs, long horizonUs, long binUs) {
        this.warmupUs = warmupUs;
        this.horizonUs = horizonUs;
        this.binUs = binUs;
        int bins = (int) ((horizonUs + binUs - 1) / binUs);
        binInvocations = new long[bins];
        binCold = new long[bins];
        binThrottles = new long[bins];
        binMax = new int[bins];
        binBusyIntegral = new long[bins];
        binEnvIntegral = new long[bins];
        binCost = new double[bins];
        binEndUs = Math.min(binUs, horizonUs);
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
            envIntegral += environments * dt;
            pcBusyIntegral += pcBusy * dt;
            pcLevelIntegral += pcLevel * dt;
            timeAtConcurrency[Math.min(busy, CONCURRENCY_CELLS - 1)] += dt;
        }
        while (nowUs >= binEndUs && bin < binMax.length - 1) {
            closeBinSegment(binEndUs - last);
            last = binEndUs;
            bin++;
            binEndUs = Math.min(binEndUs + binUs, horizonUs);
            binMax[bin] = busy;
        }
        closeBinSegment(nowUs - last);
        lastUs = nowUs;
    }

    private void closeBinSegment(long dt) {
        binBusyIntegral[bin] += busy * dt;
        binEnvIntegral[bin] += environments * dt;
        binCost[bin] += pcCostPerUs * dt;
    }

    private int binOf(long timeUs) {
        int b = (int) (timeUs / binUs);
        return Math.min(b, binMax.length - 1);
    }

    void busyUp(boolean pc) {
        busy++;
        if (pc) {
            pcBusy++;
        }
        if (busy > peakConcurrency && lastUs >= warmupUs) {
            peakConcurrency = busy;
        }
        if (busy > binMax[bin]) {
            binMax[bin] = busy;
        }
    }

    void busyDown(boolean pc) {
        busy--;
        if (pc) {
            pcBusy--;
        }
    }

    void arrival(long timeUs) {
        binInvocations[binOf(timeUs)]++;
        if (timeUs >= warmupUs) {
            invocations++;
        }
    }

    void served(long timeUs, long latencyUs, boolean isCold, boolean pc, boolean spill, boolean timedOut,
                double costUsd) {
        int b = binOf(timeUs);
        binCost[b] += costUsd;
        if (isCold) {
            binCold[b]++;
        }
        if (timeUs < warmupUs) {
            return;
        }
        served++;
        if (isCold) {
            coldStarts++;
            cold.recordValue(Math.max(1, Math.min(latencyUs, MAX_LATENCY_US)));
        } else {
            warm.recordValue(Math.max(1, Math.min(latencyUs, MAX_LATENCY_US)));
        }
        if (pc) {
            pcServed++;
        }
        if (spill) {
            spillover++;
        }
        if (timedOut) {
            timeouts++;
        }
    }

    void throttled(long timeUs, boolean sync) {
        binThrottles[binOf(timeUs)]++;
        if (timeUs < warmupUs) {
            return;
        }
        throttles++;
        if (sync) {
            syncThrottles++;
        }
    }

    void retried(long timeUs) {
        if (timeUs >= warmupUs) {
            retries++;
        }
    }

    void dropped(long timeUs) {
        if (timeUs >= warmupUs) {
            drops++;
        }
    }

    /** The share of time (after warm-up) spent at each concurrency 0, 1, 2...; trailing zeros dropped. */
    double[] concurrencyDistribution() {
        int last = CONCURRENCY_CELLS - 1;
        while (last > 0 && timeAtConcurrency[last] == 0) {
            last--;
        }
        double total = horizonUs - warmupUs;
        double[] p = new double[last + 1];
        for (int i = 0; i <= last; i++) {
            p[i] = timeAtConcurrency[i] / total;
        }
        return p;
    }

    TimeSeries timeSeries() {
        int n = binMax.length;
        double[] meanConc = new double[n];
        double[] meanEnv = new double[n];
        for (int i = 0; i < n; i++) {
            long width = Math.min((long) (i + 1) * binUs, horizonUs) - (long) i * binUs;
            meanConc[i] = (double) binBusyIntegral[i] / width;
            meanEnv[i] = (double) binEnvIntegral[i] / width;
        }
        return new TimeSeries(binUs, binInvocations.clone(), binCold.clone(), binThrottles.clone(), binMax.clone(),
                meanConc, meanEnv, binCost.clone());
    }
}
