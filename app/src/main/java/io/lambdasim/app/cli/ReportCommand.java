package io.lambdasim.app.cli;

import io.lambdasim.app.project.Project;
import io.lambdasim.app.project.ProjectFormat;
import io.lambdasim.app.project.ProjectStore;
import io.lambdasim.app.report.Paper;
import io.lambdasim.app.report.PdfReportWriter;
import io.lambdasim.app.report.ReportModel;
import io.lambdasim.app.report.ReportModelBuilder;
import io.lambdasim.app.report.ReportOptions;
import io.lambdasim.app.report.ReportProgress;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lambdasim report}: the PDF cost report of a scenario or a project ({@code README.md}, section Reports). */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulates a scenario's designs and writes a PDF cost report: summary, workload, every design's "
                + "bill and behaviour with charts, the comparison and the break-even over scaled traffic, the "
                + "memory and provisioned-concurrency recommendations, method and caveats, and the price table used.",
            "The input is a scenario file or a project file (.lsim, as the app saves it; its paper size is used "
                + "unless --paper is given). The file is written whole or not at all, and an existing file is "
                + "replaced only with --force."},
        footer = {"", "Examples:",
            "  lambdasim report examples/api-lambda-vs-ec2.json --out report.pdf",
            "  lambdasim report checkout.lsim --out review.pdf --paper letter --force",
            "  lambdasim report examples/api-lambda-vs-ec2.json --out quick.pdf --no-breakeven --no-recommend"})
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.json|PROJECT.lsim",
            description = "A scenario file, or a project file saved by the app (.lsim).")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "REPORT.pdf", description = "The PDF to write.")
    Path out;

    @Option(names = "--paper", paramLabel = "a4|letter",
            description = "Page size (default: the project's, else a4).")
    Paper paper;

    @Option(names = "--force", description = "Replace REPORT.pdf if it exists.")
    boolean force;

    @Option(names = "--no-breakeven", description = "Leave out the break-even over scaled traffic (its sweep runs "
            + "tens of simulations); the report says it was left out.")
    boolean noBreakEven;

    @Option(names = "--no-recommend", description = "Leave out the memory and provisioned-concurrency "
            + "recommendations; the report says they were left out.")
    boolean noRecommend;

    @Option(names = "--threads", paramLabel = "N", description = "Simulation threads (default: all cores); never "
            + "changes the numbers.")
    Integer threads;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date printed on the report (default: today).")
    LocalDate date;

    @Override
    public Integer call() throws IOException {
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (threadCount < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, was " + threadCount);
        }
        if (Files.isDirectory(input)) {
            throw new IllegalArgumentException(input + ": is a directory; give a scenario file or a project file "
                    + "(" + ProjectFormat.EXTENSION + ")");
        }
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
        Input in = read(input);
        Paper size = paper != null ? paper : in.paper();
        ReportOptions options = ReportOptions.ALL;
        if (noBreakEven) {
            options = options.withoutBreakEven();
        }
        if (noRecommend) {
            options = options.withoutRecommendations();
        }
        ReportModel model = ReportModelBuilder.build(in.scenario(), date == null ? LocalDate.now() : date,
                threadCount, ReportProgress.NONE, options);
        try {
            new PdfReportWriter(model, size).write(out, force);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException(e.getFile());
        }
        spec.commandLine().getOut().printf("Wrote %s (%s, %d designs)%n", out, size.name().toLowerCase(Locale.ROOT),
                model.designs().size());
        return 0;
    }

    /** A report's input: the scenario, and the paper size its project asks for (A4 for a bare scenario). */
    record Input(Scenario scenario, Paper paper) {
    }

    /** Reads a project file ({@code .lsim}) or a scenario file; errors name the file, line and field. */
    static Input read(Path file) {
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT)
                .endsWith(ProjectFormat.EXTENSION)) {
            // Loading reads only the file: the store's configuration directory (recovery files) is not touched.
            Project p = new ProjectStore(Path.of(".")).load(file);
            return new Input(p.scenario(), switch (p.settings().paperSize()) {
                case A4 -> Paper.A4;
                case LETTER -> Paper.LETTER;
            });
        }
        return new Input(ScenarioReader.read(file), Paper.A4);
    }
}
