package io.lambdasim.model.billing;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.Packaging;
import io.lambdasim.pricedata.RuntimeKind;
import java.util.Objects;

/**
 * What billing needs to know of a function's configuration.
 *
 * @param ephemeralMb configured /tmp, 512 to 10,240 MB (only the part above 512 MB is billed)
 * @param snapStart   whether SnapStart restores (instead of INIT) start its environments
 */
public record FunctionBillingProfile(Architecture architecture, int memoryMb, int ephemeralMb, Packaging packaging,
                                     RuntimeKind runtimeKind, boolean snapStart) {

    public FunctionBillingProfile {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(packaging, "packaging");
        Objects.requireNonNull(runtimeKind, "runtimeKind");
        if (memoryMb < 128 || memoryMb > 10_240) {
            throw new IllegalArgumentException("memory " + memoryMb + " MB is outside 128 to 10,240 MB");
        }
        if (ephemeralMb < Rounding.FREE_EPHEMERAL_MB || ephemeralMb > 10_240) {
            throw new IllegalArgumentException("ephemeral storage " + ephemeralMb + " MB is outside 512 to 10,240 MB");
        }
    }

    /** A ZIP function on a managed runtime with the default 512 MB of /tmp. */
    public static FunctionBillingProfile zip(Architecture arch, int memoryMb) {
        return new FunctionBillingProfile(arch, memoryMb, Rounding.FREE_EPHEMERAL_MB, Packaging.ZIP,
                RuntimeKind.MANAGED, false);
    }
}
