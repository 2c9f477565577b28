package io.lambdasim.app.ui.views;

import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.model.scenario.ScenarioReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shipped example of Lambda against an EC2 fleet, with a short horizon to keep tests fast. */
final class BreakEvenFixture {

    static final Path EXAMPLE = Path.of("..", "examples", "api-lambda-vs-ec2.json");

    private BreakEvenFixture() {
    }

    /** The example's text with its horizon replaced by {@code horizon} ("30min"). */
    static String text(String horizon) {
        try {
            String text = Files.readString(EXAMPLE);
            String changed = text.replace("\"horizon\": \"6h\"", "\"horizon\": \"" + horizon + "\"");
            if (changed.equals(text)) {
                throw new IllegalStateException(EXAMPLE + " no longer has a 6h horizon: update the fixture");
            }
            return changed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ScenarioDocument document(String horizon) {
        return ScenarioDocument.open(ScenarioReader.bundled(), EXAMPLE.toString(), text(horizon));
    }
}
