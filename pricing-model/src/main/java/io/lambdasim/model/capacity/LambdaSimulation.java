package io.lambdasim.model.capacity;

import io.lambdasim.model.billing.BillingEngine;
import io.lambdasim.model.billing.FunctionBiller;
import io.lambdasim.model.billing.UsageMeter;
import io.lambdasim.model.des.BinaryHeapEventList;
import io.lambdasim.model.des.EventList;
import io.lambdasim.pricedata.ArchitectureRates;
import io.lambdasim.pricedata.PriceEdition;
import io.lambdasim.workload.InvocationSource;
import io.lambdasim.workload.distribution.DurationSampler;
import io.lambdasim.workload.random.RandomStreams;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * One replication of the Lambda capacity model: a single-threaded discrete-event run over integer microseconds.
 *
 * <p>A request takes an idle provisioned environment if there is one, else (within the function's concurrency limit)
 * the most recently used idle on-demand environment, else a new environment if the scaling rate allows, INIT first;
 * otherwise it is throttled: a synchronous request fails with 429, an asynchronous event is retried with backoff
 * (1 s doubling to 5 min) until its maximum event age, then dropped. An environment goes idle after each invocation
 * and is reclaimed after a keep-alive drawn for that idle period, or when it passes its maximum lifetime.
 * Provisioned environments follow the schedule and never expire.
 *
 * <p>Every invocation is billed as it starts ({@link FunctionBiller}) and recorded in the statistics; nothing per
 * invocation is kept, so memory depends on the number of environments and bins only. Construct, {@link #run()} once.
 */
public final class LambdaSimulation {

    /** How often (in arrivals, minus one) the loop checks whether its thread was interrupted (cancelled). */
    private static final long CANCEL_CHECK_MASK = (1 << 14) - 1;

    // Event types, in the low 3 bits of the first payload; priorities order events of the same microsecond.
    private static final int COMPLETE = 0;
    private static final int PC_STEP = 1;
    private static final int EXPIRE = 2;
    private static final int RETRY = 3;
    private static final int TYPE_BITS = 3;
    private static final int TYPE_MASK = (1 << TYPE_BITS) - 1;
    private static final int PRIORITY_COMPLETE = 0;
    private static final int PRIORITY_PC = 1;
    private static final int PRIORITY_EXPIRE = 2;
    private static final int PRIORITY_RETRY = 3;

    private static final long MIN_BACKOFF_US = 1_000_000L;
    private static final long MAX_BACKOFF_US = 300_000_000L;

    private final SimulationSpec spec;
    private final int replication;
    private final EventList events;
    private final Environments envs;
    private final RunCollector stats;
    private final UsageMeter meter;
    private final ScalingModel scaling;

    // Per function.
    private final int n;
    private final FunctionSpec[] fns;
    private final FunctionBiller[] billers;
    private final InvocationSource[] sources;
    private final DurationSampler[] durations;
    private final DurationSampler[] inits;
    private final DurationSampler[] keepAlives;
    private final boolean[] sync;
    private final boolean[] reserved;
    private final int[] reservedLimit;
    private final long[] timeoutUs;
    private final long[] maxLifetimeUs;
    private final long[] nextArrivalUs;
    private long nextArrivalTime;
    private int nextArrivalFunction;
    private final int[] busyOnDemand;
    private final int[] pcLevel;
    private final int[] pcEnvs;
    private final long[] pcWindowStartUs;
    private final double[] costPerMbMs;
    private final double[] pcCostPerMbMs;
    private final double[] pcConfiguredCostPerMbUs;
    private final double requestCost;

    // Scaling buckets: one per function (2023 model) or one for the account (legacy); level counts token × period.
    private final long[] bucketLevel;
    private final long[] bucketTimeUs;
    private final long bucketTokens;
    private final long bucketPeriodUs;
    private final long bucketFull;

    // Account's unreserved pool.
    private final int unreservedLimit;
    private int unreservedUsed;

    // Asynchronous events waiting to be retried.
    private int[] retryFunction = new int[16];
    private long[] retryFirstUs = new long[16];
    private long[] retryDurationUs = new long[16];
    private int[] retryAttempt = new int[16];
    private int retryFree = -1;
    private int retryUsed;

    private long eventCount;
    private boolean ran;

    public LambdaSimulation(SimulationSpec spec, int replication) {
        this(spec, replication, new BinaryHeapEventList(1024));
    }

    public LambdaSimulation(SimulationSpec spec, int replication, EventList events) {
        this.spec = spec;
        this.replication = replication;
        this.events = events;
        List<FunctionSpec> list = spec.functions();
        n = list.size();
        fns = list.toArray(new FunctionSpec[0]);
        envs = new Environments(n, 64);
        stats = new RunCollector(spec.warmupUs(), spec.horizonUs(), spec.binUs());
        meter = new UsageMeter(spec.edition().rules());
        scaling = spec.account().scaling();
        billers = new FunctionBiller[n];
        sources = new InvocationSource[n];
        durations = new DurationSampler[n];
        inits = new DurationSampler[n];
        keepAlives = new DurationSampler[n];
        sync = new boolean[n];
        reserved = new boolean[n];
        reservedLimit = new int[n];
        timeoutUs = new long[n];
        maxLifetimeUs = new long[n];
        nextArrivalUs = new long[n];
        busyOnDemand = new int[n];
        pcLevel = new int[n];
        pcEnvs = new int[n];
        pcWindowStartUs = new long[n];
        costPerMbMs = new double[n];
        pcCostPerMbMs = new double[n];
        pcConfiguredCostPerMbUs = new double[n];
        PriceEdition edition = spec.edition();
        requestCost = edition.requests().usdPerUnit().doubleValue();
        RandomStreams streams = new RandomStreams(spec.seed());
        int reservedTotal = 0;
        for (int f = 0; f < n; f++) {
            FunctionSpec fn = fns[f];
            String name = fn.name();
            billers[f] = meter.biller(fn.billingProfile());
            // Common random numbers: each source of randomness has its own stream, named by function, so that designs
            // compared in one run see the same arrivals and durations.
            sources[f] = fn.workload().open(streams.stream(RandomStreams.ARRIVALS + "/" + name, replication),
                    spec.horizonUs());
            durations[f] = fn.duration().sampler(streams.stream(RandomStreams.DURATIONS + "/" + name, replication));
            inits[f] = fn.init().sampler(streams.stream(RandomStreams.INIT + "/" + name, replication));
            keepAlives[f] = fn.keepAlive().sampler(streams.stream(RandomStreams.KEEP_ALIVE + "/" + name, replication));
            sync[f] = fn.invocationType() == InvocationType.SYNC;
            reserved[f] = fn.hasReservedConcurrency();
            reservedLimit[f] = fn.reservedConcurrency();
            if (reserved[f]) {
                reservedTotal += fn.reservedConcurrency();
            }
            timeoutUs[f] = fn.timeoutUs();
            maxLifetimeUs[f] = fn.maxLifetimeUs();
            ArchitectureRates rates = edition.rates(fn.architecture());
            double perMbMs = 1.0 / BillingEngine.MB_MS_PER_GB_S.doubleValue();
            costPerMbMs[f] = rates.duration().first().rate().usdPerUnit().doubleValue() * perMbMs;
            pcCostPerMbMs[f] = rates.provisionedDuration().map(r -> r.usdPerUnit().doubleValue()).orElse(0.0) * perMbMs;
            pcConfiguredCostPerMbUs[f] = rates.provisionedConcurrency().map(r -> r.usdPerUnit().doubleValue())
                    .orElse(0.0) * perMbMs / 1000.0;
            if (!fn.provisioned().isNone() && rates.provisionedConcurrency().isEmpty()) {
                throw new IllegalArgumentException("function '" + name + "': price edition " + edition.id()
                        + " has no provisioned concurrency prices");
            }
        }
        unreservedLimit = spec.account().concurrencyLimit() - reservedTotal;
        int buckets = scaling == ScalingModel.LEGACY_BURST ? 1 : n;
        bucketLevel = new long[buckets];
        bucketTimeUs = new long[buckets];
        bucketTokens = spec.account().scalingTokens();
        bucketPeriodUs = spec.account().scalingPeriodUs();
        bucketFull = Math.multiplyExact(bucketTokens, bucketPeriodUs);
        java.util.Arrays.fill(bucketLevel, bucketFull);
    }

    /**
     * Runs the replication to its horizon and returns what it measured. Interrupting the thread that runs it
     * cancels it within a few thousand arrivals with a {@link java.util.concurrent.CancellationException}.
     */
    public RunResult run() {
        if (ran) {
            throw new IllegalStateException("a simulation runs once");
        }
        ran = true;
        long horizon = spec.horizonUs();
        for (int f = 0; f < n; f++) {
            long first = sources[f].nextArrivalUs();
            nextArrivalUs[f] = first <= horizon ? first : InvocationSource.END;
            ProvisionedSchedule pc = fns[f].provisioned();
            for (int i = 0; i < pc.stepCount(); i++) {
                if (pc.stepStartUs(i) <= horizon) {
                    events.schedule(pc.stepStartUs(i), PRIORITY_PC, PC_STEP | (i << TYPE_BITS), f);
                }
            }
        }
        updateNextArrival();
        EventList ev = events;
        long count = 0;
        while (true) {
            // The next arrival of each function waits outside the event list (one per function, read from its
            // source); at the same microsecond, events in the list come first.
            long heapTime = ev.isEmpty() ? InvocationSource.END : ev.peekTime();
            if (nextArrivalTime < heapTime) {
                if (nextArrivalTime > horizon) {
                    break;
                }
                count++;
                if ((count & CANCEL_CHECK_MASK) == 0 && Thread.currentThread().isInterrupted()) {
                    throw new java.util.concurrent.CancellationException("simulation cancelled");
                }
                long now = nextArrivalTime;
                stats.advanceTo(now);
                arrival(nextArrivalFunction, now);
                continue;
            }
            if (heapTime > horizon) {
                break;
            }
            ev.next();
            count++;
            long now = ev.time();
            stats.advanceTo(now);
            int a = ev.a();
            int b = ev.b();
            switch (a & TYPE_MASK) {
                case COMPLETE -> complete(b, now);
                case EXPIRE -> expire(b, a >>> TYPE_BITS, now);
                case RETRY -> retry(b, now);
                case PC_STEP -> pcStep(b, a >>> TYPE_BITS, now);
                default -> throw new IllegalStateException("unknown event type " + (a & TYPE_MASK));
            }
        }
        stats.advanceTo(horizon);
        for (int f = 0; f < n; f++) {
            closePcWindow(f, horizon);
        }
        eventCount = count;
        return result();
    }

    private void arrival(int f, long now) {
        InvocationSource source = sources[f];
        long d = source.durationUs();
        long durationUs = d >= 0 ? d : durations[f].sampleUs();
        stats.arrival(now);
        attempt(f, now, now, durationUs, 0);
        long next = source.nextArrivalUs();
        if (next < now) {
            throw new IllegalStateException("function '" + fns[f].name() + "': its workload went back in time, from "
                    + now + " µs to " + next + " µs");
        }
        nextArrivalUs[f] = next <= spec.horizonUs() ? next : InvocationSource.END;
        if (n == 1) {
            nextArrivalTime = nextArrivalUs[0];
        } else {
            updateNextArrival();
        }
    }

    /** The earliest pending arrival over all functions (ties: the lowest function index). */
    private void updateNextArrival() {
        long best = InvocationSource.END;
        int bestF = -1;
        for (int f = 0; f < n; f++) {
            if (nextArrivalUs[f] < best) {
                best = nextArrivalUs[f];
                bestF = f;
            }
        }
        nextArrivalTime = best;
        nextArrivalFunction = bestF;
    }

    private void retry(int slot, long now) {
        int f = retryFunction[slot];
        long first = retryFirstUs[slot];
        long durationUs = retryDurationUs[slot];
        int attempt = retryAttempt[slot];
        retryFunction[slot] = retryFree;
        retryFree = slot;
        attempt(f, now, first, durationUs, attempt);
    }

    /** One attempt to run an invocation of function {@code f} that first arrived at {@code firstUs}. */
    private void attempt(int f, long now, long firstUs, long durationUs, int attempt) {
        if (envs.idleCount(f, true) > 0) {
            start(f, envs.popIdle(f, true), now, firstUs, durationUs, false, 0, true);
            return;
        }
        boolean withinLimit = reserved[f]
                ? busyOnDemand[f] + pcLevel[f] < reservedLimit[f]
                : unreservedUsed < unreservedLimit;
        if (!withinLimit) {
            throttle(f, now, firstUs, durationUs, attempt);
            return;
        }
        if (envs.idleCount(f, false) > 0) {
            start(f, envs.popIdle(f, false), now, firstUs, durationUs, false, 0, false);
        } else if (takeScalingToken(f, now)) {
            int e = envs.create(f, false, now);
            stats.environments++;
            start(f, e, now, firstUs, durationUs, true, inits[f].sampleUs(), false);
        } else {
            throttle(f, now, firstUs, durationUs, attempt);
        }
    }

    private void start(int f, int e, long now, long firstUs, long durationUs, boolean cold, long initUs, boolean pc) {
        long timeout = timeoutUs[f];
        boolean timedOut = durationUs > timeout;
        long runUs = timedOut ? timeout : durationUs;
        long billedMs = billers[f].invocation(runUs, initUs, 0, pc);
        long end = now + initUs + runUs;
        if (!pc) {
            busyOnDemand[f]++;
            if (!reserved[f]) {
                unreservedUsed++;
            }
        }
        stats.busyUp(pc);
        int memory = fns[f].memoryMb();
        double cost = requestCost + billedMs * memory * (pc ? pcCostPerMbMs[f] : costPerMbMs[f]);
        stats.served(now, end - firstUs, cold, pc, !pc && pcLevel[f] > 0, timedOut, cost);
        events.schedule(end, PRIORITY_COMPLETE, COMPLETE, e);
    }

    private void throttle(int f, long now, long firstUs, long durationUs, int attempt) {
        if (sync[f]) {
            stats.throttled(now, true);
            return;
        }
        stats.throttled(now, false);
        long backoff = Math.min(MAX_BACKOFF_US, MIN_BACKOFF_US << Math.min(attempt, 20));
        long at = now + backoff;
        if (at - firstUs > fns[f].maxEventAgeUs()) {
            stats.dropped(now);
            return;
        }
        stats.retried(now);
        int slot = newRetrySlot();
        retryFunction[slot] = f;
        retryFirstUs[slot] = firstUs;
        retryDurationUs[slot] = durationUs;
        retryAttempt[slot] = attempt + 1;
        events.schedule(at, PRIORITY_RETRY, RETRY, slot);
    }

    private void complete(int e, long now) {
        int f = envs.function[e];
        boolean pc = envs.provisioned[e];
        stats.busyDown(pc);
        if (pc) {
            if (pcEnvs[f] > pcLevel[f]) {
                pcEnvs[f]--;
                envs.destroy(e);
                stats.environments--;
            } else {
                envs.pushIdle(e);
            }
            return;
        }
        busyOnDemand[f]--;
        if (!reserved[f]) {
            unreservedUsed--;
        }
        long lifetime = maxLifetimeUs[f];
        long created = envs.createdUs[e];
        if (lifetime > 0 && now - created >= lifetime) {
            envs.destroy(e);
            stats.environments--;
            return;
        }
        envs.pushIdle(e);
        long expiry = now + keepAlives[f].sampleUs();
        if (lifetime > 0) {
            expiry = Math.min(expiry, created + lifetime);
        }
        envs.expiryUs[e] = expiry;
        long pending = envs.pendingExpiryUs[e];
        // At most one expiry event per environment: one already pending for no later than this expiry will find the
        // environment still idle and schedule the rest. Only an earlier expiry (a shorter keep-alive draw) needs a new
        // event, which makes the pending one stale.
        if (pending < 0 || pending > expiry) {
            scheduleExpiry(e, expiry);
        }
    }

    private void scheduleExpiry(int e, long at) {
        if (envs.pendingExpiryUs[e] >= 0) {
            envs.generation[e]++;
        }
        envs.pendingExpiryUs[e] = at;
        events.schedule(at, PRIORITY_EXPIRE, EXPIRE | (envs.generation[e] << TYPE_BITS), e);
    }

    private void expire(int e, int generation, long now) {
        // Lazy cancellation: a superseded event carries an older generation.
        if (((envs.generation[e] << TYPE_BITS) >>> TYPE_BITS) != generation || envs.state[e] == Environments.FREE) {
            return;
        }
        envs.pendingExpiryUs[e] = -1;
        if (envs.state[e] != Environments.IDLE) {
            return; // busy again: it schedules its next expiry when it goes idle
        }
        long due = envs.expiryUs[e];
        if (due > now) {
            scheduleExpiry(e, due); // used and idle again since: its keep-alive now ends later
            return;
        }
        envs.destroyIdle(e);
        stats.environments--;
    }

    private void pcStep(int f, int step, long now) {
        int level = fns[f].provisioned().stepLevel(step);
        closePcWindow(f, now);
        int old = pcLevel[f];
        pcLevel[f] = level;
        if (!reserved[f]) {
            unreservedUsed += level - old;
        }
        stats.pcLevel += level - old;
        stats.pcCostPerUs += (level - old) * fns[f].memoryMb() * pcConfiguredCostPerMbUs[f];
        while (pcEnvs[f] < level) {
            int e = envs.create(f, true, now);
            envs.pushIdle(e);
            pcEnvs[f]++;
            stats.environments++;
        }
        while (pcEnvs[f] > level && envs.idleCount(f, true) > 0) {
            envs.destroyIdle(envs.anyIdle(f, true));
            pcEnvs[f]--;
            stats.environments--;
        }
    }

    /** Bills the provisioned window of function {@code f} that ends at {@code now}, and starts the next one. */
    private void closePcWindow(int f, long now) {
        if (pcLevel[f] > 0 && now > pcWindowStartUs[f]) {
            long ms = (now - pcWindowStartUs[f] + 999) / 1000;
            meter.addProvisionedWindow(fns[f].architecture(), fns[f].memoryMb(), pcLevel[f], ms);
        }
        pcWindowStartUs[f] = now;
    }

    private boolean takeScalingToken(int f, long now) {
        if (scaling == ScalingModel.UNLIMITED) {
            return true;
        }
        int b = scaling == ScalingModel.LEGACY_BURST ? 0 : f;
        long elapsed = now - bucketTimeUs[b];
        long level = bucketLevel[b];
        if (elapsed > 0) {
            level = elapsed >= bucketPeriodUs ? bucketFull : Math.min(bucketFull, level + elapsed * bucketTokens);
            bucketTimeUs[b] = now;
        }
        if (level < bucketPeriodUs) {
            bucketLevel[b] = level;
            return false;
        }
        bucketLevel[b] = level - bucketPeriodUs;
        return true;
    }

    private int newRetrySlot() {
        if (retryFree >= 0) {
            int s = retryFree;
            retryFree = retryFunction[s];
            return s;
        }
        if (retryUsed == retryFunction.length) {
            int c = retryUsed * 2;
            retryFunction = java.util.Arrays.copyOf(retryFunction, c);
            retryFirstUs = java.util.Arrays.copyOf(retryFirstUs, c);
            retryDurationUs = java.util.Arrays.copyOf(retryDurationUs, c);
            retryAttempt = java.util.Arrays.copyOf(retryAttempt, c);
        }
        return retryUsed++;
    }

    private RunResult result() {
        RunCollector s = stats;
        double span = spec.horizonUs() - spec.warmupUs();
        Histogram all = s.warm.copy();
        all.add(s.cold);
        double avgPc = s.pcLevelIntegral / span;
        double pcUtil = s.pcLevelIntegral == 0 ? Double.NaN : (double) s.pcBusyIntegral / s.pcLevelIntegral;
        var usage = meter.snapshot();
        var bill = new BillingEngine().bill(usage, spec.edition(), spec.billing());
        return new RunResult(replication, s.invocations, s.served, s.coldStarts, s.pcServed, s.spillover, s.throttles,
                s.syncThrottles, s.retries, s.drops, s.timeouts, LatencySummary.of(all), LatencySummary.of(s.warm),
                LatencySummary.of(s.cold), s.envIntegral / span, s.busyIntegral / span, s.peakConcurrency, avgPc,
                pcUtil, s.concurrencyDistribution(), usage, bill, s.timeSeries(), eventCount);
    }
}
