package io.lambdasim.pricedata;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads price editions in the JSON format of docs/price-data.md: the editions bundled with LambdaSim (listed in
 * {@code editions/index.json} on the classpath), a directory of edition files, or a single stream.
 *
 * <p>Every problem is a {@link PriceDataException} naming the file and the field. A file whose path ends in
 * {@code <region>/<YYYY-MM-DD>.json} must hold the edition of that region and date.
 */
public final class PriceEditionLoader {

    /** The classpath folder of the bundled editions, relative to this class's package. */
    public static final String BUNDLED_FOLDER = "editions";
    /** The bundled index, relative to this class's package. */
    public static final String BUNDLED_INDEX = BUNDLED_FOLDER + "/index.json";

    private PriceEditionLoader() {
    }

    /** The editions shipped with LambdaSim: those listed in {@code editions/index.json}, all validated. */
    public static PriceCatalog loadBundled() {
        return loadIndexed(PriceEditionLoader.class, BUNDLED_FOLDER);
    }

    /**
     * The editions listed in the classpath resource {@code <folder>/index.json} (relative to {@code anchor}'s
     * package), each at {@code <folder>/<region>/<YYYY-MM-DD>.json} and holding that region and date.
     */
    static PriceCatalog loadIndexed(Class<?> anchor, String folder) {
        return new PriceCatalog(PriceFiles.loadIndexed(anchor, folder, "editions", "edition",
                PriceEditionLoader::parse, PriceEditionLoader::regionAndDate));
    }

    /**
     * Every {@code *.json} file under {@code dir} (recursively; files named {@code index.json} are skipped), each an
     * edition. A file at {@code <region>/<YYYY-MM-DD>.json} must hold that region and date; other names are free.
     */
    public static PriceCatalog loadDirectory(Path dir) {
        return new PriceCatalog(PriceFiles.loadDirectory(dir, "price edition", PriceEditionLoader::parse,
                PriceEditionLoader::regionAndDate));
    }

    /** One edition file. Its name is not checked against its content (see {@link #loadDirectory(Path)}). */
    public static PriceEdition load(Path file) {
        return PriceFiles.read(file, PriceEditionLoader::parse);
    }

    /**
     * Parses and validates one edition. {@code sourceName} names the file in error messages and becomes the
     * edition's {@link PriceEdition#sourceFile()}. The stream is closed.
     */
    public static PriceEdition parse(String sourceName, InputStream in) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(in, "in");
        return new EditionReader(sourceName).read(PriceJson.readTree(sourceName, in));
    }

    /** Parses and validates one edition held in a string. */
    public static PriceEdition parse(String sourceName, String json) {
        return parse(sourceName, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String regionAndDate(PriceEdition edition) {
        return edition.region() + "/" + edition.effectiveDate();
    }
}
