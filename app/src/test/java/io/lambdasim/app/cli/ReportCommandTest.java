package io.lambdasim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static final String EXAMPLE = Path.of("..", "examples", "api-lambda-vs-ec2.json").toString();

    @Test
    void writesALetterReportThenRefusesToReplaceItWithoutForce(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("review.pdf");
        CliRun first = CliRun.of("report", EXAMPLE, "--out", out.toString(), "--paper", "letter", "--date",
                "2026-11-26");
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("Wrote " + out).contains("letter").contains("3 designs");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
        byte[] before = Files.readAllBytes(out);

        CliRun again = CliRun.of("report", EXAMPLE, "--out", out.toString());
        assertThat(again.status()).isEqualTo(LambdaSimCommand.EXIT_USAGE);
        assertThat(again.err().strip()).doesNotContain("\n").contains("already exists").contains("--force");
        assertThat(Files.readAllBytes(out)).isEqualTo(before);

        CliRun forced = CliRun.of("report", EXAMPLE, "--out", out.toString(), "--force", "--date", "2026-11-26");
        assertThat(forced.status()).as(forced.err()).isZero();
    }

    @Test
    void aProjectIsReportedOnItsPaperAndABrokenOneIsRefusedInOneLine(@TempDir Path dir) throws IOException {
        var scenario = io.lambdasim.model.scenario.ScenarioReader.read(Path.of(EXAMPLE));
        var project = io.lambdasim.app.project.Project.of(scenario).withSettings(
                io.lambdasim.app.project.ProjectSettings.DEFAULT.withPaperSize(
                        io.lambdasim.app.project.ProjectSettings.PaperSize.LETTER));
        Path file = dir.resolve("shop.lsim");
        new io.lambdasim.app.project.ProjectStore(dir).save(project, file);
        Path pdf = dir.resolve("r.pdf");
        CliRun run = CliRun.of("report", file.toString(), "--out", pdf.toString(), "--no-analyses", "--date",
                "2026-11-26");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("(letter, 3 designs)");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);   // 8.5 in × 72
        }

        Path broken = dir.resolve("broken.lsim");
        Files.writeString(broken, "{\"format\": \"lambdasim-project/9\"}", StandardCharsets.UTF_8);
        CliRun refused = CliRun.of("report", broken.toString(), "--out", dir.resolve("b.pdf").toString());
        assertThat(refused.status()).isEqualTo(LambdaSimCommand.EXIT_USAGE);
        assertThat(refused.err().strip()).doesNotContain("\n").contains("broken.lsim");
        assertThat(dir.resolve("b.pdf")).doesNotExist();
    }

    @Test
    void aBadPaperSizeIsAUsageError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x"), "", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("report", EXAMPLE, "--out", dir.resolve("r.pdf").toString(), "--paper", "a3");
        assertThat(run.status()).isEqualTo(LambdaSimCommand.EXIT_USAGE);
        assertThat(run.err()).contains("--paper");
    }
}
