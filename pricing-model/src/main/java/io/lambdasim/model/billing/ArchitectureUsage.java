package io.lambdasim.model.billing;

import java.math.BigInteger;
import java.util.Objects;

/**
 * Exact monthly usage of one architecture: request count and durations in MB-milliseconds (billed duration × memory),
 * counted in integers so that nothing is lost before pricing.
 *
 * @param requests         invocations billed as requests (throttled invocations are not billed)
 * @param onDemandMbMs     billed duration × memory of invocations served on demand
 * @param pcServedMbMs     billed duration × memory of invocations served by provisioned concurrency
 * @param pcConfiguredMbMs provisioned concurrency × memory × enabled time (each window rounded up by the edition's rule)
 */
public record ArchitectureUsage(long requests, BigInteger onDemandMbMs, BigInteger pcServedMbMs,
                                BigInteger pcConfiguredMbMs) {

    public static final ArchitectureUsage NONE =
            new ArchitectureUsage(0, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO);

    public ArchitectureUsage {
        Objects.requireNonNull(onDemandMbMs, "onDemandMbMs");
        Objects.requireNonNull(pcServedMbMs, "pcServedMbMs");
        Objects.requireNonNull(pcConfiguredMbMs, "pcConfiguredMbMs");
        if (requests < 0 || onDemandMbMs.signum() < 0 || pcServedMbMs.signum() < 0 || pcConfiguredMbMs.signum() < 0) {
            throw new IllegalArgumentException("negative usage: " + requests + " requests, " + onDemandMbMs
                    + " on-demand MB-ms, " + pcServedMbMs + " PC-served MB-ms, " + pcConfiguredMbMs + " PC MB-ms");
        }
    }

    public ArchitectureUsage plus(ArchitectureUsage o) {
        return new ArchitectureUsage(Math.addExact(requests, o.requests), onDemandMbMs.add(o.onDemandMbMs),
                pcServedMbMs.add(o.pcServedMbMs), pcConfiguredMbMs.add(o.pcConfiguredMbMs));
    }

    public boolean isZero() {
        return requests == 0 && onDemandMbMs.signum() == 0 && pcServedMbMs.signum() == 0
                && pcConfiguredMbMs.signum() == 0;
    }
}
