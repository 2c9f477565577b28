package io.lambdasim.model.reconcile;

import io.lambdasim.workload.trace.InvocationRecord;

/** What a REPORT record says about how its environment started. */
public enum RecordKind {
    /** No Init Duration, no Restore Duration: both INIT rules predict the same. */
    WARM("warm"),
    /** Init Duration given: a cold start, which tells the INIT rules apart. */
    COLD("cold"),
    /** Restore Duration or Billed Restore Duration given: a SnapStart restore. */
    SNAPSTART("snapstart");

    private final String id;

    RecordKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }

    static RecordKind of(InvocationRecord r) {
        if (r.restoreUs() >= 0 || r.billedRestoreMs() >= 0) {
            return SNAPSTART;
        }
        return r.initUs() >= 0 ? COLD : WARM;
    }
}
