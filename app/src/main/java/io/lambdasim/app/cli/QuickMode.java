package io.lambdasim.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioException;
import io.lambdasim.model.scenario.ScenarioReader;
import java.util.Map;

/**
 * Quick mode of {@code simulate} and {@code breakeven}: the options are written as a scenario and read by the scenario
 * reader, so that both modes share every default and every check; errors name the option instead of the field.
 */
final class QuickMode {

    /** The source name of quick-mode scenarios in error messages. */
    static final String SOURCE = "quick mode";

    private QuickMode() {
    }

    /**
     * The scenario {@code root} describes.
     *
     * @param optionByPath the option behind each field the command writes ({@code functions[0].memory_mb} →
     *                     {@code --memory-mb})
     * @throws IllegalArgumentException naming the option (or the field) and the reader's reason
     */
    static Scenario read(ObjectNode root, Map<String, String> optionByPath) {
        try {
            return ScenarioReader.bundled().parse(SOURCE, root.toString());
        } catch (ScenarioException e) {
            String option = optionByPath.get(e.path());
            throw new IllegalArgumentException((option != null ? option : e.path()) + ": " + e.reason(), e);
        }
    }
}
