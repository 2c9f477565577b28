package io.lambdasim.workload.trace;

import java.util.Objects;

/**
 * A function as a trace file's header lists it.
 *
 * @param name     the function's name (or the source's anonymised id)
 * @param memoryMb the configured memory shared by all its records, or -1 if unknown or if its records differ
 * @param records  how many records of this function the file holds (interval aggregates, not invocations, in an
 *                 aggregate trace)
 */
public record TraceFunction(String name, int memoryMb, long records) {

    public TraceFunction {
        Objects.requireNonNull(name, "name");
        if (memoryMb < -1) {
            throw new IllegalArgumentException("memory of function \"" + name + "\" is " + memoryMb + " MB");
        }
        if (records < 0) {
            throw new IllegalArgumentException("negative record count of function \"" + name + "\"");
        }
    }
}
