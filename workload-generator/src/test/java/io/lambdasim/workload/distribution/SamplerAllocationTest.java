package io.lambdasim.workload.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lambdasim.workload.random.RandomStreams;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The simulator draws millions of durations per second: a sampler must not allocate per draw. */
class SamplerAllocationTest {

    /** The bytes the current thread has allocated so far. */
    static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    static void assumeAllocationIsMeasurable() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "this JVM does not measure allocation per thread");
    }

    private static long drawMany(DurationSampler sampler, int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += sampler.sampleUs();
        }
        return sum;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "const:120ms",
        "exp:1991ms",
        "uniform:10ms..50ms",
        "lognormal:median=80ms,p99=900ms",
        "gamma:shape=2,mean=100ms",
        "gamma:shape=0.5,mean=1s",
        "empirical:p0=5ms,p50=80ms,p90=200ms,p99=900ms,p100=3s",
        "mix:0.9*exp:100ms+0.1*const:2s",
        "mix:0.5*lognormal:median=80ms,p99=900ms+0.3*uniform:1s..2s+0.2*empirical:p0=0ms,p100=10min",
    })
    void drawingAMillionDurationsAllocatesNothing(String spec) {
        assumeAllocationIsMeasurable();
        DurationSampler sampler = Distributions.parse(spec).sampler(new RandomStreams(3).stream("durations", 0));
        long warmUp = drawMany(sampler, 2_000_000);

        long before = allocatedBytes();
        long sum = drawMany(sampler, 1_000_000);
        long allocated = allocatedBytes() - before;

        assertThat(sum + warmUp).isPositive();
        assertThat(allocated).as("bytes allocated by 1,000,000 draws").isLessThan(64 * 1024);
    }
}
