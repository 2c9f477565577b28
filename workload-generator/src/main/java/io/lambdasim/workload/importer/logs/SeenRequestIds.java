package io.lambdasim.workload.importer.logs;

import io.lambdasim.workload.trace.ImportReport;

/**
 * The request ids an importer has seen, per report: files read one after the other into the same
 * {@link ImportReport} share one set, so a retry logged in another file (another page of {@code filter-log-events})
 * is counted too; a new report starts a new set.
 */
final class SeenRequestIds {

    private ImportReport report;
    private RequestIdSet ids;

    synchronized RequestIdSet forReport(ImportReport r) {
        if (r != report) {
            report = r;
            ids = new RequestIdSet();
        }
        return ids;
    }
}
