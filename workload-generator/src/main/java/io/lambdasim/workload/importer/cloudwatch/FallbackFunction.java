package io.lambdasim.workload.importer.cloudwatch;

import io.lambdasim.workload.trace.ImportReport;

/**
 * The function of one file's series whose label names none: the one the importer was given, or else the file name up
 * to its first dot, said once per file in a warning.
 */
final class FallbackFunction {

    private final String configured;
    private final String fileName;
    private final ImportReport report;
    private boolean warned;

    FallbackFunction(String configured, String fileName, ImportReport report) {
        this.configured = configured;
        this.fileName = fileName;
        this.report = report;
    }

    /** {@code labelled} if not null, else the fallback. */
    String or(String labelled) {
        if (labelled != null) {
            return labelled;
        }
        if (configured != null) {
            return configured;
        }
        String function = InputFiles.functionFromName(fileName);
        if (!warned) {
            warned = true;
            report.warning(fileName + ": the labels name no function; their values are given to \"" + function
                    + "\" (the file name up to its first dot)");
        }
        return function;
    }
}
