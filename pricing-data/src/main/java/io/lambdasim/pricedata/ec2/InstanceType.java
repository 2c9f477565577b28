package io.lambdasim.pricedata.ec2;

import io.lambdasim.pricedata.Architecture;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An EC2 instance type as LambdaSim prices it: its name ({@code m7g.large}), vCPUs, memory and architecture.
 *
 * <p>Equality ignores the scale of {@code memoryGib} ({@code 8} equals {@code 8.0}).
 */
public record InstanceType(String name, int vcpus, BigDecimal memoryGib, Architecture architecture) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9-]+");

    public InstanceType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(memoryGib, "memoryGib");
        Objects.requireNonNull(architecture, "architecture");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an instance type name: '" + name + "' (expected family.size, "
                    + "such as m7g.large)");
        }
        if (vcpus < 1) {
            throw new IllegalArgumentException(name + ": vCPUs must be positive, found " + vcpus);
        }
        if (memoryGib.signum() <= 0) {
            throw new IllegalArgumentException(name + ": memory must be positive, found " + memoryGib.toPlainString()
                    + " GiB");
        }
        memoryGib = memoryGib.stripTrailingZeros();
    }

    /** The family, the part before the dot ({@code m7g}). */
    public String family() {
        return name.substring(0, name.indexOf('.'));
    }

    /** The size, the part after the dot ({@code large}). */
    public String size() {
        return name.substring(name.indexOf('.') + 1);
    }

    @Override
    public String toString() {
        return name + " (" + vcpus + " vCPU, " + memoryGib.toPlainString() + " GiB, " + architecture + ")";
    }
}
