package io.lambdasim.app.ui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.app.report.Paper;
import io.lambdasim.app.report.ReportCancelledException;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportExportTest {

    /** One function, one request a second for ten minutes, no designs: quick to simulate. */
    private static final Scenario SMALL = ScenarioReader.bundled().parse("small.json", """
            {"format": "lambdasim-scenario/1", "name": "Small API: export test", "horizon": "10min",
             "seed": 3, "price_date": "2026-11-01", "free_tier": false,
             "functions": [{"name": "api", "memory_mb": 512, "duration": "const:100ms",
                            "arrivals": {"type": "poisson", "rate_per_second": 1}}]}
            """);

    @Test
    void anExportReplacesTheChosenFileWithAPdfOnTheChosenPaperAndReportsProgressUpToTheEnd(@TempDir Path dir)
            throws IOException {
        Path target = dir.resolve("review.pdf");
        Files.writeString(target, "an older report", StandardCharsets.UTF_8);
        List<Double> fractions = Collections.synchronizedList(new ArrayList<>());
        List<String> steps = Collections.synchronizedList(new ArrayList<>());
        Path written = ReportExport.export(SMALL, target, Paper.LETTER, LocalDate.of(2026, 11, 26), 2,
                (done, total) -> fractions.add(done / total), steps::add, () -> false);
        assertThat(written).isEqualTo(target);
        try (PDDocument doc = Loader.loadPDF(target.toFile())) {
            // US Letter: 8.5 x 11 inches of 72 points.
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(new PDFTextStripper().getText(doc)).contains("Small API: export test");
        }
        assertThat(fractions).isNotEmpty().isSorted().allSatisfy(f -> assertThat(f).isBetween(0.0, 1.0));
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
        assertThat(steps).contains("writing the PDF");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aCancelledExportLeavesTheExistingFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("review.pdf");
        Files.writeString(target, "an older report", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ReportExport.export(SMALL, target, Paper.A4, LocalDate.of(2026, 11, 26), 1,
                (done, total) -> { }, s -> { }, () -> true)).isInstanceOf(ReportCancelledException.class);
        assertThat(Files.readString(target)).isEqualTo("an older report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void theWorkIsCancelledByInterruptingItsThread(@TempDir Path dir) {
        Path target = dir.resolve("review.pdf");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> ReportExport.work(SMALL, target, Paper.A4, LocalDate.of(2026, 11, 26), 1,
                    s -> { }).run((done, total) -> { })).isInstanceOf(ReportCancelledException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(target).doesNotExist();
    }

    @Test
    void aChosenNameWithoutTheExtensionGetsDotPdfAndOneWithItIsKept() {
        assertThat(ReportExport.withPdfExtension(Path.of("out", "review"))).isEqualTo(Path.of("out", "review.pdf"));
        assertThat(ReportExport.withPdfExtension(Path.of("out", "Review.PDF"))).isEqualTo(Path.of("out",
                "Review.PDF"));
    }

    @Test
    void theSuggestedNameIsTheScenariosNameWithDashes() {
        assertThat(ReportExport.suggestedName(SMALL)).isEqualTo("small-api-export-test.pdf");
    }

    @Test
    void theLetterTypeOfTheFileChooserMeansLetterPaperAndAnythingElseA4() {
        assertThat(ExportPdfAction.paper(ExportPdfAction.LETTER)).isEqualTo(Paper.LETTER);
        assertThat(ExportPdfAction.paper(ExportPdfAction.A4)).isEqualTo(Paper.A4);
        assertThat(ExportPdfAction.paper(null)).isEqualTo(Paper.A4);
    }
}
