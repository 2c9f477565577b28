package io.lambdasim.pricedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading from an index on the classpath and from a directory: file names must agree with the content. */
class PriceEditionLoaderTest {

    private static final String VALID = BrokenEditionTest.validEdition().toPrettyString();

    @TempDir
    Path dir;

    private Path put(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void indexedEditionsLoad() {
        PriceCatalog catalog = PriceEditionLoader.loadIndexed(getClass(), "testindex/valid");

        assertThat(catalog.editions()).extracting(PriceEdition::id, PriceEdition::sourceFile)
                .containsExactly(tuple("us-east-1/2025-08-01",
                        "testindex/valid/us-east-1/2025-08-01.json"));
    }

    @Test
    void indexedEditionOfAnotherRegionThanItsFileNameIsRejected() {
        assertThatThrownBy(() -> PriceEditionLoader.loadIndexed(getClass(), "testindex/regionmismatch"))
                .isInstanceOfSatisfying(PriceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("testindex/regionmismatch/eu-west-1/2025-08-01.json");
                    assertThat(e.field()).isEqualTo("region");
                    assertThat(e.getMessage()).contains("'us-east-1' does not match the file name")
                            .contains("us-east-1/2025-08-01.json");
                });
    }

    @Test
    void indexedEditionOfAnotherDateThanItsFileNameIsRejected() {
        assertThatThrownBy(() -> PriceEditionLoader.loadIndexed(getClass(), "testindex/datemismatch"))
                .isInstanceOfSatisfying(PriceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("testindex/datemismatch/us-east-1/2025-09-01.json");
                    assertThat(e.field()).isEqualTo("effective_date");
                    assertThat(e.getMessage()).contains("'2025-08-01' does not match the file name");
                });
    }

    @Test
    void indexEntryWithoutAFileIsRejected() {
        assertThatThrownBy(() -> PriceEditionLoader.loadIndexed(getClass(), "testindex/missing"))
                .isInstanceOf(PriceDataException.class)
                .hasMessage("testindex/missing/index.json: editions[0]: no such resource "
                        + "testindex/missing/us-east-1/2025-08-01.json");
    }

    @Test
    void indexListingAnEditionTwiceIsRejected() {
        assertThatThrownBy(() -> PriceEditionLoader.loadIndexed(getClass(), "testindex/twice"))
                .isInstanceOf(PriceDataException.class)
                .hasMessageStartingWith("testindex/twice/index.json: editions[1]: listed twice");
    }

    @Test
    void indexEntryThatIsNoRegionAndDateIsRejected() {
        assertThatThrownBy(() -> PriceEditionLoader.loadIndexed(getClass(), "testindex/badentry"))
                .isInstanceOf(PriceDataException.class)
                .hasMessageStartingWith("testindex/badentry/index.json: editions[0]: expected a path");
    }

    @Test
    void missingIndexIsRejected() {
        assertThatThrownBy(() -> PriceEditionLoader.loadIndexed(getClass(), "testindex/nowhere"))
                .isInstanceOf(PriceDataException.class)
                .hasMessage("testindex/nowhere/index.json: (file): not found on the classpath");
    }

    @Test
    void directoryLoadsEveryJsonFileAndSkipsIndexFiles() throws IOException {
        put("us-east-1/2025-08-01.json", VALID);
        put("mine/eu-west-1-draft.json", VALID.replace("\"us-east-1\"", "\"eu-west-1\""));
        put("index.json", "{\"editions\": []}");
        put("README.txt", "not an edition");

        PriceCatalog catalog = PriceEditionLoader.loadDirectory(dir);

        assertThat(catalog.editions()).extracting(PriceEdition::id)
                .containsExactly("eu-west-1/2025-08-01", "us-east-1/2025-08-01");
        assertThat(catalog.editionById("eu-west-1/2025-08-01").sourceFile()).endsWith("eu-west-1-draft.json");
    }

    @Test
    void directoryFileInARegionFolderMustHoldThatRegion() throws IOException {
        Path file = put("eu-west-1/2025-08-01.json", VALID);

        assertThatThrownBy(() -> PriceEditionLoader.loadDirectory(dir))
                .isInstanceOfSatisfying(PriceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.field()).isEqualTo("region");
                });
    }

    @Test
    void directoryWithTwoEditionsOfOneRegionAndDateIsRejected() throws IOException {
        put("us-east-1/2025-08-01.json", VALID);
        put("copies/us-east-1-copy.json", VALID);

        assertThatThrownBy(() -> PriceEditionLoader.loadDirectory(dir))
                .isInstanceOf(PriceDataException.class)
                .hasMessageContaining("two editions of us-east-1 take effect on 2025-08-01");
    }

    @Test
    void brokenFileInADirectoryIsNamedInTheError() throws IOException {
        put("us-east-1/2025-08-01.json", VALID);
        Path broken = put("us-east-1/2026-01-01.json", VALID.replace("\"2025-08-01\"", "\"2026-01-01\"")
                .replace("\"0.0000002\"", "\"twenty cents\""));

        assertThatThrownBy(() -> PriceEditionLoader.loadDirectory(dir))
                .isInstanceOf(PriceDataException.class)
                .hasMessageStartingWith(broken + ": requests.usd: not a decimal number");
    }

    @Test
    void emptyOrMissingDirectoryIsRejected() {
        assertThatThrownBy(() -> PriceEditionLoader.loadDirectory(dir))
                .isInstanceOf(PriceDataException.class).hasMessageContaining("holds no *.json price edition");
        assertThatThrownBy(() -> PriceEditionLoader.loadDirectory(dir.resolve("absent")))
                .isInstanceOf(PriceDataException.class).hasMessageContaining("not a directory");
    }
}
