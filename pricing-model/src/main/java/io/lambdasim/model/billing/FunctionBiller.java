package io.lambdasim.model.billing;

import io.lambdasim.pricedata.BillingRules;

/**
 * Bills the invocations of one function into a {@link UsageMeter}: applies the rounding and INIT rules of the edition
 * and counts the result. Allocation-free; the simulator holds one per function.
 */
public final class FunctionBiller {

    private final UsageMeter meter;
    private final FunctionBillingProfile profile;
    private final int arch;
    private final int memoryMb;
    private final int ephemeralExtraMb;
    private final int granularityMs;
    private final boolean initBilled;

    FunctionBiller(UsageMeter meter, FunctionBillingProfile profile) {
        this.meter = meter;
        this.profile = profile;
        BillingRules rules = meter.rules();
        this.arch = profile.architecture().ordinal();
        this.memoryMb = profile.memoryMb();
        this.ephemeralExtraMb = profile.ephemeralMb() - Rounding.FREE_EPHEMERAL_MB;
        this.granularityMs = rules.durationGranularityMs();
        this.initBilled = rules.initBilling().billsInit(profile.packaging(), profile.runtimeKind());
    }

    public FunctionBillingProfile profile() {
        return profile;
    }

    /** Whether this function's cold starts pay for INIT under the rules in force. */
    public boolean initBilled() {
        return initBilled;
    }

    /**
     * Records one invocation and returns its billed milliseconds.
     *
     * @param durationUs the invocation's duration (the function timeout for a timed-out invocation)
     * @param initUs     INIT duration of a cold start on demand, 0 for a warm start (billed only where the rules say)
     * @param restoreUs  SnapStart's billed restore duration, 0 if none (always billed, and counted as a restore)
     * @param pcServed   whether a provisioned-concurrency environment served it (PC duration rate, INIT never billed:
     *                   provisioned environments initialise ahead, within the PC charge)
     */
    public long invocation(long durationUs, long initUs, long restoreUs, boolean pcServed) {
        long billableUs = durationUs;
        if (initUs > 0 && initBilled && !pcServed) {
            billableUs = Math.addExact(billableUs, initUs);
        }
        if (restoreUs > 0) {
            billableUs = Math.addExact(billableUs, restoreUs);
            meter.addRestore(memoryMb);
        }
        long billed = Rounding.billedMs(billableUs, granularityMs);
        meter.addInvocation(arch, memoryMb, ephemeralExtraMb, billed, pcServed);
        return billed;
    }

    /** Records a warm on-demand invocation. */
    public long warm(long durationUs) {
        return invocation(durationUs, 0, 0, false);
    }
}
