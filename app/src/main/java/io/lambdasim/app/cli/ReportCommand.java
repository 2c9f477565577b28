package io.lambdasim.app.cli;

import io.lambdasim.app.project.Project;
import io.lambdasim.app.project.ProjectFormat;
import io.lambdasim.app.project.ProjectSettings;
import io.lambdasim.app.project.ProjectStore;
import io.lambdasim.app.report.Paper;
import io.lambdasim.app.report.PdfReportWriter;
import io.lambdasim.app.report.ReportModel;
import io.lambdasim.app.report.ReportModelBuilder;
import io.lambdasim.app.report.ReportProgress;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lambdasim report}: the PDF cost report of a scenario ({@code README.md}, section Reports). */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulates a scenario's designs and writes a PDF cost report: summary, workload, every design's "
                + "bill and behaviour with charts, the comparison, method and caveats, and the price table used.",
            "The file is written whole or not at all, and an existing file is replaced only with --force."},
        footer = {"", "Examples:",
            "  lambdasim report examples/api-lambda-vs-ec2.json --out report.pdf",
            "  lambdasim report shop.lsim --out review.pdf --paper letter --force"})
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.json|PROJECT.lsim",
            description = "A scenario file, or a project saved by the app (its paper size is the default).")
    Path input;

    @Option(names = "--no-analyses",
            description = "Leave out the break-even sweep and the recommendations (seconds of simulation).")
    boolean noAnalyses;

    @Option(names = "--out", required = true, paramLabel = "REPORT.pdf", description = "The PDF to write.")
    Path out;

    @Option(names = "--paper", paramLabel = "a4|letter",
            description = "Page size (default: the project's, else a4).")
    Paper paper;

    @Option(names = "--force", description = "Replace REPORT.pdf if it exists.")
    boolean force;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date printed on the report (default: today).")
    LocalDate date;

    @Override
    public Integer call() throws IOException {
        if (!force && Files.exists(out)) {
            throw new IllegalArgumentException(out + ": already exists (use --force to replace it)");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException(out + ": directory " + parent + " does not exist");
        }
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Scenario s;
        Paper page = paper;
        if (input.toString().toLowerCase(java.util.Locale.ROOT).endsWith(ProjectFormat.EXTENSION)) {
            Project project = new ProjectStore(input.toAbsolutePath().getParent()).load(input);
            s = project.scenario();
            if (page == null) {
                page = project.settings().paperSize() == ProjectSettings.PaperSize.LETTER ? Paper.LETTER : Paper.A4;
            }
        } else {
            s = ScenarioReader.read(input);
        }
        Paper paper = page == null ? Paper.A4 : page;
        ReportModel model = ReportModelBuilder.build(s, date == null ? LocalDate.now() : date,
                Runtime.getRuntime().availableProcessors(), ReportProgress.NONE, !noAnalyses);
        try {
            new PdfReportWriter(model, paper).write(out, force);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException(e.getFile());
        }
        spec.commandLine().getOut().printf("Wrote %s (%s, %d designs)%n", out, paper.name().toLowerCase(
                java.util.Locale.ROOT), model.designs().size());
        return 0;
    }
}
