package io.lambdasim.app.ui.report;

import io.lambdasim.app.report.Paper;
import io.lambdasim.app.report.PdfReportWriter;
import io.lambdasim.app.report.ReportCancelledException;
import io.lambdasim.app.report.ReportModel;
import io.lambdasim.app.report.ReportModelBuilder;
import io.lambdasim.app.report.ReportProgress;
import io.lambdasim.app.ui.run.TaskRunner;
import io.lambdasim.model.scenario.Scenario;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * What File → Export PDF does, without JavaFX: the file name it proposes, and the background work that builds the
 * report model and writes the PDF atomically, reporting progress and stopping when its thread is interrupted.
 */
public final class PdfExport {

    private PdfExport() {
    }

    /** A file name from the scenario's name: "API on Lambda (x86)" → "api-on-lambda-x86-report.pdf". */
    public static String defaultFileName(Scenario scenario) {
        String slug = scenario.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return (slug.isEmpty() ? "lambdasim" : slug) + "-report.pdf";
    }

    /** {@code file} with ".pdf" added when the user typed a name without it. */
    public static Path withPdfExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }

    /**
     * The work of one export: builds the report of {@code scenario} on {@code threads} threads, then writes it to
     * {@code target} (replacing it: the file chooser has asked), through a temporary file so that a failure or a
     * cancellation leaves {@code target} as it was. {@code steps} hears what is being done (from the work's threads).
     * A cancelled build ends in a {@link CancellationException}.
     */
    public static TaskRunner.Work<Path> work(Scenario scenario, Path target, Paper paper, LocalDate date,
                                             int threads, boolean analyses, Consumer<String> steps) {
        return progress -> {
            Thread worker = Thread.currentThread();
            ReportProgress reportProgress = new ReportProgress() {
                @Override
                public void progress(double fraction, String step) {
                    progress.update(0.95 * fraction, 1);
                    steps.accept(step);
                }

                @Override
                public boolean cancelled() {
                    return worker.isInterrupted();
                }
            };
            ReportModel model;
            try {
                model = ReportModelBuilder.build(scenario, date, threads, reportProgress, analyses);
            } catch (ReportCancelledException e) {
                throw new CancellationException("report cancelled");
            }
            if (worker.isInterrupted()) {
                throw new CancellationException("report cancelled");
            }
            steps.accept("writing the PDF");
            new PdfReportWriter(model, paper).write(target, true);
            progress.update(1, 1);
            return target;
        };
    }

    /** An error as the dialog says it: the message, or the exception's kind when it has none. */
    public static String message(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && (c.getMessage() == null || c.getMessage().isBlank())) {
            c = c.getCause();
        }
        return c.getMessage() == null || c.getMessage().isBlank() ? c.getClass().getSimpleName() : c.getMessage();
    }
}
