package io.lambdasim.workload.importer.logs;

import io.lambdasim.workload.importer.FixturePaths;
import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.Rejection;
import io.lambdasim.workload.trace.TraceImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The hand-written log fixtures under src/test/resources/fixtures/logs, and reading them. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String name) {
        return FixturePaths.of("logs", name);
    }

    /** What one importer read from one file. */
    record Read(Path file, RecordingSink sink, ImportReport report) {

        List<String> rejections() {
            return report.rejections().stream().map(Rejection::toString).toList();
        }

        /** {@code file:line} of the file read. */
        String at(long line) {
            return file + ":" + line;
        }
    }

    static Read read(TraceImporter importer, Path file) {
        RecordingSink sink = new RecordingSink();
        ImportReport report = new ImportReport();
        try {
            importer.read(file, sink, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read(file, sink, report);
    }

    static Read read(TraceImporter importer, String fixture) {
        return read(importer, path(fixture));
    }
}
