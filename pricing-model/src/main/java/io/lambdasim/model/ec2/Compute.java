package io.lambdasim.model.ec2;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.ec2.PricingPlan;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a fleet is made of: EC2 instances of one type under one pricing plan, or Fargate tasks of one size. Both are
 * "units" to the fleet model: launched, booted, serving, drained, terminated, and billed per second with a one-minute
 * minimum (docs/ec2-model.md).
 */
public sealed interface Compute permits Compute.Ec2, Compute.Fargate {

    /** {@code instance} or {@code task}, for messages and reports. */
    String unitName();

    /** A short description for reports ({@code m6i.large, on-demand}). */
    String describe();

    /**
     * EC2 instances of {@code instanceType} ({@code m6i.large}), Linux, shared tenancy, priced under {@code plan}. The
     * type's vCPUs come from the price table the fleet is priced with.
     */
    record Ec2(String instanceType, PricingPlan plan) implements Compute {
        public Ec2 {
            Objects.requireNonNull(instanceType, "instanceType");
            Objects.requireNonNull(plan, "plan");
            if (instanceType.isBlank()) {
                throw new IllegalArgumentException("an EC2 fleet needs an instance type");
            }
        }

        @Override
        public String unitName() {
            return "instance";
        }

        @Override
        public String describe() {
            return instanceType + ", " + plan.describe();
        }
    }

    /**
     * Fargate tasks (Linux) of {@code vcpu} vCPUs and {@code memoryGb} GB of memory, billed per vCPU-hour and GB-hour
     * configured. Sizes follow Fargate's table: 0.25, 0.5, 1, 2, 4, 8 or 16 vCPUs, each with its memory range
     * (0.5 to 2 GB for 0.25 vCPU ... 32 to 120 GB for 16 vCPUs); the memory increments within a range are not checked.
     */
    record Fargate(BigDecimal vcpu, BigDecimal memoryGb, Architecture architecture) implements Compute {

        /** vCPU sizes with their memory range in GB: {vcpu, min, max}. */
        private static final String[][] SIZES = {
            {"0.25", "0.5", "2"}, {"0.5", "1", "4"}, {"1", "2", "8"}, {"2", "4", "16"}, {"4", "8", "30"},
            {"8", "16", "60"}, {"16", "32", "120"}};

        public Fargate {
            Objects.requireNonNull(vcpu, "vcpu");
            Objects.requireNonNull(memoryGb, "memoryGb");
            Objects.requireNonNull(architecture, "architecture");
            vcpu = vcpu.stripTrailingZeros();
            memoryGb = memoryGb.stripTrailingZeros();
            String[] size = null;
            for (String[] s : SIZES) {
                if (new BigDecimal(s[0]).compareTo(vcpu) == 0) {
                    size = s;
                }
            }
            if (size == null) {
                throw new IllegalArgumentException("a Fargate task has 0.25, 0.5, 1, 2, 4, 8 or 16 vCPUs, not "
                        + vcpu.toPlainString());
            }
            if (memoryGb.compareTo(new BigDecimal(size[1])) < 0 || memoryGb.compareTo(new BigDecimal(size[2])) > 0) {
                throw new IllegalArgumentException("a Fargate task of " + vcpu.toPlainString() + " vCPU has " + size[1]
                        + " to " + size[2] + " GB of memory, not " + memoryGb.toPlainString());
            }
        }

        @Override
        public String unitName() {
            return "task";
        }

        @Override
        public String describe() {
            return "Fargate " + vcpu.toPlainString() + " vCPU, " + memoryGb.toPlainString() + " GB, "
                    + architecture.id();
        }
    }
}
