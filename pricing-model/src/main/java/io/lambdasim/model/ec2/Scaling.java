package io.lambdasim.model.ec2;

/** How many units a fleet runs: a fixed number, or target tracking on average utilisation. */
public sealed interface Scaling permits Scaling.Fixed, Scaling.TargetTracking {

    /** The fewest units the fleet may run. */
    int minimum();

    /** The most units the fleet may run. */
    int maximum();

    /** Units in service at time 0 (the fleet exists before the simulated period starts). */
    int initial();

    /** A fixed fleet of {@code units} units, all in service from time 0; no scaling. */
    static Fixed fixed(int units) {
        return new Fixed(units);
    }

    /**
     * Target tracking at {@code targetUtilisation} between {@code minSize} and {@code maxSize}, with the defaults:
     * 60-s metric period, 300-s scale-in cooldown, no per-AZ minimum (one AZ), starting at the minimum.
     */
    static TargetTracking targetTracking(double targetUtilisation, int minSize, int maxSize) {
        return new TargetTracking(targetUtilisation, 60_000_000L, 300_000_000L, minSize, maxSize, 0, 1, -1);
    }

    /** A fleet of always {@code units} units. */
    record Fixed(int units) implements Scaling {
        public Fixed {
            if (units < 1) {
                throw new IllegalArgumentException("a fixed fleet needs at least one unit, was " + units);
            }
        }

        @Override
        public int minimum() {
            return units;
        }

        @Override
        public int maximum() {
            return units;
        }

        @Override
        public int initial() {
            return units;
        }
    }

    /**
     * Target tracking on average utilisation (busy slots / slots of the units in service), as an Auto Scaling group
     * or an ECS service does it (docs/ec2-model.md):
     * <ul>
     *   <li>at the end of every metric period (multiples of {@code metricPeriodUs} from time 0) the fleet computes
     *       <pre>  desired = ceil(mean busy slots of the period / (slots per unit × target))</pre>
     *       that is, the number of units at which the period's load would have been exactly at the target, clamped
     *       to [{@link #minimum()}, {@link #maximum()}];</li>
     *   <li>if desired exceeds the units booting or in service, the difference is launched at once (booting units
     *       count as capacity, as an Auto Scaling group counts instances in warm-up, so it does not launch twice for
     *       the same load);</li>
     *   <li>if desired is below them, no unit is booting and the last scaling activity (out or in) was at least
     *       {@code scaleInCooldownUs} ago, the surplus is drained: the units with the fewest requests in service
     *       (ties: the newest) stop taking requests and terminate when their last request ends.</li>
     * </ul>
     * Queued requests are invisible to the metric (as they are to CPU utilisation): an overloaded fleet measures
     * 100 % and grows by at most 1 / target per period.
     *
     * @param targetUtilisation in (0, 1]
     * @param metricPeriodUs    the metric's period and the interval between decisions, at least 1 s
     * @param scaleInCooldownUs time after a scaling activity before the fleet may scale in, at least 0
     * @param minSize           the group's minimum size, at least 0 ({@link #minimum()} also honours the per-AZ minimum)
     * @param maxSize           the group's maximum size
     * @param minPerAz          units kept in each availability zone, at least 0
     * @param azCount           availability zones the group spans, at least 1
     * @param initialSize       units in service at time 0, or -1 for the minimum
     */
    record TargetTracking(double targetUtilisation, long metricPeriodUs, long scaleInCooldownUs, int minSize,
                          int maxSize, int minPerAz, int azCount, int initialSize) implements Scaling {

        public TargetTracking {
            if (!(targetUtilisation > 0 && targetUtilisation <= 1)) {
                throw new IllegalArgumentException("target utilisation must be in (0, 1], was " + targetUtilisation);
            }
            if (metricPeriodUs < 1_000_000L) {
                throw new IllegalArgumentException("metric period must be at least 1 s, was " + metricPeriodUs + " µs");
            }
            if (scaleInCooldownUs < 0) {
                throw new IllegalArgumentException("scale-in cooldown must not be negative");
            }
            if (minSize < 0 || minPerAz < 0) {
                throw new IllegalArgumentException("minimum sizes must not be negative");
            }
            if (azCount < 1) {
                throw new IllegalArgumentException("a group spans at least one availability zone, was " + azCount);
            }
            int min = Math.max(minSize, Math.multiplyExact(minPerAz, azCount));
            if (min < 1) {
                throw new IllegalArgumentException("the fleet needs a minimum of at least one unit (the utilisation "
                        + "metric of an empty fleet is undefined): raise the minimum size or the per-AZ minimum");
            }
            if (maxSize < min) {
                throw new IllegalArgumentException("maximum size " + maxSize + " is below the minimum " + min
                        + (min > minSize ? " (" + minPerAz + " per AZ × " + azCount + " AZs)" : ""));
            }
            if (initialSize != -1 && (initialSize < min || initialSize > maxSize)) {
                throw new IllegalArgumentException("initial size " + initialSize + " is outside " + min + " to "
                        + maxSize);
            }
        }

        @Override
        public int minimum() {
            return Math.max(minSize, minPerAz * azCount);
        }

        @Override
        public int maximum() {
            return maxSize;
        }

        @Override
        public int initial() {
            return initialSize < 0 ? minimum() : initialSize;
        }

        public TargetTracking withMetricPeriodUs(long v) {
            return new TargetTracking(targetUtilisation, v, scaleInCooldownUs, minSize, maxSize, minPerAz, azCount,
                    initialSize);
        }

        public TargetTracking withScaleInCooldownUs(long v) {
            return new TargetTracking(targetUtilisation, metricPeriodUs, v, minSize, maxSize, minPerAz, azCount,
                    initialSize);
        }

        /** At least {@code perAz} units in each of {@code azs} availability zones. */
        public TargetTracking withAzMinimum(int perAz, int azs) {
            return new TargetTracking(targetUtilisation, metricPeriodUs, scaleInCooldownUs, minSize, maxSize, perAz,
                    azs, initialSize);
        }

        public TargetTracking withInitialSize(int v) {
            return new TargetTracking(targetUtilisation, metricPeriodUs, scaleInCooldownUs, minSize, maxSize, minPerAz,
                    azCount, v);
        }
    }
}
