package io.lambdasim.workload.trace;

/** How an observed invocation ended. */
public enum InvocationStatus {
    SUCCESS,
    ERROR,
    TIMEOUT,
    /** The source does not say. */
    UNKNOWN
}
