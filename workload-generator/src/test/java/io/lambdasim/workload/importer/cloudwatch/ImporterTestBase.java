package io.lambdasim.workload.importer.cloudwatch;

import static io.lambdasim.workload.importer.cloudwatch.Fixtures.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.TraceFormatException;
import java.io.IOException;

/** What the tests of the three importers share: the importer, its report and sink, and reading fixtures with it. */
abstract class ImporterTestBase {

    final CloudWatchImporter importer;
    final ImportReport report = new ImportReport();
    final Fixtures.Sink sink = new Fixtures.Sink();

    ImporterTestBase(CloudWatchImporter importer) {
        this.importer = importer;
    }

    void read(String fixture) throws IOException {
        importer.read(path(fixture), sink, report);
    }

    /** Reading {@code fixture} fails with exactly {@code message} and delivers nothing. */
    void assertFails(String fixture, String message) {
        assertThatThrownBy(() -> read(fixture))
                .isExactlyInstanceOf(TraceFormatException.class)
                .hasMessage(message)
                .hasNoCause();
        assertThat(sink.rows).isEmpty();
    }
}
