package io.lambdasim.workload.importer;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Where the importer tests' hand-written fixtures are: {@code src/test/resources/fixtures/<folder>/}. */
public final class FixturePaths {

    private FixturePaths() {
    }

    /** The fixture {@code name} (a path relative to the folder) of {@code folder} ("logs"). */
    public static Path of(String folder, String name) {
        URL url = FixturePaths.class.getResource("/fixtures/" + folder + "/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
