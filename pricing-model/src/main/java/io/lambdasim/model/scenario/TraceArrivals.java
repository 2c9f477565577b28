package io.lambdasim.model.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.workload.InvocationSource;
import io.lambdasim.workload.Workload;
import io.lambdasim.workload.generator.WallClock;
import io.lambdasim.workload.importer.Importers;
import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.TraceFileFormat;
import io.lambdasim.workload.trace.TraceFormatException;
import io.lambdasim.workload.trace.TraceHeader;
import io.lambdasim.workload.trace.TraceReader;
import io.lambdasim.workload.trace.TraceWorkload;
import io.lambdasim.workload.trace.TraceWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A function's arrivals read from a file: a LambdaSim trace, or any file {@code lambdasim import} reads (a CloudWatch
 * export, a log, a public trace), imported when the scenario is read into a temporary trace. Relative paths are
 * resolved against the scenario file's directory. Equality and the scenario file keep what the user wrote.
 */
final class TraceArrivals implements Workload {

    static final String TRACE_START = "trace-start";
    static final String SCENARIO_START = "scenario-start";

    private final String file;
    private final String format;
    private final String function;
    private final String origin;
    private final TraceWorkload resolved;
    private final ImportReport imported;

    private TraceArrivals(String file, String format, String function, String origin, TraceWorkload resolved,
                          ImportReport imported) {
        this.file = file;
        this.format = format;
        this.function = function;
        this.origin = origin;
        this.resolved = resolved;
        this.imported = imported;
    }

    /** The file, the trace replayed and what its import rejected ({@link TraceSource#of}). */
    TraceSource source() {
        return new TraceSource(file, resolved.path(), function, Optional.ofNullable(imported));
    }

    static Workload read(Fields a, WallClock clock, String scenarioFunction) {
        String file = a.text("file");
        String format = a.text("format", "auto");
        String function = a.text("function", scenarioFunction);
        String origin = a.text("origin", TRACE_START);
        Path base = Path.of(a.source()).toAbsolutePath().getParent();
        Path path = base == null ? Path.of(file) : base.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw a.error("file", path + ": no such file");
        }
        long originUs;
        if (origin.equals(TRACE_START)) {
            originUs = TraceWorkload.TRACE_START;
        } else if (origin.equals(SCENARIO_START)) {
            Instant s = clock.start();
            originUs = Math.addExact(Math.multiplyExact(s.getEpochSecond(), 1_000_000L), s.getNano() / 1000);
        } else {
            try {
                Instant s = Instant.parse(origin);
                originUs = Math.addExact(Math.multiplyExact(s.getEpochSecond(), 1_000_000L), s.getNano() / 1000);
            } catch (DateTimeParseException e) {
                throw a.error("origin", "expected \"trace-start\", \"scenario-start\" or an instant such as "
                        + "2026-03-02T00:00:00Z, was \"" + origin + "\"");
            }
        }
        Path trace = path;
        ImportReport imported = null;
        try {
            if (!TraceReader.looksLikeTrace(path)) {
                Imported result = importToTemporaryTrace(path, format);
                trace = result.trace();
                imported = result.report();
            }
        } catch (TraceFormatException | IllegalArgumentException e) {
            throw a.error("file", e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw a.error("file", path + ": cannot read: " + e.getMessage(), e);
        }
        try (TraceReader r = TraceReader.open(trace)) {
            TraceHeader h = r.header();
            if (h.function(function).isEmpty()) {
                throw a.error("function", "\"" + function + "\" is not in " + file + " (it has: "
                        + h.functions().stream().map(fn -> fn.name()).limit(20).collect(Collectors.joining(", "))
                        + (h.functions().size() > 20 ? ", ..." : "") + ")");
            }
        } catch (IOException | TraceFormatException e) {
            throw a.error("file", e.getMessage(), e);
        }
        return new TraceArrivals(file, format, function, origin, new TraceWorkload(trace, function, originUs,
                io.lambdasim.workload.trace.AggregateReconstruction.DEFAULT), imported);
    }

    static void write(ObjectNode n, TraceArrivals t) {
        n.put("type", "trace");
        n.put("file", t.file);
        if (!t.format.equals("auto")) {
            n.put("format", t.format);
        }
        n.put("function", t.function);
        if (!t.origin.equals(TRACE_START)) {
            n.put("origin", t.origin);
        }
    }

    private static Imported importToTemporaryTrace(Path file, String format) throws IOException {
        Path tmp = Files.createTempFile("lambdasim-scenario-", ".lstrace");
        tmp.toFile().deleteOnExit();
        ImportReport report = Importers.standard().importTrace(List.of(file), format, TraceWriter.to(tmp)
                .format(TraceFileFormat.BINARY)).report();
        return new Imported(tmp, report);
    }

    /** A file imported into a temporary trace, and what the import read and rejected. */
    private record Imported(Path trace, ImportReport report) {
    }

    @Override
    public InvocationSource open(UniformRandomProvider rng, long horizonUs) {
        return resolved.open(rng, horizonUs);
    }

    @Override
    public double meanRatePerSecond() {
        return resolved.meanRatePerSecond();
    }

    @Override
    public String describe() {
        return "trace " + file + " (" + function + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TraceArrivals t && file.equals(t.file) && format.equals(t.format)
                && function.equals(t.function) && origin.equals(t.origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, format, function, origin);
    }

    @Override
    public String toString() {
        return describe();
    }
}
