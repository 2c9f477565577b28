package io.lambdasim.pricedata;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds LambdaSim's JSON price files (Lambda price editions, EC2 price tables, front-door prices) and hands each to a
 * {@link Parser}: the files listed in a bundled {@code index.json} on the classpath, the {@code *.json} files of a
 * directory, or one file. A file whose path ends in {@code <region>/<YYYY-MM-DD>.json} must hold the prices of that
 * region and date. Every problem is a {@link PriceDataException} naming the file and the field.
 */
public final class PriceFiles {

    /** {@code <region>/<YYYY-MM-DD>.json}, possibly below folders. */
    private static final Pattern DATED_PATH = Pattern.compile("(?:.*/)?([^/]+)/(\\d{4}-\\d{2}-\\d{2})\\.json");

    /** Parses one price file; {@code resource} names it in messages. The stream is closed. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String resource, InputStream in);
    }

    private PriceFiles() {
    }

    /** One file, parsed. Its name is not checked against its content. */
    public static <T> T read(Path file, Parser<T> parser) {
        try (InputStream in = Files.newInputStream(file)) {
            return parser.parse(file.toString(), in);
        } catch (IOException e) {
            throw new PriceDataException(file.toString(), "(file)", "cannot read: " + e, e);
        }
    }

    /**
     * The files listed in the classpath resource {@code <folder>/index.json} (relative to {@code anchor}'s package), an
     * object with the single field {@code key} holding paths {@code "<region>/<YYYY-MM-DD>.json"}. Each file is parsed
     * and must hold the region and date its path names ({@code regionAndDate} gives {@code "<region>/<date>"}). An
     * index listing nothing fails with "lists no {@code what}".
     */
    public static <T> List<T> loadIndexed(Class<?> anchor, String folder, String key, String what, Parser<T> parser,
                                          Function<T, String> regionAndDate) {
        String indexName = folder + "/index.json";
        InputStream indexStream = anchor.getResourceAsStream(indexName);
        if (indexStream == null) {
            throw new PriceDataException(indexName, "(file)", "not found on the classpath");
        }
        JsonNode index = PriceJson.readTree(indexName, indexStream);
        JsonNode entries = index.get(key);
        if (index.size() != 1 || entries == null || !entries.isArray()) {
            throw new PriceDataException(indexName, key,
                    "expected {\"" + key + "\": [\"<region>/<YYYY-MM-DD>.json\", ...]} and nothing else");
        }
        List<T> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String field = key + "[" + i + "]";
            JsonNode entry = entries.get(i);
            if (!entry.isTextual() || !DATED_PATH.matcher(entry.asText()).matches() || entry.asText().contains("..")) {
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
            T parsed = parser.parse(resource, in);
            checkPath(resource, regionAndDate.apply(parsed));
            result.add(parsed);
        }
        if (result.isEmpty()) {
            throw new PriceDataException(indexName, key, "lists no " + what);
        }
        return result;
    }

    /**
     * Every {@code *.json} file under {@code dir} (recursively; files named {@code index.json} are skipped), parsed. A
     * file at {@code <region>/<YYYY-MM-DD>.json} with a known region must hold that region and date; other names are
     * free. A directory without such files fails with "holds no *.json {@code what}".
     */
    public static <T> List<T> loadDirectory(Path dir, String what, Parser<T> parser,
                                            Function<T, String> regionAndDate) {
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
            throw new PriceDataException(dir.toString(), "(directory)", "holds no *.json " + what);
        }
        List<T> result = new ArrayList<>();
        for (Path file : files) {
            T parsed = read(file, parser);
            Matcher m = DATED_PATH.matcher(dir.relativize(file).toString().replace('\\', '/'));
            if (m.matches() && Regions.isKnown(m.group(1))) {
                checkPath(file.toString(), m, regionAndDate.apply(parsed));
            }
            result.add(parsed);
        }
        return result;
    }

    /**
     * Fails unless {@code path}, when shaped {@code .../<region>/<YYYY-MM-DD>.json}, names {@code regionAndDate}
     * ({@code "us-east-1/2026-01-19"}). Other paths are not checked.
     */
    public static void checkPath(String path, String regionAndDate) {
        Matcher m = DATED_PATH.matcher(path.replace('\\', '/'));
        if (m.matches()) {
            checkPath(path, m, regionAndDate);
        }
    }

    /** Fails unless the region and date {@code dated} matched name {@code regionAndDate}; {@code file} is blamed. */
    private static void checkPath(String file, Matcher dated, String regionAndDate) {
        String[] parts = regionAndDate.split("/", 2);
        if (!dated.group(1).equals(parts[0])) {
            throw new PriceDataException(file, "region", "'" + parts[0] + "' does not match the file name, which says "
                    + dated.group(1) + " (this content belongs in " + regionAndDate + ".json)");
        }
        if (!dated.group(2).equals(parts[1])) {
            throw new PriceDataException(file, "effective_date", "'" + parts[1]
                    + "' does not match the file name, which says " + dated.group(2) + " (this content belongs in "
                    + regionAndDate + ".json)");
        }
    }
}
