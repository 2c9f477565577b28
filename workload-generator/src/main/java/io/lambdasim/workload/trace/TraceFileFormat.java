package io.lambdasim.workload.trace;

import java.nio.file.Path;
import java.util.Locale;

/** The two forms of a LambdaSim trace file; both are described in {@code docs/trace-format.md}. */
public enum TraceFileFormat {
    /** The compact, checked binary form ({@code .lstrace}). */
    BINARY,
    /** The same records as CSV, for people and spreadsheets ({@code .csv}). */
    CSV;

    /** The version of both forms this code writes and reads. */
    public static final int VERSION = 1;

    /** The form a name suggests: {@link #CSV} for a name ending in {@code .csv} (any case), else {@link #BINARY}. */
    public static TraceFileFormat forFileName(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : BINARY;
    }
}
