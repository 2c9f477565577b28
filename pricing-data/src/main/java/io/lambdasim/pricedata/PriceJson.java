package io.lambdasim.pricedata;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Strict reading of LambdaSim's JSON price files (Lambda price editions, EC2 price tables, front-door prices): every
 * failure is a {@link PriceDataException} naming the file and the field path, unknown fields are rejected, and prices
 * are JSON strings parsed to {@link BigDecimal} exactly (never through binary floating point). One instance reads one
 * file; {@link PriceFiles} finds the files.
 */
public final class PriceJson {

    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern NEGATIVE_DECIMAL = Pattern.compile("-\\d+(\\.\\d+)?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final String file;

    public PriceJson(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /**
     * The whole file as a tree; malformed JSON (duplicate keys and trailing content included) names line and column.
     */
    public static JsonNode readTree(String sourceName, InputStream in) {
        try (InputStream input = in) {
            JsonNode root = MAPPER.readTree(input);
            if (root == null || root.isMissingNode()) {
                throw new PriceDataException(sourceName, "(file)", "empty file: expected a JSON object");
            }
            if (!root.isObject()) {
                throw new PriceDataException(sourceName, "(root)", "expected a JSON object, found " + kind(root));
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
    public static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "(unknown position)";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The {@code format} field of the top level, which must be {@code expected}. */
    public void format(JsonNode root, String expected) {
        String format = text(root, "", "format");
        if (!expected.equals(format)) {
            throw fail("format", "unsupported format version '" + format + "' (this LambdaSim reads " + expected
                    + ")");
        }
    }

    /** The {@code region} field of the top level: a region LambdaSim knows. */
    public String region(JsonNode root) {
        String region = text(root, "", "region");
        if (!Regions.isKnown(region)) {
            throw fail("region", "unknown region '" + region + "'");
        }
        return region;
    }

    /** The {@code currency} field of the top level, which must be USD. */
    public String currency(JsonNode root) {
        String currency = text(root, "", "currency");
        if (!"USD".equals(currency)) {
            throw fail("currency", "only USD is supported, found '" + currency + "'");
        }
        return currency;
    }

    /** The optional {@code notes} field of the top level; empty when absent. */
    public String notes(JsonNode root) {
        return root.has("notes") ? text(root, "", "notes") : "";
    }

    /**
     * An object keyed by architecture ({@code x86_64}, {@code arm64}; at least one) whose values are objects with the
     * fields {@code known}, each read by {@code reader} from its node and path.
     */
    public <V> Map<Architecture, V> byArchitecture(JsonNode node, String path, Set<String> known,
                                                   BiFunction<JsonNode, String, V> reader) {
        if (node.isEmpty()) {
            throw fail(path, "no architecture is priced (expected x86_64 and/or arm64)");
        }
        Map<Architecture, V> result = new EnumMap<>(Architecture.class);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            String id = fields.next().getKey();
            String archPath = join(path, id);
            Architecture arch = architecture(id, archPath);
            JsonNode archNode = object(node, path, id);
            allowOnly(archNode, archPath, known);
            result.put(arch, reader.apply(archNode, archPath));
        }
        return result;
    }

    /** The architecture spelt exactly {@code id}; {@code field} names it in the failure. */
    public Architecture architecture(String id, String field) {
        for (Architecture a : Architecture.values()) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        throw fail(field, "unknown architecture '" + id + "' (expected x86_64 or arm64)");
    }

    /** Rejects fields not in {@code known}: a misspelt optional price would otherwise vanish without a word. */
    public void allowOnly(JsonNode node, String path, Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw fail(join(path, name), "unknown field (known here: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    /** The field {@code name} of {@code node}, failing when it is absent or null. */
    public JsonNode required(JsonNode node, String path, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw fail(join(path, name), "missing");
        }
        return v;
    }

    public String text(JsonNode node, String path, String name) {
        JsonNode v = required(node, path, name);
        if (!v.isTextual()) {
            throw fail(join(path, name), "expected a string, found " + kind(v) + " " + v);
        }
        return v.asText();
    }

    /** The text, checked to be exactly {@code expected}. */
    public void constant(JsonNode node, String path, String name, String expected) {
        String s = text(node, path, name);
        if (!expected.equals(s)) {
            throw fail(join(path, name), "expected " + expected + ", found '" + s + "'");
        }
    }

    public JsonNode object(JsonNode node, String path, String name) {
        JsonNode v = required(node, path, name);
        if (!v.isObject()) {
            throw fail(join(path, name), "expected an object, found " + kind(v));
        }
        return v;
    }

    public JsonNode array(JsonNode node, String path, String name) {
        JsonNode v = required(node, path, name);
        if (!v.isArray()) {
            throw fail(join(path, name), "expected an array, found " + kind(v));
        }
        return v;
    }

    public LocalDate date(JsonNode node, String path, String name) {
        String s = text(node, path, name);
        if (!ISO_DATE.matcher(s).matches()) {
            throw fail(join(path, name), "malformed date '" + s + "' (expected YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw fail(join(path, name), "malformed date '" + s + "': " + e.getMessage());
        }
    }

    public URI uri(JsonNode node, String path, String name) {
        String s = text(node, path, name);
        try {
            URI uri = new URI(s);
            if (!uri.isAbsolute()) {
                throw fail(join(path, name), "expected an absolute URL (https://...), found '" + s + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw fail(join(path, name), "malformed URL '" + s + "': " + e.getReason());
        }
    }

    public boolean bool(JsonNode node, String path, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw fail(join(path, name), "missing (true when checked against an official AWS source, else false)");
        }
        if (!v.isBoolean()) {
            throw fail(join(path, name), "expected true or false, found " + kind(v));
        }
        return v.booleanValue();
    }

    public long positiveLong(JsonNode node, String path, String name) {
        long v = nonNegativeLong(node, path, name);
        if (v < 1) {
            throw fail(join(path, name), "expected a positive whole number, found " + v);
        }
        return v;
    }

    public long nonNegativeLong(JsonNode node, String path, String name) {
        JsonNode v = required(node, path, name);
        String field = join(path, name);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw fail(field, "expected a whole number, found " + kind(v) + " " + v);
        }
        long value = v.longValue();
        if (value < 0) {
            throw fail(field, "must not be negative, found " + value);
        }
        return value;
    }

    /**
     * A plain non-negative decimal written as a JSON string ({@code "0.0816"}); JSON numbers, exponents, signs and
     * blanks are rejected.
     */
    public BigDecimal decimalString(JsonNode node, String path, String name) {
        JsonNode v = required(node, path, name);
        String field = join(path, name);
        if (v.isNumber()) {
            throw fail(field, "must be a JSON string such as \"0.0816\", not the number " + v.asText()
                    + " (numbers may have been through binary floating point)");
        }
        if (!v.isTextual()) {
            throw fail(field, "expected a decimal string, found " + kind(v));
        }
        String s = v.asText();
        if (NEGATIVE_DECIMAL.matcher(s.trim()).matches()) {
            throw fail(field, "negative value " + s.trim());
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw fail(field, "not a decimal number: '" + s + "' (expected digits such as \"0.0816\")");
        }
        return new BigDecimal(s);
    }

    /** A decimal string greater than zero. */
    public BigDecimal positiveDecimal(JsonNode node, String path, String name) {
        BigDecimal d = decimalString(node, path, name);
        if (d.signum() <= 0) {
            throw fail(join(path, name), "must be greater than zero, found " + d.toPlainString());
        }
        return d;
    }

    /** A decimal string in [0, 1): a discount fraction. */
    public BigDecimal fraction(JsonNode node, String path, String name) {
        BigDecimal d = decimalString(node, path, name);
        if (d.compareTo(BigDecimal.ONE) >= 0) {
            throw fail(join(path, name), "a fraction must be below 1 (0.66 means 66 %), found " + d.toPlainString());
        }
        return d;
    }

    /** A rate object {@code {"usd", "unit", "source", "verified"}} whose unit must be {@code expectedUnit}. */
    public Rate rate(JsonNode parent, String parentPath, String name, String expectedUnit) {
        JsonNode node = object(parent, parentPath, name);
        String path = join(parentPath, name);
        allowOnly(node, path, Set.of("usd", "unit", "source", "verified"));
        return rateFields(node, path, expectedUnit);
    }

    /** The {@code usd}, {@code unit}, {@code source} and {@code verified} fields of {@code node}. */
    public Rate rateFields(JsonNode node, String path, String expectedUnit) {
        return rateFields(node, path, decimalString(node, path, "usd"), expectedUnit);
    }

    /** The {@code unit}, {@code source} and {@code verified} fields of {@code node}, with {@code usd} already read. */
    public Rate rateFields(JsonNode node, String path, BigDecimal usd, String expectedUnit) {
        String unit = text(node, path, "unit");
        if (!expectedUnit.equals(unit)) {
            throw fail(join(path, "unit"), "expected unit '" + expectedUnit + "', found '" + unit + "'");
        }
        return new Rate(usd, unit, uri(node, path, "source"), bool(node, path, "verified"));
    }

    public static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> v.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    public PriceDataException fail(String field, String reason) {
        return new PriceDataException(file, field, reason);
    }
}
