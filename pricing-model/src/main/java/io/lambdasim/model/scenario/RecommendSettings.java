package io.lambdasim.model.scenario;

/**
 * What the memory recommendation needs to know about the code that the scenario's traffic does not tell: the
 * {@code recommend} block of a scenario file ({@code docs/scenario-format.md}, {@code docs/recommendations.md}).
 *
 * @param cpuShare       the share, 0 to 1, of each configured duration that is CPU work (the rest is waiting on I/O
 *                       and does not speed up with memory)
 * @param handlerThreads how many threads the handler keeps busy, 1 to 6: above 1,769 MB (one vCPU) only a handler with
 *                       more than one thread runs faster
 */
public record RecommendSettings(double cpuShare, int handlerThreads) {

    /** All CPU work, single-threaded: what a file without a {@code recommend} block means. */
    public static final RecommendSettings DEFAULT = new RecommendSettings(1.0, 1);

    /** The most vCPUs a Lambda function gets (at 10,240 MB). */
    public static final int MAX_THREADS = 6;

    public RecommendSettings {
        if (!(cpuShare >= 0 && cpuShare <= 1)) {
            throw new IllegalArgumentException("the CPU share must be in [0, 1], was " + cpuShare);
        }
        if (handlerThreads < 1 || handlerThreads > MAX_THREADS) {
            throw new IllegalArgumentException("handler threads must be 1 to " + MAX_THREADS + ", was "
                    + handlerThreads);
        }
    }

    public RecommendSettings withCpuShare(double share) {
        return new RecommendSettings(share, handlerThreads);
    }

    public RecommendSettings withHandlerThreads(int threads) {
        return new RecommendSettings(cpuShare, threads);
    }
}
