package io.lambdasim.app.ui.editors;

import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.workload.importer.Importers;
import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.TraceHeader;
import io.lambdasim.workload.trace.TraceImporter;
import io.lambdasim.workload.trace.TraceWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The import wizard without its window: reads the chosen files into a trace beside the project (a temporary name
 * until the user confirms), then points one function's arrivals at it in one undoable edit. Nothing the user owns
 * changes until {@link #finish}; {@link #cancel} deletes the temporary trace.
 */
public final class ImportWizardModel {

    /** What the files hold, and the trace read from them (not yet the project's). */
    public record Analysis(List<Path> files, String format, String head, ImportReport report, TraceHeader header,
                           Path temporaryTrace, Path target) {

        /** The trace's functions, most rows first. */
        public List<String> traceFunctions() {
            return report.functions().entrySet().stream()
                    .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).map(e -> e.getKey()).toList();
        }
    }

    private final ScenarioDocument document;

    public ImportWizardModel(ScenarioDocument document) {
        this.document = Objects.requireNonNull(document, "document");
    }

    /**
     * Detects the format of {@code files} and imports them into a temporary trace in the directory the trace will
     * live in (the project's, or the first file's for a project not saved yet).
     *
     * @throws IllegalArgumentException with the importer's message (file, line, field) when the files cannot be read
     */
    public Analysis analyse(List<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("choose at least one file to import");
        }
        Path first = files.get(0);
        Importers importers = Importers.standard(baseName(first));
        String head;
        TraceImporter importer;
        try {
            head = firstLines(Importers.head(first), 12);
            importer = importers.detect(first);
        } catch (io.lambdasim.workload.trace.TraceFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);   // names the file and what it looks like
        } catch (IOException e) {
            throw new IllegalArgumentException(first + ": cannot read: " + e.getMessage(), e);
        }
        Path dir = directory(first);
        Path target = uniqueTarget(dir, baseName(first));
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.delete(tmp);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write in " + dir + ": " + e.getMessage(), e);
        }
        try {
            Importers.ImportResult r = importers.importTrace(files, importer.id(), TraceWriter.to(tmp));
            return new Analysis(List.copyOf(files), importer.id(), head, r.report(), r.header(), tmp, target);
        } catch (IOException | io.lambdasim.workload.trace.TraceFormatException e) {
            deleteQuietly(tmp);
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    /**
     * Keeps the trace (moved to its final name) and makes {@code scenarioFunction} replay {@code traceFunction} of
     * it, as one edit; the reason it was refused (the trace is then deleted and the document unchanged), or empty.
     */
    public Optional<String> finish(Analysis a, String traceFunction, String scenarioFunction) {
        try {
            try {
                Files.move(a.temporaryTrace(), a.target(), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(a.temporaryTrace(), a.target());
            }
        } catch (IOException e) {
            deleteQuietly(a.temporaryTrace());
            return Optional.of("cannot keep the trace as " + a.target() + ": " + e.getMessage());
        }
        int index = document.scenario().spec().functions().stream().map(f -> f.name()).toList()
                .indexOf(scenarioFunction);
        if (index < 0) {
            deleteQuietly(a.target());
            return Optional.of("no function '" + scenarioFunction + "' in the scenario");
        }
        String file = referenceTo(a.target());
        Optional<String> refused = document.edit("Import traffic from " + a.files().get(0).getFileName(), t -> {
            var fn = (com.fasterxml.jackson.databind.node.ObjectNode) t.get("functions").get(index);
            var arrivals = fn.putObject("arrivals");
            arrivals.put("type", "trace");
            arrivals.put("file", file);
            arrivals.put("function", traceFunction);
        });
        if (refused.isPresent()) {
            deleteQuietly(a.target());
        }
        return refused;
    }

    /** Deletes the temporary trace: the project is as it was. */
    public void cancel(Analysis a) {
        if (a != null) {
            deleteQuietly(a.temporaryTrace());
        }
    }

    /** The project's directory, or the imported file's for a project that has no file yet. */
    Path directory(Path firstFile) {
        Path source = Path.of(document.source());
        if (Files.isRegularFile(source) && source.toAbsolutePath().getParent() != null) {
            return source.toAbsolutePath().getParent();
        }
        return firstFile.toAbsolutePath().getParent();
    }

    /** The trace's path as the scenario names it: relative to a saved project, absolute otherwise. */
    String referenceTo(Path trace) {
        Path source = Path.of(document.source());
        if (Files.isRegularFile(source)) {
            return source.toAbsolutePath().getParent().relativize(trace.toAbsolutePath()).toString()
                    .replace('\\', '/');
        }
        return trace.toAbsolutePath().toString();
    }

    private static Path uniqueTarget(Path dir, String base) {
        Path p = dir.resolve(base + ".lstrace");
        for (int i = 2; Files.exists(p); i++) {
            p = dir.resolve(base + "-" + i + ".lstrace");
        }
        return p;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        base = base.replaceAll("[^A-Za-z0-9_-]+", "-");
        return base.isEmpty() ? "traffic" : base.toLowerCase(Locale.ROOT);
    }

    private static String firstLines(String text, int n) {
        String[] lines = text.split("\r?\n", n + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, lines.length); i++) {
            String l = lines[i];
            sb.append(l.length() > 160 ? l.substring(0, 160) + "…" : l).append('\n');
        }
        return sb.toString();
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + p, e);
        }
    }
}
