package io.lambdasim.pricedata;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    private static final Pattern EDITION_PATH = Pattern.compile("(?:.*/)?([^/]+)/(\\d{4}-\\d{2}-\\d{2})\\.json");

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

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
        String indexName = folder + "/index.json";
        InputStream indexStream = anchor.getResourceAsStream(indexName);
        if (indexStream == null) {
            throw new PriceDataException(indexName, "(file)", "not found on the classpath");
        }
        JsonNode index = readTree(indexName, indexStream);
        JsonNode entries = index.get("editions");
        if (index.size() != 1 || entries == null || !entries.isArray()) {
            throw new PriceDataException(indexName, "editions",
                    "expected {\"editions\": [\"<region>/<YYYY-MM-DD>.json\", ...]} and nothing else");
        }
        List<PriceEdition> editions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String field = "editions[" + i + "]";
            JsonNode entry = entries.get(i);
            if (!entry.isTextual() || !EDITION_PATH.matcher(entry.asText()).matches()
                    || entry.asText().contains("..")) {
                throw new PriceDataException(indexName, field,
                        "expected a path \"<region>/<YYYY-MM-DD>.json\", found " + entry);
            }
            if (!seen.add(entry.asText())) {
                throw new PriceDataException(indexName, field, "listed twice: " + entry.asText());
            }
            String resource = folder + "/" + entry.asText();
            InputStream in = anchor.getResourceAsStream(resource);
            if (in == null) {
                throw new PriceDataException(indexName, field, "no such resource " + resource);
            }
            PriceEdition edition = parse(resource, in);
            checkMatchesPath(edition, resource, true);
            editions.add(edition);
        }
        if (editions.isEmpty()) {
            throw new PriceDataException(indexName, "editions", "lists no edition");
        }
        return new PriceCatalog(editions);
    }

    /**
     * Every {@code *.json} file under {@code dir} (recursively; files named {@code index.json} are skipped), each an
     * edition. A file at {@code <region>/<YYYY-MM-DD>.json} must hold that region and date; other names are free.
     */
    public static PriceCatalog loadDirectory(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new PriceDataException(dir.toString(), "(directory)", "not a directory");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals("index.json"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new PriceDataException(dir.toString(), "(directory)", "cannot list: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new PriceDataException(dir.toString(), "(directory)", "holds no *.json price edition");
        }
        List<PriceEdition> editions = new ArrayList<>();
        for (Path file : files) {
            PriceEdition edition = load(file);
            checkMatchesPath(edition, dir.relativize(file).toString().replace('\\', '/'), false);
            editions.add(edition);
        }
        return new PriceCatalog(editions);
    }

    /** One edition file. Its name is not checked against its content (see {@link #loadDirectory(Path)}). */
    public static PriceEdition load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.toString(), in);
        } catch (IOException e) {
            throw new PriceDataException(file.toString(), "(file)", "cannot read: " + e, e);
        }
    }

    /**
     * Parses and validates one edition. {@code sourceName} names the file in error messages and becomes the
     * edition's {@link PriceEdition#sourceFile()}. The stream is closed.
     */
    public static PriceEdition parse(String sourceName, InputStream in) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(in, "in");
        return new EditionReader(sourceName).read(readTree(sourceName, in));
    }

    /** Parses and validates one edition held in a string. */
    public static PriceEdition parse(String sourceName, String json) {
        return parse(sourceName, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Fails unless {@code path}, when shaped {@code .../<region>/<YYYY-MM-DD>.json}, names the edition's own region
     * and date. Unless {@code strict}, a path whose folder is not a region code is not checked.
     */
    static void checkMatchesPath(PriceEdition edition, String path, boolean strict) {
        var m = EDITION_PATH.matcher(path);
        if (!m.matches() || !strict && !Regions.isKnown(m.group(1))) {
            return;
        }
        String expected = edition.region() + "/" + edition.effectiveDate() + ".json";
        if (!m.group(1).equals(edition.region())) {
            throw new PriceDataException(edition.sourceFile(), "region", "'" + edition.region()
                    + "' does not match the file name, which says " + m.group(1) + " (this content belongs in "
                    + expected + ")");
        }
        if (!m.group(2).equals(edition.effectiveDate().toString())) {
            throw new PriceDataException(edition.sourceFile(), "effective_date", "'" + edition.effectiveDate()
                    + "' does not match the file name, which says " + m.group(2) + " (this content belongs in "
                    + expected + ")");
        }
    }

    static JsonNode readTree(String sourceName, InputStream in) {
        try (InputStream input = in) {
            JsonNode root = MAPPER.readTree(input);
            if (root == null || root.isMissingNode()) {
                throw new PriceDataException(sourceName, "(file)", "empty file: expected a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new PriceDataException(sourceName, where(e.getLocation()),
                    "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new PriceDataException(sourceName, "(file)", "cannot read: " + e, e);
        }
    }

    /** {@code line 3, column 17}, as Jackson reports it. */
    static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "(unknown position)";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
