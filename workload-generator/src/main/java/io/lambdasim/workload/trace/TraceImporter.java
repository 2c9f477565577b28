package io.lambdasim.workload.trace;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one kind of file (a CloudWatch export, a log, a public trace) into a {@link TraceSink}. */
public interface TraceImporter {

    /** The short name used by {@code --format} ("cloudwatch-get-metric-data", "report-log"...). */
    String id();

    /** One line saying what the format is, for help and messages. */
    String description();

    /**
     * How sure this importer is that a file whose name and first characters (up to 64 KiB, decoded as UTF-8 with
     * malformed bytes replaced) are given is of its format: 0 (surely not) to 1 (certainly).
     */
    double detect(String fileName, String head);

    /**
     * Reads {@code file}, delivering each usable row to {@code sink} and accounting for every row in {@code report}
     * (accepted, or rejected with file, line, field and reason). Throws only for I/O failures or when nothing in the
     * file can be read as this format ({@link TraceFormatException}).
     */
    void read(Path file, TraceSink sink, ImportReport report) throws IOException;
}
