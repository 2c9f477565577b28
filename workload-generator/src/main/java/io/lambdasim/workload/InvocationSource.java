package io.lambdasim.workload;

/**
 * A stream of invocations of one function, in time order, read one at a time so that a trace of any length is
 * simulated without being held in memory. Not thread-safe; one per simulation run.
 */
public interface InvocationSource {

    /** Returned by {@link #nextArrivalUs()} when the stream has ended. */
    long END = Long.MAX_VALUE;

    /**
     * Advances to the next invocation and returns its arrival time in microseconds since the start of the run
     * (never earlier than the previous one), or {@link #END}.
     */
    long nextArrivalUs();

    /** The duration of the current invocation as the source knows it (a trace), or -1 to let the simulator draw it. */
    default long durationUs() {
        return -1;
    }
}
