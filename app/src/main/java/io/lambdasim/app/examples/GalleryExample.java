package io.lambdasim.app.examples;

import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One entry of the example gallery (File → New from example): a ready scenario with its Lambda and EC2 or Fargate
 * designs.
 *
 * @param id      a stable identifier, the file name without {@code .json} ({@code http-api})
 * @param title   the title to list it under
 * @param summary one line saying what it shows; the whole story is the scenario's {@code description}
 * @param file    the scenario file's name in the repository's {@code examples/} folder, which the build also copies
 *                into the app ({@link #RESOURCE_DIRECTORY})
 */
public record GalleryExample(String id, String title, String summary, String file) {

    /** Where the build puts the files of {@code examples/} in the app's resources. */
    public static final String RESOURCE_DIRECTORY = "/io/lambdasim/app/gallery/";

    public GalleryExample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(file, "file");
    }

    /** The resource path of the scenario file inside the app. */
    public String resource() {
        return RESOURCE_DIRECTORY + file;
    }

    /** The text of the scenario file, from the app's resources. */
    public String text() {
        try (InputStream in = GalleryExample.class.getResourceAsStream(resource())) {
            if (in == null) {
                throw new IllegalStateException("the example " + file + " is missing from the app (resource "
                        + resource() + "); rebuild the app");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in example " + resource(), e);
        }
    }

    /**
     * Reads the example's scenario with the bundled prices. Errors would name {@code examples/FILE} (the tests read
     * every example, so a broken one does not ship).
     */
    public Scenario scenario() {
        return ScenarioReader.bundled().parse("examples/" + file, text());
    }
}
