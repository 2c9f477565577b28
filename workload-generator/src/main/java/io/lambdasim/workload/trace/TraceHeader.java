package io.lambdasim.workload.trace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a trace file says of itself before its records: the kind, the functions, the time span and the record count.
 * All times are UTC epoch microseconds; an empty trace has all three times 0.
 *
 * @param kind         what the records are
 * @param version      the format version the file was written in
 * @param functions    the functions, sorted by name
 * @param firstStartUs the earliest record's start
 * @param lastStartUs  the latest record's start
 * @param endUs        the latest end: start + duration of an invocation, start + length of an interval
 * @param records      the number of records (invocations, or interval aggregates)
 */
public record TraceHeader(TraceKind kind, int version, List<TraceFunction> functions, long firstStartUs,
                          long lastStartUs, long endUs, long records) {

    public TraceHeader {
        Objects.requireNonNull(kind, "kind");
        functions = List.copyOf(functions);
        if (records < 0) {
            throw new IllegalArgumentException("negative record count");
        }
    }

    /** The function named {@code name}, if the trace has it. */
    public Optional<TraceFunction> function(String name) {
        for (TraceFunction f : functions) {
            if (f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
