package io.lambdasim.model.billing;

import io.lambdasim.pricedata.Architecture;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A month's exact usage of Lambda in one region and account, ready to be priced by {@link BillingEngine}.
 * Durations are already rounded to the billing granularity and include INIT where the rules bill it: that is the
 * metering step's job ({@link UsageMeter}), pricing is this record's consumer's.
 *
 * @param byArchitecture       usage per architecture (missing architectures have none)
 * @param ephemeralExtraMbMs   configured /tmp above the free 512 MB × billed duration
 * @param snapStartCacheMbMs   SnapStart cache: memory × time each cached version was active (3 h minimum applied)
 * @param snapStartRestoredMb  SnapStart restores: memory of each restored environment, summed
 */
public record Usage(Map<Architecture, ArchitectureUsage> byArchitecture, BigInteger ephemeralExtraMbMs,
                    BigInteger snapStartCacheMbMs, BigInteger snapStartRestoredMb) {

    public static final Usage NONE = new Usage(Map.of(), BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO);

    public Usage {
        Objects.requireNonNull(byArchitecture, "byArchitecture");
        Objects.requireNonNull(ephemeralExtraMbMs, "ephemeralExtraMbMs");
        Objects.requireNonNull(snapStartCacheMbMs, "snapStartCacheMbMs");
        Objects.requireNonNull(snapStartRestoredMb, "snapStartRestoredMb");
        if (ephemeralExtraMbMs.signum() < 0 || snapStartCacheMbMs.signum() < 0 || snapStartRestoredMb.signum() < 0) {
            throw new IllegalArgumentException("negative usage");
        }
        EnumMap<Architecture, ArchitectureUsage> copy = new EnumMap<>(Architecture.class);
        byArchitecture.forEach((arch, u) -> {
            if (!u.isZero()) {
                copy.put(arch, u);
            }
        });
        byArchitecture = Map.copyOf(copy);
    }

    /** Usage of one architecture only. */
    public static Usage of(Architecture arch, ArchitectureUsage usage) {
        return new Usage(Map.of(arch, usage), BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO);
    }

    public ArchitectureUsage of(Architecture arch) {
        return byArchitecture.getOrDefault(arch, ArchitectureUsage.NONE);
    }

    public long totalRequests() {
        long n = 0;
        for (ArchitectureUsage u : byArchitecture.values()) {
            n = Math.addExact(n, u.requests());
        }
        return n;
    }

    public Usage plus(Usage o) {
        EnumMap<Architecture, ArchitectureUsage> sum = new EnumMap<>(Architecture.class);
        for (Architecture a : Architecture.values()) {
            sum.put(a, of(a).plus(o.of(a)));
        }
        return new Usage(sum, ephemeralExtraMbMs.add(o.ephemeralExtraMbMs), snapStartCacheMbMs.add(o.snapStartCacheMbMs),
                snapStartRestoredMb.add(o.snapStartRestoredMb));
    }

    public Usage withEphemeralExtraMbMs(BigInteger mbMs) {
        return new Usage(byArchitecture, mbMs, snapStartCacheMbMs, snapStartRestoredMb);
    }

    public Usage withSnapStart(BigInteger cacheMbMs, BigInteger restoredMb) {
        return new Usage(byArchitecture, ephemeralExtraMbMs, cacheMbMs, restoredMb);
    }
}
