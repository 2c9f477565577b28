package io.lambdasim.pricedata.frontdoor;

import io.lambdasim.pricedata.PriceDataException;
import io.lambdasim.pricedata.PriceFiles;
import io.lambdasim.pricedata.PriceJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads front-door price files (API Gateway, ALB, Fargate; format {@value FrontDoorReader#FORMAT}, see
 * docs/ec2-price-data.md): the files bundled with LambdaSim, listed in {@code prices/index.json} next to this class,
 * or one file. Every problem is a {@link PriceDataException} naming the file and the field.
 */
public final class FrontDoorPriceLoader {

    /** The classpath folder of the bundled files, relative to this class's package. */
    public static final String BUNDLED_FOLDER = "prices";

    private FrontDoorPriceLoader() {
    }

    /** The front-door prices shipped with LambdaSim, all validated. */
    public static FrontDoorCatalog loadBundled() {
        return new FrontDoorCatalog(PriceFiles.loadIndexed(FrontDoorPriceLoader.class, BUNDLED_FOLDER, "prices",
                "file", FrontDoorPriceLoader::parse, FrontDoorPrices::id));
    }

    /** One file. Its name is not checked against its content (bundled files are, see {@link #loadBundled()}). */
    public static FrontDoorPrices load(Path file) {
        return PriceFiles.read(file, FrontDoorPriceLoader::parse);
    }

    /** Parses and validates one file; {@code sourceName} names it in messages. The stream is closed. */
    public static FrontDoorPrices parse(String sourceName, InputStream in) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(in, "in");
        return new FrontDoorReader(sourceName).read(PriceJson.readTree(sourceName, in));
    }

    /** Parses and validates one file held in a string. */
    public static FrontDoorPrices parse(String sourceName, String json) {
        return parse(sourceName, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
