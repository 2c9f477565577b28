package io.lambdasim.workload.generator;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lambdasim.workload.InvocationSource;
import io.lambdasim.workload.Workload;
import io.lambdasim.workload.random.RandomStreams;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/** Helpers for the generator tests: drawing arrivals and measuring allocation. */
final class Arrivals {

    static final long SECOND = 1_000_000L;
    static final long MINUTE = 60 * SECOND;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;

    private Arrivals() {
    }

    /** Every arrival of {@code workload} up to {@code horizonUs}, from substream {@code r} of seed {@code seed}. */
    static long[] of(Workload workload, long horizonUs, long seed, int r) {
        return all(workload.open(new RandomStreams(seed).stream(RandomStreams.ARRIVALS, r), horizonUs));
    }

    static long[] all(InvocationSource source) {
        long[] out = new long[1024];
        int n = 0;
        for (long t = source.nextArrivalUs(); t != InvocationSource.END; t = source.nextArrivalUs()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, 2 * n);
            }
            out[n++] = t;
        }
        return Arrays.copyOf(out, n);
    }

    /** The number of arrivals in each window {@code [k·width, (k+1)·width)} for k = 0 .. windows − 1. */
    static long[] countsPerWindow(long[] arrivals, long widthUs, int windows) {
        long[] counts = new long[windows];
        for (long t : arrivals) {
            long k = t / widthUs;
            if (k < windows) {
                counts[(int) k]++;
            }
        }
        return counts;
    }

    /** How many arrivals fall in {@code [fromUs, toUs)}. */
    static long countBetween(long[] arrivals, long fromUs, long toUs) {
        return Arrays.stream(arrivals).filter(t -> t >= fromUs && t < toUs).count();
    }

    static double mean(long[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    /** The sample variance (n − 1 in the denominator). */
    static double variance(long[] values) {
        double m = mean(values);
        return Arrays.stream(values).mapToDouble(v -> (v - m) * (v - m)).sum() / (values.length - 1);
    }

    static void assumeAllocationIsMeasurable() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "this JVM does not measure allocation per thread");
    }

    /** The bytes the current thread has allocated so far. */
    static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
