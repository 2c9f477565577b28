package io.lambdasim.model.ec2;

/**
 * One scaling activity of a fleet: a decision to launch or to drain units, or a unit entering service after booting.
 *
 * @param units       units launched or drained (1 for {@link Kind#IN_SERVICE})
 * @param capacity    units booting or in service after the activity
 * @param utilisation the metric's value behind a decision (NaN for {@link Kind#IN_SERVICE})
 * @param desired     the desired capacity behind a decision ({@code capacity} for {@link Kind#IN_SERVICE})
 */
public record ScalingEvent(long timeUs, Kind kind, int units, int capacity, double utilisation, int desired) {

    public enum Kind {
        /** Units launched: billed from now, serving after the boot time. */
        SCALE_OUT,
        /** A launched unit finished booting and takes requests. */
        IN_SERVICE,
        /** Units drained: they take no new request and terminate when their last request ends. */
        SCALE_IN
    }
}
