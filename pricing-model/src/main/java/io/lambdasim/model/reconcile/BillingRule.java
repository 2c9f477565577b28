package io.lambdasim.model.reconcile;

/**
 * A way AWS may have computed a REPORT line's Billed Duration: the duration granularity (1 ms since
 * 1 December 2020, 100 ms before) and whether the cold start's INIT was billed with it. For a SnapStart record,
 * "INIT" means the restore: billed as Billed Restore Duration (see {@link Reconciler}).
 */
public enum BillingRule {
    MS1_INIT_BILLED("1ms-init-billed", 1, true),
    MS1_INIT_NOT_BILLED("1ms-init-not-billed", 1, false),
    MS100_INIT_BILLED("100ms-init-billed", 100, true),
    MS100_INIT_NOT_BILLED("100ms-init-not-billed", 100, false);

    private final String id;
    private final int granularityMs;
    private final boolean initBilled;

    BillingRule(String id, int granularityMs, boolean initBilled) {
        this.id = id;
        this.granularityMs = granularityMs;
        this.initBilled = initBilled;
    }

    /** The rule's name in output: {@code 1ms-init-billed}, {@code 100ms-init-not-billed}... */
    public String id() {
        return id;
    }

    public int granularityMs() {
        return granularityMs;
    }

    public boolean initBilled() {
        return initBilled;
    }

    /** The same as {@link #id()}, so that the rule prints (and serialises) by its name. */
    @Override
    public String toString() {
        return id;
    }
}
