package io.lambdasim.workload.trace;

/** A file that cannot be read as the format asked for, with the reason and, where possible, what it looks like. */
public final class TraceFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TraceFormatException(String message) {
        super(message);
    }

    public TraceFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
