package io.lambdasim.model.billing;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.BillingRules;
import java.math.BigInteger;
import java.util.EnumMap;

/**
 * Counts usage as it happens, exactly and without allocating: the simulator calls it once per invocation.
 * Counters are {@code long}s that throw on overflow (about 9 × 10<sup>12</sup> GB-s, far beyond any month), and
 * {@link #snapshot()} turns them into an immutable {@link Usage}. Not thread-safe: one meter per simulation run.
 */
public final class UsageMeter {

    private static final int ARCHS = Architecture.values().length;

    private final BillingRules rules;
    private final long[] requests = new long[ARCHS];
    private final long[] onDemandMbMs = new long[ARCHS];
    private final long[] pcServedMbMs = new long[ARCHS];
    private final long[] pcConfiguredMbMs = new long[ARCHS];
    private long ephemeralExtraMbMs;
    private long snapStartCacheMbMs;
    private long snapStartRestoredMb;

    public UsageMeter(BillingRules rules) {
        this.rules = java.util.Objects.requireNonNull(rules, "rules");
    }

    public BillingRules rules() {
        return rules;
    }

    /** A biller for one function's configuration, recording into this meter. */
    public FunctionBiller biller(FunctionBillingProfile profile) {
        return new FunctionBiller(this, profile);
    }

    void addInvocation(int arch, int memoryMb, int ephemeralExtraMb, long billedMs, boolean pcServed) {
        requests[arch] = Math.addExact(requests[arch], 1);
        long mbMs = Math.multiplyExact(billedMs, memoryMb);
        if (pcServed) {
            pcServedMbMs[arch] = Math.addExact(pcServedMbMs[arch], mbMs);
        } else {
            onDemandMbMs[arch] = Math.addExact(onDemandMbMs[arch], mbMs);
        }
        if (ephemeralExtraMb > 0) {
            ephemeralExtraMbMs = Math.addExact(ephemeralExtraMbMs, Math.multiplyExact(billedMs, ephemeralExtraMb));
        }
    }

    void addRestore(int memoryMb) {
        snapStartRestoredMb = Math.addExact(snapStartRestoredMb, memoryMb);
    }

    /**
     * Records a provisioned-concurrency window: {@code concurrency} environments of {@code memoryMb} enabled for
     * {@code enabledMs}, rounded up by the edition's rule (5 minutes).
     */
    public void addProvisionedWindow(Architecture arch, int memoryMb, int concurrency, long enabledMs) {
        if (concurrency < 0 || memoryMb <= 0) {
            throw new IllegalArgumentException("bad PC window: " + concurrency + " × " + memoryMb + " MB");
        }
        long ms = Rounding.pcWindowMs(enabledMs, rules.pcWindowRoundingMinutes());
        int a = arch.ordinal();
        pcConfiguredMbMs[a] = Math.addExact(pcConfiguredMbMs[a],
                Math.multiplyExact(Math.multiplyExact(ms, memoryMb), (long) concurrency));
    }

    /** Records a SnapStart-cached version of {@code memoryMb} active for {@code activeMs} (3 h minimum applied). */
    public void addSnapStartCache(int memoryMb, long activeMs) {
        long ms = Math.max(activeMs, Rounding.SNAPSTART_CACHE_MINIMUM_MS);
        snapStartCacheMbMs = Math.addExact(snapStartCacheMbMs, Math.multiplyExact(ms, memoryMb));
    }

    /** The usage counted so far. */
    public Usage snapshot() {
        EnumMap<Architecture, ArchitectureUsage> by = new EnumMap<>(Architecture.class);
        for (Architecture a : Architecture.values()) {
            int i = a.ordinal();
            by.put(a, new ArchitectureUsage(requests[i], BigInteger.valueOf(onDemandMbMs[i]),
                    BigInteger.valueOf(pcServedMbMs[i]), BigInteger.valueOf(pcConfiguredMbMs[i])));
        }
        return new Usage(by, BigInteger.valueOf(ephemeralExtraMbMs), BigInteger.valueOf(snapStartCacheMbMs),
                BigInteger.valueOf(snapStartRestoredMb));
    }
}
