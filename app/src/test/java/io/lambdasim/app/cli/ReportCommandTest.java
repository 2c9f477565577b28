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
    void aProjectDirectoryWithoutAScenarioIsRefusedInOneLine(@TempDir Path dir) {
        CliRun run = CliRun.of("report", dir.toString(), "--out", dir.resolve("r.pdf").toString());
        assertThat(run.status()).isEqualTo(LambdaSimCommand.EXIT_USAGE);
        assertThat(run.err().strip()).isEqualTo("lambdasim report: " + dir + ": a project directory needs a "
                + "scenario.json");
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
