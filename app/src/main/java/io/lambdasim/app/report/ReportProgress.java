package io.lambdasim.app.report;

/**
 * What a report build tells its caller as it goes (a progress bar in the app, nothing on the command line), and how
 * the caller stops it: {@link #cancelled()} is polled between steps, and a build that sees it true throws
 * {@link ReportCancelledException}.
 */
public interface ReportProgress {

    /** Nothing reported, never cancelled. */
    ReportProgress NONE = new ReportProgress() {
    };

    /** {@code fraction} of the work (0 to 1) is done; {@code step} says what comes next. */
    default void progress(double fraction, String step) {
    }

    /** Whether the caller wants the build to stop. */
    default boolean cancelled() {
        return false;
    }
}
