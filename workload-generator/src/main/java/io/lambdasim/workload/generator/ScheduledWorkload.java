package io.lambdasim.workload.generator;

import io.lambdasim.workload.InvocationSource;
import io.lambdasim.workload.Workload;
import io.lambdasim.workload.time.TimeSpans;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;

/**
 * A scheduled job (a cron or EventBridge schedule) that fans out: each firing of {@code schedule} is delayed by a
 * jitter drawn uniformly from 0 to {@code jitterUs} (whole µs, both ends included), then starts a batch of
 * {@link BatchSize} invocations whose arrival times are drawn independently and uniformly over the next
 * {@code spreadUs} (all at once with a spread of 0) and handed out in time order.
 *
 * <p>Firings are the schedule's times from 0 up to, not including, the horizon; arrivals that the jitter or the spread
 * push beyond the horizon are dropped, as the simulator drops every arrival after it. Jitter and spread together must
 * be shorter than the schedule's shortest gap, so that batches do not overlap; should a daylight-saving change bring
 * two clock-time firings closer than that, the later batch's first arrivals are held back until the earlier batch has
 * arrived (arrival times never go back).
 *
 * <p>Randomness, all from the {@code rng} given to {@link #open}: per firing, the jitter then the batch size; per
 * invocation, its place in the spread (the batch's sorted uniform times are drawn one after the other, each from the
 * previous, so nothing is buffered). Nothing is allocated per arrival.
 *
 * @param schedule when the job fires
 * @param jitterUs the largest delay of a firing, {@code >= 0}
 * @param batch    the invocations per firing
 * @param spreadUs the time over which a batch's invocations arrive, {@code >= 0}
 */
public record ScheduledWorkload(Schedule schedule, long jitterUs, BatchSize batch, long spreadUs) implements Workload {

    public ScheduledWorkload {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(batch, "batch");
        if (jitterUs < 0 || spreadUs < 0) {
            throw new IllegalArgumentException("jitter and spread cannot be negative");
        }
        if (jitterUs > Long.MAX_VALUE - spreadUs || jitterUs + spreadUs >= schedule.minGapUs()) {
            throw new IllegalArgumentException("jitter " + TimeSpans.format(jitterUs) + " and spread "
                    + TimeSpans.format(spreadUs) + " must together be shorter than the shortest gap between firings, "
                    + TimeSpans.format(schedule.minGapUs()));
        }
    }

    /** The mean batch size times the firings per second. */
    @Override
    public double meanRatePerSecond() {
        return batch.mean() * schedule.firingsPerSecond();
    }

    @Override
    public String describe() {
        return "scheduled " + schedule.describe() + ", batches of " + batch.describe()
                + (jitterUs > 0 ? ", jitter " + TimeSpans.format(jitterUs) : "")
                + (spreadUs > 0 ? ", spread over " + TimeSpans.format(spreadUs) : "");
    }

    @Override
    public InvocationSource open(UniformRandomProvider rng, long horizonUs) {
        Firings firings = schedule instanceof Schedule.Cron cron
                ? new CronFirings(cron, horizonUs)
                : new PeriodicFirings((Schedule.Every) schedule);
        return new Source(firings, rng, batch.sampler(rng), jitterUs, spreadUs, horizonUs);
    }

    /** The nominal firing times of a schedule, in increasing order. */
    interface Firings {

        /** The first firing at or after simulated time {@code fromUs} (and after every firing returned so far). */
        long next(long fromUs);
    }

    private static final class Source implements InvocationSource {

        private final Firings firings;
        private final UniformRandomProvider rng;
        private final DiscreteSampler batchSizes;
        private final long jitterUs;
        private final long spreadUs;
        private final long horizonUs;

        private long nextFiringUs;
        private long batchStartUs;
        private int remaining;
        /** The last of the batch's sorted uniform positions drawn so far, in [0, 1]. */
        private double position;
        private long t;

        Source(Firings firings, UniformRandomProvider rng, DiscreteSampler batchSizes, long jitterUs, long spreadUs,
               long horizonUs) {
            this.firings = firings;
            this.rng = rng;
            this.batchSizes = batchSizes;
            this.jitterUs = jitterUs;
            this.spreadUs = spreadUs;
            this.horizonUs = horizonUs;
            this.nextFiringUs = firings.next(0);
        }

        @Override
        public long nextArrivalUs() {
            if (t == END) {
                return END;
            }
            while (remaining == 0) {
                if (nextFiringUs >= horizonUs) {
                    t = END;
                    return END;
                }
                batchStartUs = nextFiringUs + (jitterUs > 0 ? rng.nextLong(jitterUs + 1) : 0);
                remaining = batchSizes.sample();
                position = 0;
                nextFiringUs = firings.next(nextFiringUs + 1);
            }
            long at = batchStartUs;
            if (spreadUs > 0) {
                // The smallest of `remaining` uniforms on [position, 1] (ascending order statistics).
                position = 1 - (1 - position) * Math.pow(1 - rng.nextDouble(), 1.0 / remaining);
                at += (long) (position * spreadUs);
            }
            remaining--;
            t = Math.max(t, at);
            if (t > horizonUs) {
                t = END;
            }
            return t;
        }
    }

    /** Firings at first, first + period, ... */
    private static final class PeriodicFirings implements Firings {

        private final long periodUs;
        private final long firstUs;

        PeriodicFirings(Schedule.Every every) {
            this.periodUs = every.periodUs();
            this.firstUs = every.firstUs();
        }

        @Override
        public long next(long fromUs) {
            if (fromUs <= firstUs) {
                return firstUs;
            }
            long k = (fromUs - firstUs + periodUs - 1) / periodUs;
            return k > (Long.MAX_VALUE - firstUs) / periodUs ? Long.MAX_VALUE : firstUs + k * periodUs;
        }
    }

    /**
     * Firings at the listed local minutes: in each stretch of constant offset, the next matching local minute is mapped
     * back to simulated time; local times already fired are not fired again when the clocks go back.
     */
    private static final class CronFirings implements Firings {

        private final boolean[] minuteOk = new boolean[60];
        private final boolean[] hourOk = new boolean[24];
        private final boolean[] dayOk = new boolean[7];
        private final LocalTimeline timeline;
        private long lastLocalUs = Long.MIN_VALUE;

        CronFirings(Schedule.Cron cron, long horizonUs) {
            cron.minutes().forEach(m -> minuteOk[m] = true);
            cron.hours().forEach(h -> hourOk[h] = true);
            cron.days().forEach(d -> dayOk[d.getValue() - 1] = true);
            timeline = cron.wallClock().timeline(horizonUs);
        }

        @Override
        public long next(long fromUs) {
            long t = fromUs;
            int segment = timeline.segment(t);
            while (true) {
                long local = timeline.localUs(t);
                long from = lastLocalUs == Long.MIN_VALUE ? local : Math.max(local, lastLocalUs + 1);
                long match = nextMatch(from);
                long at = timeline.simulatedUs(match, segment);
                long end = timeline.segmentEndUs(segment);
                if (at < end) {
                    lastLocalUs = match;
                    return at;
                }
                t = end;
                segment++;
            }
        }

        /** The first local minute boundary at or after {@code localUs} that fires. */
        private long nextMatch(long localUs) {
            long m = Math.floorDiv(localUs + LocalTimeline.MINUTE_US - 1, LocalTimeline.MINUTE_US)
                    * LocalTimeline.MINUTE_US;
            while (true) {
                if (!dayOk[LocalTimeline.dayOfWeek(m)]) {
                    m = (Math.floorDiv(m, LocalTimeline.DAY_US) + 1) * LocalTimeline.DAY_US;
                } else if (!hourOk[LocalTimeline.hourOfDay(m)]) {
                    m = (Math.floorDiv(m, LocalTimeline.HOUR_US) + 1) * LocalTimeline.HOUR_US;
                } else if (!minuteOk[(int) (Math.floorMod(m, LocalTimeline.HOUR_US) / LocalTimeline.MINUTE_US)]) {
                    m += LocalTimeline.MINUTE_US;
                } else {
                    return m;
                }
            }
        }
    }
}
