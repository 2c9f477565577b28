package io.lambdasim.app.ui.editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class JsonPathsTest {

    private static ObjectNode tree() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree("""
                {"functions": [{"name": "a", "arrivals": {"type": "poisson", "rate_per_second": 2.50}}],
                 "designs": [{"name": "x", "type": "lambda", "function": "a"}]}""");
    }

    @Test
    void readsAndWritesByTheReadersPaths() throws Exception {
        ObjectNode t = tree();
        assertThat(JsonPaths.text(t, "functions[0].arrivals.rate_per_second")).isEqualTo("2.5");
        JsonPaths.set(t, "functions[0].arrivals.rate_per_second", "12", true);
        assertThat(t.get("functions").get(0).get("arrivals").get("rate_per_second").isNumber()).isTrue();
        JsonPaths.set(t, "designs[0].overrides.memory_mb", "2,048", true);
        assertThat(t.get("designs").get(0).get("overrides").get("memory_mb").asInt()).isEqualTo(2048);
        JsonPaths.set(t, "designs[0].overrides.memory_mb", "", true);
        assertThat(t.get("designs").get(0).get("overrides").has("memory_mb")).isFalse();
        assertThat(JsonPaths.text(t, "designs[0].overrides.timeout")).isEmpty();
    }

    @Test
    void aNumberFieldRefusesText() throws Exception {
        assertThatThrownBy(() -> JsonPaths.set(tree(), "functions[0].arrivals.rate_per_second", "fast", true))
                .hasMessageContaining("'fast' is not a number");
    }
}
