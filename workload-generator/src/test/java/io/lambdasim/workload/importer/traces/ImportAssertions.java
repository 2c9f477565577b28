package io.lambdasim.workload.importer.traces;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.TraceFormatException;
import io.lambdasim.workload.trace.TraceImporter;
import java.nio.file.Path;

/** Assertions the importer tests share. */
final class ImportAssertions {

    private ImportAssertions() {
    }

    /** Reading {@code file} with {@code importer} fails with a {@link TraceFormatException} saying {@code message}. */
    static void assertReadFails(TraceImporter importer, Path file, String message) {
        assertThatThrownBy(() -> importer.read(file, new CollectingSink(), new ImportReport()))
                .isInstanceOf(TraceFormatException.class)
                .hasMessage(message);
    }
}
