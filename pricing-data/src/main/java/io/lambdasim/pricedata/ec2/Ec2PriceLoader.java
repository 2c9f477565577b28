package io.lambdasim.pricedata.ec2;

import io.lambdasim.pricedata.PriceDataException;
import io.lambdasim.pricedata.Regions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
        return new Ec2Catalog(PriceJson.loadIndexed(Ec2PriceLoader.class, BUNDLED_FOLDER, "tables",
                Ec2PriceLoader::parse, Ec2PriceTable::id));
    }

    /**
     * Every {@code *.json} file under {@code dir} (recursively; files named {@code index.json} are skipped), each a
     * table. A file at {@code <region>/<YYYY-MM-DD>.json} with a known region must hold that region and date.
     */
    public static Ec2Catalog loadDirectory(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new PriceDataException(dir.toString(), "(directory)", "not a directory");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals("index.json"))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new PriceDataException(dir.toString(), "(directory)", "cannot list: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new PriceDataException(dir.toString(), "(directory)", "holds no *.json EC2 price table");
        }
        List<Ec2PriceTable> tables = new ArrayList<>();
        for (Path file : files) {
            Ec2PriceTable table = load(file);
            String relative = dir.relativize(file).toString().replace('\\', '/');
            Matcher m = PriceJson.DATED_PATH.matcher(relative);
            if (m.matches() && Regions.isKnown(m.group(1))) {
                PriceJson.checkPath(file.toString(), table.id());
            }
            tables.add(table);
        }
        return new Ec2Catalog(tables);
    }

    /** One table file. Its name is not checked against its content (see {@link #loadDirectory(Path)}). */
    public static Ec2PriceTable load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.toString(), in);
        } catch (IOException e) {
            throw new PriceDataException(file.toString(), "(file)", "cannot read: " + e, e);
        }
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
