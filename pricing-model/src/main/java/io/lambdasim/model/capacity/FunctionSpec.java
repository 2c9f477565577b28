package io.lambdasim.model.capacity;

import io.lambdasim.model.billing.FunctionBillingProfile;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.Packaging;
import io.lambdasim.pricedata.RuntimeKind;
import io.lambdasim.workload.Workload;
import io.lambdasim.workload.distribution.DurationDistribution;
import java.util.Objects;

/**
 * One Lambda function as the simulator sees it: configuration, limits, the distributions of its durations, INIT
 * durations and keep-alive times, its provisioned-concurrency schedule and its traffic. Build with {@link #builder}.
 *
 * @param timeoutUs            longer invocations are cut here and billed as the timeout
 * @param reservedConcurrency  -1 for none (the function shares the account's unreserved pool)
 * @param maxLifetimeUs        an idle environment older than this is reclaimed; 0 for no limit
 * @param maxEventAgeUs        asynchronous events throttled for longer than this are dropped
 */
public record FunctionSpec(String name, Architecture architecture, int memoryMb, String runtime, Packaging packaging,
                           RuntimeKind runtimeKind, long timeoutUs, int reservedConcurrency,
                           InvocationType invocationType, int ephemeralMb, DurationDistribution duration,
                           DurationDistribution init, DurationDistribution keepAlive, long maxLifetimeUs,
                           long maxEventAgeUs, ProvisionedSchedule provisioned, Workload workload) {

    /** The longest timeout Lambda allows, 900 s. */
    public static final long MAX_TIMEOUT_US = 900_000_000L;

    public FunctionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(packaging, "packaging");
        Objects.requireNonNull(runtimeKind, "runtimeKind");
        Objects.requireNonNull(invocationType, "invocationType");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(keepAlive, "keepAlive");
        Objects.requireNonNull(provisioned, "provisioned");
        Objects.requireNonNull(workload, "workload");
        String where = "function '" + name + "': ";
        if (name.isBlank()) {
            throw new IllegalArgumentException("a function needs a name");
        }
        if (memoryMb < 128 || memoryMb > 10_240) {
            throw new IllegalArgumentException(where + "memory " + memoryMb + " MB is outside 128 to 10,240 MB");
        }
        if (timeoutUs < 1_000 || timeoutUs > MAX_TIMEOUT_US) {
            throw new IllegalArgumentException(where + "timeout must be 1 ms to 900 s");
        }
        if (reservedConcurrency < -1) {
            throw new IllegalArgumentException(where + "reserved concurrency must be -1 (none) or at least 0");
        }
        if (reservedConcurrency >= 0 && provisioned.maxLevel() > reservedConcurrency) {
            throw new IllegalArgumentException(where + "provisioned concurrency " + provisioned.maxLevel()
                    + " exceeds its reserved concurrency " + reservedConcurrency);
        }
        if (maxLifetimeUs < 0 || maxEventAgeUs < 0) {
            throw new IllegalArgumentException(where + "negative lifetime or event age");
        }
        new FunctionBillingProfile(architecture, memoryMb, ephemeralMb, packaging, runtimeKind, false);
    }

    public FunctionBillingProfile billingProfile() {
        return new FunctionBillingProfile(architecture, memoryMb, ephemeralMb, packaging, runtimeKind, false);
    }

    public boolean hasReservedConcurrency() {
        return reservedConcurrency >= 0;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.architecture = architecture;
        b.memoryMb = memoryMb;
        b.runtime = runtime;
        b.packaging = packaging;
        b.runtimeKind = runtimeKind;
        b.timeoutUs = timeoutUs;
        b.reservedConcurrency = reservedConcurrency;
        b.invocationType = invocationType;
        b.ephemeralMb = ephemeralMb;
        b.duration = duration;
        b.init = init;
        b.keepAlive = keepAlive;
        b.maxLifetimeUs = maxLifetimeUs;
        b.maxEventAgeUs = maxEventAgeUs;
        b.provisioned = provisioned;
        b.workload = workload;
        return b;
    }

    /** A mutable builder with Lambda's defaults: x86_64, 128 MB, ZIP, managed runtime, 3 s timeout, 10 min keep-alive. */
    public static final class Builder {
        private String name;
        private Architecture architecture = Architecture.X86_64;
        private int memoryMb = 128;
        private String runtime = "nodejs22.x";
        private Packaging packaging = Packaging.ZIP;
        private RuntimeKind runtimeKind = RuntimeKind.MANAGED;
        private long timeoutUs = 3_000_000L;
        private int reservedConcurrency = -1;
        private InvocationType invocationType = InvocationType.SYNC;
        private int ephemeralMb = 512;
        private DurationDistribution duration;
        private DurationDistribution init;
        private DurationDistribution keepAlive;
        private long maxLifetimeUs;
        private long maxEventAgeUs = 6L * 3_600_000_000L;
        private ProvisionedSchedule provisioned = ProvisionedSchedule.NONE;
        private Workload workload;

        private Builder(String name) {
            this.name = name;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder architecture(Architecture v) {
            architecture = v;
            return this;
        }

        public Builder memoryMb(int v) {
            memoryMb = v;
            return this;
        }

        public Builder runtime(String v, RuntimeKind kind) {
            runtime = v;
            runtimeKind = kind;
            return this;
        }

        public Builder packaging(Packaging v) {
            packaging = v;
            return this;
        }

        public Builder timeoutUs(long v) {
            timeoutUs = v;
            return this;
        }

        public Builder reservedConcurrency(int v) {
            reservedConcurrency = v;
            return this;
        }

        public Builder invocationType(InvocationType v) {
            invocationType = v;
            return this;
        }

        public Builder ephemeralMb(int v) {
            ephemeralMb = v;
            return this;
        }

        public Builder duration(DurationDistribution v) {
            duration = v;
            return this;
        }

        public Builder init(DurationDistribution v) {
            init = v;
            return this;
        }

        public Builder keepAlive(DurationDistribution v) {
            keepAlive = v;
            return this;
        }

        public Builder maxLifetimeUs(long v) {
            maxLifetimeUs = v;
            return this;
        }

        public Builder maxEventAgeUs(long v) {
            maxEventAgeUs = v;
            return this;
        }

        public Builder provisioned(ProvisionedSchedule v) {
            provisioned = v;
            return this;
        }

        public Builder workload(Workload v) {
            workload = v;
            return this;
        }

        public FunctionSpec build() {
            if (duration == null || init == null || keepAlive == null || workload == null) {
                throw new IllegalArgumentException("function '" + name + "' needs a workload and duration, init and "
                        + "keep-alive distributions");
            }
            return new FunctionSpec(name, architecture, memoryMb, runtime, packaging, runtimeKind, timeoutUs,
                    reservedConcurrency, invocationType, ephemeralMb, duration, init, keepAlive, maxLifetimeUs,
                    maxEventAgeUs, provisioned, workload);
        }
    }
}
