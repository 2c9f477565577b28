package io.lambdasim.model.ec2;

import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.capacity.LatencySummary;
import io.lambdasim.model.capacity.SimulationSpec;
import io.lambdasim.model.des.BinaryHeapEventList;
import io.lambdasim.model.des.EventList;
import io.lambdasim.workload.InvocationSource;
import io.lambdasim.workload.distribution.DurationSampler;
import io.lambdasim.workload.random.RandomStreams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One replication of a fleet serving the traffic of one Lambda function of a {@link SimulationSpec}: a
 * single-threaded discrete-event run over integer microseconds on the same {@link EventList} as the Lambda model.
 *
 * <p>Arrivals and durations come from the function's workload and duration distribution through the streams
 * {@code arrivals/<function>} and {@code durations/<function>}, exactly as {@code LambdaSimulation} draws them (one
 * duration per arrival, in arrival order, whatever becomes of the request), so a fleet and the Lambda function it
 * replaces see the same requests: common random numbers (ADR 0003).
 *
 * <p>Each unit (instance or task) has {@code c} slots; the fleet keeps one FIFO queue. An arriving request takes the
 * slot free longest on a unit in service, else waits if the queue has room, else is rejected; a slot freed on a unit
 * in service goes to the head of the queue; a request that has waited the request timeout leaves unserved. Scaling
 * follows {@link Scaling}; units bill from launch to termination (docs/ec2-model.md). Nothing is kept per request:
 * memory depends on the units, the longest queue and the bins only. Construct, {@link #run()} once.
 */
public final class FleetSimulation {

    /** How often (in arrivals, minus one) the loop checks whether its thread was interrupted (cancelled). */
    private static final long CANCEL_CHECK_MASK = (1 << 14) - 1;

    // Event types (first payload) and priorities: at one microsecond a completion frees its slot first, then booted
    // units join, then the queue's timeouts are checked, then the scaling metric is read; arrivals come last.
    private static final int COMPLETE = 0;
    private static final int BOOT = 1;
    private static final int ABANDON = 2;
    private static final int METRIC = 3;

    private static final byte FREE = 0;
    private static final byte BOOTING = 1;
    private static final byte SERVING = 2;
    private static final byte DRAINING = 3;

    /** A unit launched and terminated within the run is billed for at least this long. */
    static final long MINIMUM_BILLED_SECONDS = 60;

    private final FleetSpec fleet;
    private final FleetPrices prices;
    private final int replication;
    private final EventList events;
    private final FleetCollector stats;
    private final InvocationSource source;
    private final DurationSampler durations;
    private final long horizonUs;
    private final int slots;
    private final long measuredServiceUs;
    private final double speedFactor;
    private final int queueLimit;
    private final long timeoutUs;
    private final long bootUs;
    private final Scaling.TargetTracking tracking;
    private final int minUnits;
    private final int maxUnits;

    // Units, in parallel arrays; indices of terminated units are reused through a free list.
    private byte[] state;
    private int[] busy;
    private long[] launchedUs;
    private int[] nextFree;
    private int freeHead = -1;
    private int used;
    private int booting;
    private int serving;

    private final SlotPool pool;
    private final RequestQueue queue;
    private boolean abandonPending;

    private long nextArrivalUs;
    private long lastMetricUs;
    private long lastScalingUs;
    private long billedUnitSeconds;
    private long launches;
    private long terminations;
    private final List<ScalingEvent> scalingEvents = new ArrayList<>();
    private long eventCount;
    private boolean ran;

    public FleetSimulation(SimulationSpec simulation, FleetSpec fleet, FleetPrices prices, int replication) {
        this(simulation, fleet, prices, replication, new BinaryHeapEventList(256));
    }

    /**
     * @throws IllegalArgumentException if the simulation has no function of the fleet's name, the prices cannot bill
     *                                  the fleet, or a unit has no slot
     */
    public FleetSimulation(SimulationSpec simulation, FleetSpec fleet, FleetPrices prices, int replication,
                           EventList events) {
        this.fleet = fleet;
        this.prices = prices;
        this.replication = replication;
        this.events = events;
        FunctionSpec fn = simulation.functions().stream().filter(f -> f.name().equals(fleet.functionName()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("fleet '" + fleet.name()
                        + "' serves function '" + fleet.functionName() + "', which the simulation does not have "
                        + "(it has: " + String.join(", ", simulation.functions().stream().map(FunctionSpec::name)
                        .toList()) + ")"));
        FleetBilling.check(fleet, prices);
        horizonUs = simulation.horizonUs();
        slots = fleet.capacity().slots(FleetBilling.unitVcpus(fleet, prices));
        if (fleet.capacity() instanceof Capacity.Measured m) {
            measuredServiceUs = m.serviceUs();
            speedFactor = Double.NaN;
        } else {
            measuredServiceUs = -1;
            speedFactor = ((Capacity.CpuShare) fleet.capacity()).speedFactor();
        }
        queueLimit = fleet.queueLimit();
        timeoutUs = fleet.requestTimeoutUs();
        bootUs = fleet.bootUs();
        tracking = fleet.scaling() instanceof Scaling.TargetTracking t ? t : null;
        minUnits = fleet.scaling().minimum();
        maxUnits = fleet.scaling().maximum();
        stats = new FleetCollector(simulation.warmupUs(), horizonUs, simulation.binUs(),
                tracking == null ? Integer.MAX_VALUE : maxUnits);
        // Common random numbers: the same named streams, and the same substream, as LambdaSimulation.
        RandomStreams streams = new RandomStreams(simulation.seed());
        String name = fn.name();
        source = fn.workload().open(streams.stream(RandomStreams.ARRIVALS + "/" + name, replication), horizonUs);
        durations = fn.duration().sampler(streams.stream(RandomStreams.DURATIONS + "/" + name, replication));
        int units = Math.max(16, fleet.scaling().initial());
        state = new byte[units];
        busy = new int[units];
        launchedUs = new long[units];
        nextFree = new int[units];
        pool = new SlotPool(units * slots);
        queue = new RequestQueue(1024);
    }

    /**
     * Runs the replication to its horizon and returns what it measured. Interrupting the thread that runs it
     * cancels it within a few thousand arrivals with a {@link java.util.concurrent.CancellationException}.
     */
    public FleetResult run() {
        if (ran) {
            throw new IllegalStateException("a simulation runs once");
        }
        ran = true;
        int initial = fleet.scaling().initial();
        int[] first = new int[initial];
        for (int i = 0; i < initial; i++) {
            first[i] = newUnit(0);
            stats.unitLaunched();
            state[first[i]] = SERVING;
            serving++;
            stats.unitInService();
        }
        // Free slots in turn over the units, so that the first requests spread over the fleet.
        for (int s = 0; s < slots; s++) {
            for (int u : first) {
                pool.add(u);
            }
        }
        if (tracking != null && tracking.metricPeriodUs() <= horizonUs) {
            events.schedule(tracking.metricPeriodUs(), METRIC, METRIC, 0);
        }
        long firstArrival = source.nextArrivalUs();
        nextArrivalUs = firstArrival <= horizonUs ? firstArrival : InvocationSource.END;
        EventList ev = events;
        long count = 0;
        while (true) {
            long heapTime = ev.isEmpty() ? InvocationSource.END : ev.peekTime();
            if (nextArrivalUs < heapTime) {
                if (nextArrivalUs > horizonUs) {
                    break;
                }
                count++;
                if ((count & CANCEL_CHECK_MASK) == 0 && Thread.currentThread().isInterrupted()) {
                    throw new java.util.concurrent.CancellationException("simulation cancelled");
                }
                long now = nextArrivalUs;
                stats.advanceTo(now);
                arrival(now);
                continue;
            }
            if (heapTime > horizonUs) {
                break;
            }
            ev.next();
            count++;
            long now = ev.time();
            stats.advanceTo(now);
            switch (ev.a()) {
                case COMPLETE -> complete(ev.b(), now);
                case BOOT -> boot(ev.b(), now);
                case ABANDON -> abandon(now);
                case METRIC -> metric(now);
                default -> throw new IllegalStateException("unknown event type " + ev.a());
            }
        }
        stats.advanceTo(horizonUs);
        for (int u = 0; u < used; u++) {
            if (state[u] != FREE) {
                billedUnitSeconds = Math.addExact(billedUnitSeconds, ceilSeconds(horizonUs - launchedUs[u]));
            }
        }
        eventCount = count;
        return result();
    }

    private void arrival(long now) {
        long d = source.durationUs();
        long durationUs = d >= 0 ? d : durations.sampleUs();
        long serviceUs = measuredServiceUs >= 0 ? measuredServiceUs
                : speedFactor == 1.0 ? durationUs : Math.round(durationUs * speedFactor);
        stats.arrival(now);
        if (pool.size() > 0) {
            start(pool.take(), now, now, serviceUs, false);
        } else if (queue.size() < queueLimit) {
            queue.add(now, serviceUs);
            stats.queued();
            if (timeoutUs > 0 && !abandonPending) {
                scheduleAbandon(now + timeoutUs);
            }
        } else {
            stats.rejected(now);
        }
        long next = source.nextArrivalUs();
        if (next < now) {
            throw new IllegalStateException("function '" + fleet.functionName() + "': its workload went back in "
                    + "time, from " + now + " µs to " + next + " µs");
        }
        nextArrivalUs = next <= horizonUs ? next : InvocationSource.END;
    }

    private void start(int unit, long now, long arrivalUs, long serviceUs, boolean fromQueue) {
        busy[unit]++;
        stats.started(now, arrivalUs, serviceUs, fromQueue);
        events.schedule(Math.addExact(now, serviceUs), COMPLETE, COMPLETE, unit);
    }

    /** Gives a free slot of {@code unit} (in service) to the head of the queue, or back to the pool. */
    private void offerSlot(int unit, long now) {
        if (queue.isEmpty()) {
            pool.add(unit);
            return;
        }
        long arrival = queue.headArrivalUs();
        long service = queue.headServiceUs();
        queue.removeHead();
        start(unit, now, arrival, service, true);
    }

    private void complete(int unit, long now) {
        busy[unit]--;
        boolean inService = state[unit] == SERVING;
        stats.completed(inService);
        if (inService) {
            offerSlot(unit, now);
        } else if (busy[unit] == 0) {
            terminate(unit, now); // draining, and its last request has ended
        }
    }

    private void boot(int unit, long now) {
        booting--;
        state[unit] = SERVING;
        serving++;
        stats.unitInService();
        for (int s = 0; s < slots; s++) {
            offerSlot(unit, now);
        }
        scalingEvents.add(new ScalingEvent(now, ScalingEvent.Kind.IN_SERVICE, 1, booting + serving, Double.NaN,
                booting + serving));
    }

    private void scheduleAbandon(long at) {
        abandonPending = true;
        events.schedule(at, ABANDON, ABANDON, 0);
    }

    /** Drops the requests that have waited the timeout; the next check is due when the new head's wait reaches it. */
    private void abandon(long now) {
        abandonPending = false;
        while (!queue.isEmpty() && queue.headArrivalUs() + timeoutUs <= now) {
            long arrival = queue.headArrivalUs();
            queue.removeHead();
            stats.abandoned(now, arrival);
        }
        if (!queue.isEmpty()) {
            scheduleAbandon(queue.headArrivalUs() + timeoutUs);
        }
    }

    private void metric(long now) {
        long periodUs = now - lastMetricUs;
        lastMetricUs = now;
        long busyIntegral = stats.takeMetricBusy();
        long servingIntegral = stats.takeMetricServing();
        if (now + tracking.metricPeriodUs() <= horizonUs) {
            events.schedule(now + tracking.metricPeriodUs(), METRIC, METRIC, 0);
        }
        if (servingIntegral == 0) {
            return; // nothing was in service: no data point
        }
        double utilisation = (double) busyIntegral / ((double) servingIntegral * slots);
        // The units at which the period's mean busy slots would have made utilisation equal to the target; the
        // epsilon keeps a load exactly at the target from asking for one more unit through rounding.
        double exact = busyIntegral / ((double) periodUs * slots * tracking.targetUtilisation());
        int desired = (int) Math.min(maxUnits, Math.max(minUnits, Math.ceil(exact - 1e-9)));
        int current = booting + serving;
        if (desired > current) {
            scaleOut(desired - current, now, utilisation, desired);
        } else if (desired < current && booting == 0 && now - lastScalingUs >= tracking.scaleInCooldownUs()) {
            scaleIn(current - desired, now, utilisation, desired);
        }
    }

    private void scaleOut(int count, long now, double utilisation, int desired) {
        for (int i = 0; i < count; i++) {
            int u = newUnit(now);
            state[u] = BOOTING;
            booting++;
            launches++;
            stats.unitLaunched();
            events.schedule(now + bootUs, BOOT, BOOT, u);
        }
        lastScalingUs = now;
        scalingEvents.add(new ScalingEvent(now, ScalingEvent.Kind.SCALE_OUT, count, booting + serving, utilisation,
                desired));
    }

    /** Drains {@code count} units in service: those with the fewest requests in service, ties the newest. */
    private void scaleIn(int count, long now, double utilisation, int desired) {
        for (int i = 0; i < count; i++) {
            int pick = -1;
            for (int u = 0; u < used; u++) {
                if (state[u] == SERVING && (pick < 0 || busy[u] < busy[pick]
                        || (busy[u] == busy[pick] && launchedUs[u] >= launchedUs[pick]))) {
                    pick = u;
                }
            }
            state[pick] = DRAINING;
            serving--;
            stats.unitDraining(busy[pick]);
            pool.removeAll(pick);
            if (busy[pick] == 0) {
                terminate(pick, now);
            }
        }
        lastScalingUs = now;
        scalingEvents.add(new ScalingEvent(now, ScalingEvent.Kind.SCALE_IN, count, booting + serving, utilisation,
                desired));
    }

    private void terminate(int unit, long now) {
        long seconds = Math.max(MINIMUM_BILLED_SECONDS, ceilSeconds(now - launchedUs[unit]));
        billedUnitSeconds = Math.addExact(billedUnitSeconds, seconds);
        terminations++;
        state[unit] = FREE;
        nextFree[unit] = freeHead;
        freeHead = unit;
        stats.unitTerminated();
    }

    private int newUnit(long now) {
        int u;
        if (freeHead >= 0) {
            u = freeHead;
            freeHead = nextFree[u];
        } else {
            if (used == state.length) {
                int c = used * 2;
                state = Arrays.copyOf(state, c);
                busy = Arrays.copyOf(busy, c);
                launchedUs = Arrays.copyOf(launchedUs, c);
                nextFree = Arrays.copyOf(nextFree, c);
            }
            u = used++;
        }
        busy[u] = 0;
        launchedUs[u] = now;
        return u;
    }

    static long ceilSeconds(long us) {
        return (us + 999_999) / 1_000_000;
    }

    private FleetResult result() {
        FleetCollector s = stats;
        long unfinished = 0;
        for (int i = 0; i < queue.size(); i++) {
            if (queue.arrivalUs(i) >= s.warmupUs) {
                unfinished++;
            }
        }
        double span = horizonUs - s.warmupUs;
        FleetUsage usage = new FleetUsage(horizonUs, billedUnitSeconds, fleet.scaling().initial(), launches,
                terminations, Arrays.stream(s.hourRequests).sum(), s.hourRequests, s.hourInFlightUs);
        FleetBill bill = FleetBilling.bill(fleet, usage, prices);
        double utilisation = s.servingIntegral == 0 ? Double.NaN
                : (double) s.busyServingIntegral / ((double) s.servingIntegral * slots);
        double timeAtMaximum = tracking == null ? 0 : s.atMaximumUs / span;
        double meanWaitMs = s.served == 0 ? Double.NaN : s.waitSumUs / 1000.0 / s.served;
        double waitProbability = s.served == 0 ? Double.NaN : (double) s.waited / s.served;
        List<String> warnings = warnings(s.arrivals, s.rejected, s.abandoned, unfinished, timeAtMaximum);
        return new FleetResult(replication, fleet.name(), fleet.compute().unitName(), slots, s.arrivals, s.served,
                s.rejected, s.abandoned, unfinished, LatencySummary.of(s.latency),
                LatencySummary.of(s.wait), meanWaitMs, waitProbability, s.unitsIntegral / span,
                s.servingIntegral / span, s.peakUnits, s.busyIntegral / span, utilisation, s.queueIntegral / span,
                s.peakQueue, timeAtMaximum, scalingEvents, usage, bill, s.timeSeries(), warnings, eventCount);
    }

    private List<String> warnings(long arrivals, long rejected, long abandoned, long unfinished, double atMaximum) {
        List<String> w = new ArrayList<>();
        long unserved = rejected + abandoned + unfinished;
        if (unserved > 0) {
            w.add(String.format(Locale.ROOT, "UNSERVED LOAD: %,d of %,d requests (%.2f %%) were not served: %,d "
                            + "rejected (queue of %s full), %,d abandoned (waited %s), %,d still waiting at the end. "
                            + "The fleet's cost does not include serving them.", unserved, arrivals,
                    100.0 * unserved / arrivals, rejected,
                    queueLimit == FleetSpec.UNLIMITED_QUEUE ? "unlimited size" : String.valueOf(queueLimit),
                    abandoned, timeoutUs > 0 ? "the timeout of " + timeoutUs / 1000.0 + " ms" : "no timeout set",
                    unfinished));
        }
        if (tracking != null && atMaximum > 0.01) {
            w.add(String.format(Locale.ROOT, "The fleet was at its maximum size of %d %ss for %.1f %% of the time: "
                    + "scaling could not follow the load further.", maxUnits, fleet.compute().unitName(),
                    100 * atMaximum));
        }
        return w;
    }
}
