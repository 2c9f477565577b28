package io.lambdasim.model.ec2;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many requests one unit (an instance or a task) serves at once, its <em>slots</em>, and how long a request
 * occupies a slot. Each unit is a c-server station with c = its slots; the fleet in front of them is one FIFO queue
 * (docs/ec2-model.md).
 */
public sealed interface Capacity permits Capacity.CpuShare, Capacity.Measured {

    /** vCPUs of one Lambda vCPU's worth of memory: at 1,769 MB a function has one vCPU (PRICING.md). */
    int MB_PER_LAMBDA_VCPU = 1769;

    /** The slots of a unit with {@code vcpus} vCPUs; at least 1, else an exception saying why. */
    int slots(BigDecimal vcpus);

    /** A short description for reports. */
    String describe();

    /**
     * Capacity from CPU: a request in service keeps {@code cpuPerRequest} vCPUs busy, and a unit is filled up to
     * {@code targetCpuUtilisation} of its vCPUs, so it has
     * <pre>  slots = floor(vCPUs × targetCpuUtilisation / cpuPerRequest)</pre>
     * computed exactly in decimal (the shortest decimal of each double, so 2 × 0.6 / 0.3 is 4, not 3.999...).
     * A request's service time is its Lambda duration × {@code speedFactor} (1: as long as on Lambda; see
     * {@link #speedFactor(int, double, double)}), rounded to the nearest µs.
     *
     * @param cpuPerRequest        vCPUs a request in service uses on average, in (0, vCPUs]; for code that is CPU-bound
     *                             at Lambda's share, {@link #lambdaCpuShare(int)}; for I/O-bound code much less
     * @param targetCpuUtilisation the share of a unit's CPU that requests may use, in (0, 1] (headroom for the
     *                             operating system, the runtime's garbage collector, bursts)
     * @param speedFactor          service time on the unit over duration on Lambda, positive
     */
    record CpuShare(double cpuPerRequest, double targetCpuUtilisation, double speedFactor) implements Capacity {
        public CpuShare {
            if (!(cpuPerRequest > 0) || Double.isInfinite(cpuPerRequest)) {
                throw new IllegalArgumentException("CPU per request must be a positive number of vCPUs, was "
                        + cpuPerRequest);
            }
            if (!(targetCpuUtilisation > 0 && targetCpuUtilisation <= 1)) {
                throw new IllegalArgumentException("target CPU utilisation must be in (0, 1], was "
                        + targetCpuUtilisation);
            }
            if (!(speedFactor > 0) || Double.isInfinite(speedFactor)) {
                throw new IllegalArgumentException("speed factor must be positive, was " + speedFactor);
            }
        }

        @Override
        public int slots(BigDecimal vcpus) {
            BigDecimal s = vcpus.multiply(BigDecimal.valueOf(targetCpuUtilisation))
                    .divide(BigDecimal.valueOf(cpuPerRequest), 0, RoundingMode.FLOOR);
            if (s.signum() <= 0) {
                throw new IllegalArgumentException("a request needs " + cpuPerRequest + " vCPU but a unit of "
                        + vcpus.toPlainString() + " vCPU offers only " + vcpus.multiply(
                        BigDecimal.valueOf(targetCpuUtilisation)).toPlainString() + " at the target utilisation "
                        + targetCpuUtilisation + ": not even one slot");
            }
            return s.min(BigDecimal.valueOf(1_000_000)).intValueExact();
        }

        @Override
        public String describe() {
            return "CPU share: " + cpuPerRequest + " vCPU per request up to " + targetCpuUtilisation
                    + " of the unit's vCPUs, service time = Lambda duration × " + speedFactor;
        }
    }

    /**
     * Capacity measured by the user: a unit serves {@code requestsPerSecond} when its {@code slots} are all busy (a
     * load test at that concurrency). Every request then occupies a slot for exactly {@code slots / requestsPerSecond}
     * seconds, whatever its Lambda duration: the variability of durations is not carried over (per unit an M/D/c
     * station under Poisson arrivals).
     */
    record Measured(double requestsPerSecond, int slots) implements Capacity {
        public Measured {
            if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
                throw new IllegalArgumentException("measured requests per second must be positive, was "
                        + requestsPerSecond);
            }
            if (slots < 1) {
                throw new IllegalArgumentException("measured concurrency per unit must be at least 1, was " + slots);
            }
        }

        /** The service time of every request, {@code slots / requestsPerSecond}, rounded to the nearest µs (≥ 1). */
        public long serviceUs() {
            return Math.max(1, Math.round(slots * 1_000_000.0 / requestsPerSecond));
        }

        @Override
        public int slots(BigDecimal vcpus) {
            return slots;
        }

        @Override
        public String describe() {
            return "measured: " + requestsPerSecond + " requests/s per unit at " + slots + " concurrent, "
                    + serviceUs() + " µs each";
        }
    }

    /**
     * The vCPUs Lambda gives a function of {@code memoryMb}: memory / 1,769 MB (CPU is proportional to memory, one
     * vCPU at 1,769 MB, up to 6 vCPUs at 10,240 MB).
     */
    static double lambdaCpuShare(int memoryMb) {
        if (memoryMb < 128 || memoryMb > 10_240) {
            throw new IllegalArgumentException("Lambda memory " + memoryMb + " MB is outside 128 to 10,240 MB");
        }
        return (double) memoryMb / MB_PER_LAMBDA_VCPU;
    }

    /**
     * A speed factor for a request that spends {@code cpuBoundFraction} of its Lambda duration on the CPU (the rest
     * waiting for I/O, which no CPU speeds up), single-threaded, when on the unit it gets {@code vcpuOnUnit} vCPUs
     * instead of Lambda's share:
     * <pre>  speedFactor = (1 − f) + f × min(1, memoryMb / 1769) / min(1, vcpuOnUnit)</pre>
     * A single thread uses at most one vCPU on either side. It assumes a vCPU of the instance is as fast as a vCPU of
     * Lambda; for another processor generation multiply by the ratio of their single-thread speeds.
     */
    static double speedFactor(int lambdaMemoryMb, double cpuBoundFraction, double vcpuOnUnit) {
        if (!(cpuBoundFraction >= 0 && cpuBoundFraction <= 1)) {
            throw new IllegalArgumentException("CPU-bound fraction must be in [0, 1], was " + cpuBoundFraction);
        }
        if (!(vcpuOnUnit > 0)) {
            throw new IllegalArgumentException("vCPU on the unit must be positive, was " + vcpuOnUnit);
        }
        double lambda = Math.min(1, lambdaCpuShare(lambdaMemoryMb));
        return (1 - cpuBoundFraction) + cpuBoundFraction * lambda / Math.min(1, vcpuOnUnit);
    }
}
