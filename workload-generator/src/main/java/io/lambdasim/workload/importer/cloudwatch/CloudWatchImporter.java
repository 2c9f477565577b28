package io.lambdasim.workload.importer.cloudwatch;

import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.TraceImporter;
import io.lambdasim.workload.trace.TraceSink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A CloudWatch metric export importer. Besides {@link #read} (one file) it can {@linkplain #collect collect} several
 * files into one {@link MetricTable}, so that metrics of one function and interval arriving from different files
 * (pages of a paginated export, one get-metric-statistics file per metric) make one row.
 */
public interface CloudWatchImporter extends TraceImporter {

    /**
     * Reads {@code file} into {@code table} without delivering rows: datapoint rejections and file-level warnings go
     * to {@code report} now; rows, gaps and duplicates when the table is {@linkplain MetricTable#emit emitted}.
     *
     * @throws io.lambdasim.workload.trace.TraceFormatException if nothing in the file can be read as this format
     */
    void collect(Path file, MetricTable table, ImportReport report) throws IOException;

    /** Reads one file: {@link #readAll} of that file alone. */
    @Override
    default void read(Path file, TraceSink sink, ImportReport report) throws IOException {
        readAll(List.of(file), sink, report);
    }

    /**
     * Reads several files of this format as one export, combining them by (function, interval). If one file cannot
     * be read at all, the exception propagates and nothing is delivered.
     */
    default void readAll(List<Path> files, TraceSink sink, ImportReport report) throws IOException {
        report.format(id());
        MetricTable table = new MetricTable();
        for (Path file : files) {
            collect(file, table, report);
        }
        table.emit(sink, report);
    }
}
