package io.lambdasim.model.reconcile;

import java.util.Objects;

/**
 * The Billed Duration one rule predicts for one record.
 *
 * @param rule            the rule
 * @param plausible       whether the rule could apply on the record's date (100 ms billing before 2020-12-01, 1 ms
 *                        from then; both when the date is unknown). Only plausible rules explain a record.
 * @param billedMs        the prediction: the duration (plus INIT or restore if the rule bills it) rounded up to the
 *                        rule's granularity, at least one granule
 * @param timeoutCappedMs for a timed-out record, the prediction with the duration capped at the timeout inferred
 *                        from it (the nearest whole second); -1 for other records
 */
public record Prediction(BillingRule rule, boolean plausible, long billedMs, long timeoutCappedMs) {

    public Prediction {
        Objects.requireNonNull(rule, "rule");
    }

    /** Whether this prediction gives {@code billedMs} (capped or not). */
    public boolean predicts(long billed) {
        return billed == billedMs || (timeoutCappedMs >= 0 && billed == timeoutCappedMs);
    }

    /** Whether the rule is plausible and predicts {@code billed}. */
    public boolean explains(long billed) {
        return plausible && predicts(billed);
    }
}
