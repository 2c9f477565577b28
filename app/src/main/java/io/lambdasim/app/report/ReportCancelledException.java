package io.lambdasim.app.report;

/** A report build stopped because its caller cancelled it; nothing was written. */
public final class ReportCancelledException extends java.util.concurrent.CancellationException {

    public ReportCancelledException() {
        super("report cancelled");
    }
}
