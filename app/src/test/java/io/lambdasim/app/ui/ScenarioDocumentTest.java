package io.lambdasim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.model.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

class ScenarioDocumentTest {

    private static final String TEXT = """
            {"format": "lambdasim-scenario/1", "name": "doc", "horizon": "1h",
             "functions": [{"name": "api", "memory_mb": 512, "duration": "const:10ms",
                            "arrivals": {"type": "poisson", "rate_per_second": 1}}]}
            """;

    private static ScenarioDocument document() {
        return ScenarioDocument.open(ScenarioReader.bundled(), "doc.json", TEXT);
    }

    private static void memory(ObjectNode tree, int mb) {
        ((ObjectNode) tree.get("functions").get(0)).put("memory_mb", mb);
    }

    @Test
    void anAcceptedEditChangesTheScenarioAndCanBeUndoneAndRedone() {
        ScenarioDocument d = document();
        assertThat(d.edit("Change memory", t -> memory(t, 2048))).isEmpty();
        assertThat(d.scenario().spec().functions().get(0).memoryMb()).isEqualTo(2048);
        assertThat(d.dirtyProperty().get()).isTrue();
        assertThat(d.undoNameProperty().get()).isEqualTo("Change memory");
        assertThat(d.revisionProperty().get()).isEqualTo(1);

        d.undo();
        assertThat(d.scenario().spec().functions().get(0).memoryMb()).isEqualTo(512);
        assertThat(d.dirtyProperty().get()).isFalse();
        assertThat(d.canRedoProperty().get()).isTrue();

        d.redo();
        assertThat(d.scenario().spec().functions().get(0).memoryMb()).isEqualTo(2048);
        assertThat(d.canRedoProperty().get()).isFalse();
    }

    @Test
    void aRefusedEditNamesTheFieldAndChangesNothing() {
        ScenarioDocument d = document();
        String before = d.json();
        assertThat(d.edit("Change memory", t -> memory(t, 20_000)))
                .hasValueSatisfying(m -> assertThat(m).contains("functions[0].memory_mb").contains("20000"));
        assertThat(d.json()).isEqualTo(before);
        assertThat(d.canUndoProperty().get()).isFalse();
        assertThat(d.revisionProperty().get()).isZero();
    }

    @Test
    void savingClearsTheDirtyMarkAndAnInvalidTextIsNotOpened() {
        ScenarioDocument d = document();
        d.edit("Change seed", t -> t.put("seed", 5));
        d.markSaved("saved.json");
        assertThat(d.dirtyProperty().get()).isFalse();
        assertThat(d.source()).isEqualTo("saved.json");
        assertThatThrownBy(() -> ScenarioDocument.open(ScenarioReader.bundled(), "bad.json", "{\"format\": 1}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.json");
    }
}
