package io.lambdasim.pricedata.ec2;

import io.lambdasim.pricedata.PriceDataException;
import io.lambdasim.pricedata.PriceFiles;
import io.lambdasim.pricedata.PriceJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads EC2 price tables in the JSON format of docs/ec2-price-data.md: the tables bundled with LambdaSim (listed in
 * {@code tables/index.json} next to this class), a directory of table files, or one stream. Every problem is a
 * {@link PriceDataException} naming the file and the field. A file whose path ends in
 * {@code <region>/<YYYY-MM-DD>.json} must hold the table of that region and date.
 */
public final class Ec2PriceLoader {

    /** The classpath folder of the bundled tables, relative to this class's package. */
    public static final String BUNDLED_FOLDER = "tables";

    private Ec2PriceLoader() {
    }

    /** The tables shipped with LambdaSim, all validated. */
    public static Ec2Catalog loadBundled() {
        return new Ec2Catalog(PriceFiles.loadIndexed(Ec2PriceLoader.class, BUNDLED_FOLDER, "tables", "file",
                Ec2PriceLoader::parse, Ec2PriceTable::id));
    }

    /**
     * Every {@code *.json} file under {@code dir} (recursively; files named {@code index.json} are skipped), each a
     * table. A file at {@code <region>/<YYYY-MM-DD>.json} with a known region must hold that region and date.
     */
    public static Ec2Catalog loadDirectory(Path dir) {
        return new Ec2Catalog(PriceFiles.loadDirectory(dir, "EC2 price table", Ec2PriceLoader::parse,
                Ec2PriceTable::id));
    }

    /** One table file. Its name is not checked against its content (see {@link #loadDirectory(Path)}). */
    public static Ec2PriceTable load(Path file) {
        return PriceFiles.read(file, Ec2PriceLoader::parse);
    }

    /** Parses and validates one table; {@code sourceName} names it in messages and becomes its source file. */
    public static Ec2PriceTable parse(String sourceName, InputStream in) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(in, "in");
        return new Ec2TableReader(sourceName).read(PriceJson.readTree(sourceName, in));
    }

    /** Parses and validates one table held in a string. */
    public static Ec2PriceTable parse(String sourceName, String json) {
        return parse(sourceName, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
