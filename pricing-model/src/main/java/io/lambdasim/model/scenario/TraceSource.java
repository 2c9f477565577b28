package io.lambdasim.model.scenario;

import io.lambdasim.workload.Workload;
import io.lambdasim.workload.trace.ImportReport;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a function's arrivals of {@code "type": "trace"} come from, for reports that describe the traffic.
 *
 * @param file     the file as the scenario names it
 * @param trace    the LambdaSim trace replayed: the file itself, or the temporary trace it was imported into
 * @param function the function of the trace replayed
 * @param imported what the import read and rejected, when the file was imported as the scenario was read; empty when
 *                 the file already was a LambdaSim trace (its import's rejections are not kept in the trace)
 */
public record TraceSource(String file, Path trace, String function, Optional<ImportReport> imported) {

    public TraceSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(imported, "imported");
    }

    /** The trace behind {@code workload}, empty when it is not a scenario's trace arrivals. */
    public static Optional<TraceSource> of(Workload workload) {
        return workload instanceof TraceArrivals t ? Optional.of(t.source()) : Optional.empty();
    }
}
