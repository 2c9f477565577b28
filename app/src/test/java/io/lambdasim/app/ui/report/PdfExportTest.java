package io.lambdasim.app.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.app.report.Paper;
import io.lambdasim.app.ui.run.DirectTaskRunner;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExportTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "api-lambda-vs-ec2.json");
    private static final boolean QUICK = false;   // without the break-even and recommendations

    @Test
    void theProposedFileNameComesFromTheScenariosName() {
        Scenario s = ScenarioReader.read(EXAMPLE);
        assertThat(PdfExport.defaultFileName(s)).isEqualTo("api-on-lambda-x86-or-arm64-or-on-ec2-behind-an-alb-report.pdf");
    }

    @Test
    void aNameTypedWithoutTheExtensionGetsIt() {
        assertThat(PdfExport.withPdfExtension(Path.of("out", "review"))).isEqualTo(Path.of("out", "review.pdf"));
        assertThat(PdfExport.withPdfExtension(Path.of("out", "review.PDF"))).isEqualTo(Path.of("out", "review.PDF"));
    }

    @Test
    void theExportWritesALetterPdfAndItsProgressRisesToOne(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.pdf");
        List<Double> progress = new ArrayList<>();
        AtomicReference<Path> written = new AtomicReference<>();
        new DirectTaskRunner().run(PdfExport.work(ScenarioReader.read(EXAMPLE), target, Paper.LETTER,
                        LocalDate.of(2026, 11, 26), 1, QUICK, s -> { }), progress::add, written::set,
                e -> { throw new AssertionError(e); }, () -> { throw new AssertionError("cancelled"); });
        assertThat(written.get()).isEqualTo(target);
        assertThat(progress).isNotEmpty().isSorted().last().isEqualTo(1.0);
        try (PDDocument doc = Loader.loadPDF(target.toFile())) {
            // Letter: 8.5 x 11 in = 612 x 792 pt.
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aCancelledExportLeavesTheExistingFileAsItWas(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.pdf");
        Files.writeString(target, "an older report", StandardCharsets.UTF_8);
        DirectTaskRunner runner = new DirectTaskRunner();
        runner.cancelNext();
        List<String> outcome = new ArrayList<>();
        runner.run(PdfExport.work(ScenarioReader.read(EXAMPLE), target, Paper.A4, LocalDate.of(2026, 11, 26), 1,
                QUICK, s -> { }), p -> { }, p -> outcome.add("written"), e -> outcome.add("failed: " + e),
                () -> outcome.add("cancelled"));
        assertThat(outcome).containsExactly("cancelled");
        assertThat(Files.readString(target)).isEqualTo("an older report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailureIsReportedWithItsMessage(@TempDir Path dir) {
        Path target = dir.resolve("missing-directory").resolve("report.pdf");
        List<Throwable> failures = new ArrayList<>();
        new DirectTaskRunner().run(PdfExport.work(ScenarioReader.read(EXAMPLE), target, Paper.A4,
                        LocalDate.of(2026, 11, 26), 1, QUICK, s -> { }), p -> { }, p -> { }, failures::add,
                () -> { });
        assertThat(failures).hasSize(1);
        assertThat(PdfExport.message(failures.get(0))).contains("missing-directory");
    }
}
