package io.lambdasim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.app.project.Project;
import io.lambdasim.app.project.ProjectSettings;
import io.lambdasim.app.project.ProjectStore;
import io.lambdasim.model.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static final String EXAMPLE = Path.of("..", "examples", "api-lambda-vs-ec2.json").toString();

    @Test
    void writesALetterReportThenRefusesToReplaceItWithoutForce(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("review.pdf");
        CliRun first = CliRun.of("report", EXAMPLE, "--out", out.toString(), "--paper", "letter", "--date",
                "2026-11-26", "--no-breakeven", "--no-recommend");
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

        CliRun forced = CliRun.of("report", EXAMPLE, "--out", out.toString(), "--force", "--date", "2026-11-26",
                "--no-breakeven", "--no-recommend");
        assertThat(forced.status()).as(forced.err()).isZero();
    }

    @Test
    void aDirectoryIsRefusedInOneLineNamingWhatToGive(@TempDir Path dir) {
        CliRun run = CliRun.of("report", dir.toString(), "--out", dir.resolve("r.pdf").toString());
        assertThat(run.status()).isEqualTo(LambdaSimCommand.EXIT_USAGE);
        assertThat(run.err().strip()).isEqualTo("lambdasim report: " + dir + ": is a directory; give a scenario "
                + "file or a project file (.lsim)");
        assertThat(dir.resolve("r.pdf")).doesNotExist();
    }

    @Test
    void aProjectFileIsReportedOnItsOwnPaperUnlessPaperIsGiven(@TempDir Path dir) throws IOException {
        Path project = dir.resolve("review.lsim");
        new ProjectStore(dir.resolve("config")).save(Project.of(ScenarioReader.read(Path.of(EXAMPLE)))
                .withSettings(ProjectSettings.DEFAULT.withPaperSize(ProjectSettings.PaperSize.LETTER)), project);
        Path own = dir.resolve("own.pdf");
        CliRun run = CliRun.of("report", project.toString(), "--out", own.toString(), "--date", "2026-11-26",
                "--no-breakeven", "--no-recommend");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("letter").contains("3 designs");
        Path a4 = dir.resolve("a4.pdf");
        CliRun given = CliRun.of("report", project.toString(), "--out", a4.toString(), "--paper", "a4", "--date",
                "2026-11-26", "--no-breakeven", "--no-recommend");
        assertThat(given.status()).as(given.err()).isZero();
        try (PDDocument letter = Loader.loadPDF(own.toFile()); PDDocument iso = Loader.loadPDF(a4.toFile())) {
            // Letter is 8.5 in = 612 pt wide; A4 210 mm = 595.28 pt.
            assertThat(letter.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(iso.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f,
                    org.assertj.core.data.Offset.offset(0.01f));
            String text = new PDFTextStripper().getText(letter);
            assertThat(text).contains("API on Lambda (x86 or arm64) or on EC2 behind an ALB");
            assertThat(text.replace("\n", " ")).contains("Left out of this report (--no-breakeven)")
                    .contains("Left out of this report (--no-recommend)");
        }
    }

    @Test
    void aBrokenProjectFileIsAOneLineErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path project = dir.resolve("broken.lsim");
        Files.writeString(project, "{\"format\": \"lambdasim-project/1\",", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("report", project.toString(), "--out", dir.resolve("r.pdf").toString());
        assertThat(run.status()).isEqualTo(LambdaSimCommand.EXIT_USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").contains(project.toString());
        assertThat(dir.resolve("r.pdf")).doesNotExist();
    }

    @Test
    void aBadPaperSizeIsAUsageError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x"), "", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("report", EXAMPLE, "--out", dir.resolve("r.pdf").toString(), "--paper", "a3");
        assertThat(run.status()).isEqualTo(LambdaSimCommand.EXIT_USAGE);
        assertThat(run.err()).contains("--paper");
    }
}
