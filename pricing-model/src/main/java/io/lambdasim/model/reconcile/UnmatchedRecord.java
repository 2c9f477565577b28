package io.lambdasim.model.reconcile;

import io.lambdasim.workload.trace.InvocationStatus;
import java.util.List;
import java.util.Objects;

/**
 * A record whose Billed Duration no plausible rule predicts: where it was read, what it says, what each rule
 * predicts, and a sentence saying so.
 *
 * @param line            where it was read ({@code file:line}), or null
 * @param day             the UTC day the invocation started ({@code 2026-03-02}), or null if its time is a placeholder
 * @param durationUs      Duration; likewise {@code initUs} and {@code restoreUs}, -1 when absent
 * @param billedRestoreMs Billed Restore Duration, -1 when absent
 * @param billedMs        the Billed Duration AWS reported
 * @param predictions     every rule's prediction, plausible or not, in {@link BillingRule} order
 * @param explanation     one sentence starting "fits no rule", with the predictions and any hint
 */
public record UnmatchedRecord(String line, String function, String requestId, String day, RecordKind kind,
                              InvocationStatus status, long durationUs, long initUs, long restoreUs,
                              long billedRestoreMs, long billedMs, List<Prediction> predictions, String explanation) {

    public UnmatchedRecord {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        predictions = List.copyOf(predictions);
    }
}
