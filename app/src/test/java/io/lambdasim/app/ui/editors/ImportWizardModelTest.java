package io.lambdasim.app.ui.editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.model.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportWizardModelTest {

    private static final Path FIXTURES = Path.of("..", "workload-generator", "src", "test", "resources", "fixtures");
    private static final String SCENARIO = """
            {"format": "lambdasim-scenario/1", "name": "shop", "horizon": "1h",
             "functions": [{"name": "orders", "duration": "const:50ms",
                            "arrivals": {"type": "poisson", "rate_per_second": 1}}]}
            """;

    @TempDir
    Path dir;

    /** A project saved in {@code dir}, with the fixture copied beside it. */
    private ScenarioDocument project() throws IOException {
        Path file = dir.resolve("shop.json");
        Files.writeString(file, SCENARIO);
        return ScenarioDocument.open(ScenarioReader.bundled(), file.toString(), SCENARIO);
    }

    private Path copy(String fixture) throws IOException {
        Path from = FIXTURES.resolve(fixture);
        Path to = dir.resolve(from.getFileName());
        Files.copy(from, to);
        return to;
    }

    @Test
    void aGoodExportBecomesTheFunctionsTrafficInOneUndoableEdit() throws IOException {
        ScenarioDocument d = project();
        ImportWizardModel m = new ImportWizardModel(d);
        ImportWizardModel.Analysis a = m.analyse(List.of(copy("cloudwatch/orders-api.page1.json")));

        assertThat(a.format()).isNotBlank();
        assertThat(a.report().acceptedCount()).isPositive();
        assertThat(a.traceFunctions()).isNotEmpty();
        assertThat(a.head()).isNotBlank();
        assertThat(a.temporaryTrace()).exists();
        assertThat(a.target()).doesNotExist();

        assertThat(m.finish(a, a.traceFunctions().get(0), "orders")).isEmpty();
        assertThat(a.target()).exists();
        assertThat(a.temporaryTrace()).doesNotExist();
        var arrivals = d.tree().get("functions").get(0).get("arrivals");
        assertThat(arrivals.get("type").asText()).isEqualTo("trace");
        assertThat(arrivals.get("file").asText()).isEqualTo(a.target().getFileName().toString());
        assertThat(d.undoNameProperty().get()).startsWith("Import traffic");
        d.undo();
        assertThat(d.tree().get("functions").get(0).get("arrivals").get("type").asText()).isEqualTo("poisson");
    }

    @Test
    void rejectedRowsAreListedWithTheirLineAndReason() throws IOException {
        ImportWizardModel m = new ImportWizardModel(project());
        ImportWizardModel.Analysis a = m.analyse(List.of(copy("cloudwatch/console-bad-cells.csv")));
        assertThat(a.report().rejectedCount()).isPositive();
        assertThat(a.report().rejections()).allSatisfy(r -> {
            assertThat(r.line()).isPositive();
            assertThat(r.reason()).isNotBlank();
        });
        m.cancel(a);
    }

    @Test
    void aFileThatIsNoExportIsRefusedWithItsNameAndLeavesNothingBehind() throws IOException {
        ScenarioDocument d = project();
        String before = d.json();
        Path junk = dir.resolve("notes.txt");
        Files.writeString(junk, "dear diary,\nno metrics here\n");
        assertThatThrownBy(() -> new ImportWizardModel(d).analyse(List.of(junk)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notes.txt");
        assertThat(d.json()).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("shop.json",
                    "notes.txt");
        }
    }

    @Test
    void cancellingDeletesTheTemporaryTraceAndChangesNothing() throws IOException {
        ScenarioDocument d = project();
        String before = d.json();
        ImportWizardModel m = new ImportWizardModel(d);
        ImportWizardModel.Analysis a = m.analyse(List.of(copy("cloudwatch/orders-api.page1.json")));
        m.cancel(a);
        assertThat(a.temporaryTrace()).doesNotExist();
        assertThat(a.target()).doesNotExist();
        assertThat(d.json()).isEqualTo(before);
    }
}
