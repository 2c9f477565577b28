package io.lambdasim.model.ec2;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.ec2.PricingPlan;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A fleet of EC2 instances or Fargate tasks that would serve the traffic of one Lambda function instead: what it is
 * made of, how many requests a unit serves at once, how it scales, the queue in front of it and the front door. Build
 * with {@link #builder(String)}; the model is described in docs/ec2-model.md.
 *
 * @param name             a label for reports
 * @param functionName     the Lambda function of the simulation whose arrivals and durations the fleet serves (its
 *                         named random streams: common random numbers)
 * @param bootUs           time from a unit's launch (when billing starts) until it serves requests
 * @param queueLimit       requests that may wait for a slot (fleet-wide FIFO); one more is rejected. 0 makes a loss
 *                         system; {@link #UNLIMITED_QUEUE} never rejects
 * @param requestTimeoutUs a request still waiting after this long leaves the queue unserved (abandoned); 0 for none.
 *                         A request that has started runs to its end.
 */
public record FleetSpec(String name, String functionName, Compute compute, Capacity capacity, Scaling scaling,
                        long bootUs, int queueLimit, long requestTimeoutUs, FrontDoor frontDoor) {

    public static final int UNLIMITED_QUEUE = Integer.MAX_VALUE;
    /** The default boot time of an EC2 instance until its application serves (an assumption: measure yours). */
    public static final long DEFAULT_EC2_BOOT_US = 90_000_000L;
    /** The default time for a Fargate task to pull its image and start serving (an assumption: measure yours). */
    public static final long DEFAULT_FARGATE_BOOT_US = 60_000_000L;

    public FleetSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(compute, "compute");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(frontDoor, "frontDoor");
        String where = "fleet '" + name + "': ";
        if (functionName.isBlank()) {
            throw new IllegalArgumentException(where + "name the Lambda function whose traffic the fleet serves");
        }
        if (bootUs < 0) {
            throw new IllegalArgumentException(where + "boot time must not be negative");
        }
        if (queueLimit < 0) {
            throw new IllegalArgumentException(where + "queue limit must not be negative (0: no queue)");
        }
        if (requestTimeoutUs < 0) {
            throw new IllegalArgumentException(where + "request timeout must not be negative (0: none)");
        }
    }

    /** The unit's vCPUs when known from the spec alone (Fargate); EC2 types take theirs from the price table. */
    BigDecimal fargateVcpus() {
        return ((Compute.Fargate) compute).vcpu();
    }

    public static Builder builder(String functionName) {
        return new Builder(functionName);
    }

    public Builder toBuilder() {
        Builder b = new Builder(functionName);
        b.name = name;
        b.compute = compute;
        b.capacity = capacity;
        b.scaling = scaling;
        b.bootUs = bootUs;
        b.queueLimit = queueLimit;
        b.requestTimeoutUs = requestTimeoutUs;
        b.frontDoor = frontDoor;
        return b;
    }

    /**
     * A mutable builder. Defaults: no front door, an unlimited queue without timeout, a boot time of 90 s for EC2
     * instances and 60 s for Fargate tasks; the compute, the capacity and the scaling must be set.
     */
    public static final class Builder {
        private String functionName;
        private String name;
        private Compute compute;
        private Capacity capacity;
        private Scaling scaling;
        private long bootUs = -1;
        private int queueLimit = UNLIMITED_QUEUE;
        private long requestTimeoutUs;
        private FrontDoor frontDoor = FrontDoor.none();

        private Builder(String functionName) {
            this.functionName = functionName;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder functionName(String v) {
            functionName = v;
            return this;
        }

        public Builder compute(Compute v) {
            compute = v;
            return this;
        }

        /** EC2 instances of {@code instanceType} under {@code plan}. */
        public Builder ec2(String instanceType, PricingPlan plan) {
            return compute(new Compute.Ec2(instanceType, plan));
        }

        /** Fargate tasks of {@code vcpu} vCPUs and {@code memoryGb} GB ("0.5", "1"). */
        public Builder fargate(String vcpu, String memoryGb, Architecture architecture) {
            return compute(new Compute.Fargate(new BigDecimal(vcpu), new BigDecimal(memoryGb), architecture));
        }

        public Builder capacity(Capacity v) {
            capacity = v;
            return this;
        }

        /** {@link Capacity.CpuShare} with a speed factor of 1. */
        public Builder cpuCapacity(double cpuPerRequest, double targetCpuUtilisation) {
            return capacity(new Capacity.CpuShare(cpuPerRequest, targetCpuUtilisation, 1.0));
        }

        public Builder measuredCapacity(double requestsPerSecond, int slots) {
            return capacity(new Capacity.Measured(requestsPerSecond, slots));
        }

        public Builder scaling(Scaling v) {
            scaling = v;
            return this;
        }

        public Builder fixedSize(int units) {
            return scaling(Scaling.fixed(units));
        }

        public Builder bootUs(long v) {
            bootUs = v;
            return this;
        }

        public Builder queueLimit(int v) {
            queueLimit = v;
            return this;
        }

        public Builder requestTimeoutUs(long v) {
            requestTimeoutUs = v;
            return this;
        }

        public Builder frontDoor(FrontDoor v) {
            frontDoor = v;
            return this;
        }

        public FleetSpec build() {
            if (compute == null || capacity == null || scaling == null) {
                throw new IllegalArgumentException("fleet for '" + functionName + "' needs its compute (EC2 or "
                        + "Fargate), its capacity per unit and its scaling");
            }
            long boot = bootUs >= 0 ? bootUs
                    : compute instanceof Compute.Fargate ? DEFAULT_FARGATE_BOOT_US : DEFAULT_EC2_BOOT_US;
            String label = name != null ? name : functionName + " on " + compute.describe();
            return new FleetSpec(label, functionName, compute, capacity, scaling, boot, queueLimit, requestTimeoutUs,
                    frontDoor);
        }
    }
}
