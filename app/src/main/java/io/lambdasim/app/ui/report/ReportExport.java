package io.lambdasim.app.ui.report;

import io.lambdasim.app.report.Paper;
import io.lambdasim.app.report.PdfReportWriter;
import io.lambdasim.app.report.ReportCancelledException;
import io.lambdasim.app.report.ReportModel;
import io.lambdasim.app.report.ReportModelBuilder;
import io.lambdasim.app.report.ReportProgress;
import io.lambdasim.app.ui.run.TaskRunner;
import io.lambdasim.model.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The work behind File → Export PDF, free of JavaFX controls so that it can be tested without a screen: build the
 * report of a scenario (simulations, break-even, recommendations) reporting progress, then write the PDF atomically.
 * A cancelled export writes nothing.
 */
public final class ReportExport {

    /** The share of the progress bar given to building the model; the PDF takes the rest. */
    static final double BUILD_SHARE = 0.95;

    private ReportExport() {
    }

    /** What a file chooser returned, made a PDF name: {@code review} becomes {@code review.pdf}. */
    public static Path withPdfExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }

    /** A file name for the report of {@code scenario}: its name with anything but letters and digits made dashes. */
    public static String suggestedName(Scenario scenario) {
        String base = scenario.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return (base.isEmpty() ? "report" : base.length() > 60 ? base.substring(0, 60) : base) + ".pdf";
    }

    /**
     * Builds the report of {@code scenario} and writes it to {@code target} (replacing it: the file chooser asked),
     * through a temporary file moved into place when complete.
     *
     * @param progress  fraction done, 0 to 1 (any thread)
     * @param step      what is being done, in words (any thread)
     * @param cancelled polled between steps; when true the export stops with {@link ReportCancelledException} and
     *                  writes nothing
     * @return {@code target}
     */
    public static Path export(Scenario scenario, Path target, Paper paper, LocalDate date, int threads,
                              TaskRunner.Progress progress, Consumer<String> step, BooleanSupplier cancelled)
            throws IOException {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(target, "target");
        ReportModel model = ReportModelBuilder.build(scenario, date, threads, new ReportProgress() {
            @Override
            public void progress(double fraction, String what) {
                progress.update(BUILD_SHARE * fraction, 1);
                step.accept(what);
            }

            @Override
            public boolean cancelled() {
                return cancelled.getAsBoolean();
            }
        });
        if (cancelled.getAsBoolean()) {
            throw new ReportCancelledException();
        }
        step.accept("writing the PDF");
        new PdfReportWriter(model, paper).write(target, true);
        progress.update(1, 1);
        return target;
    }

    /**
     * {@link #export} as background work for a {@link TaskRunner}: cancelled when the task's thread is interrupted
     * (the runner's cancel), checked from whichever thread reports progress.
     */
    public static TaskRunner.Work<Path> work(Scenario scenario, Path target, Paper paper, LocalDate date,
                                             int threads, Consumer<String> step) {
        return progress -> {
            Thread worker = Thread.currentThread();
            return export(scenario, target, paper, date, threads, progress, step, worker::isInterrupted);
        };
    }
}
