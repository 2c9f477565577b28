package io.lambdasim.model.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Small JSON helpers shared by the scenario reader and writer. */
final class ScenarioReaderSupport {

    private ScenarioReaderSupport() {
    }

    static JsonNode emptyObject() {
        return JsonNodeFactory.instance.objectNode();
    }
}
