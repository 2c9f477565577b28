package io.lambdasim.pricedata;

import static io.lambdasim.pricedata.EditionFormat.CURRENCY;
import static io.lambdasim.pricedata.EditionFormat.FORMAT;
import static io.lambdasim.pricedata.EditionFormat.SERVICE;
import static io.lambdasim.pricedata.EditionFormat.UNIT_GB;
import static io.lambdasim.pricedata.EditionFormat.UNIT_GB_SECOND;
import static io.lambdasim.pricedata.EditionFormat.UNIT_REQUEST;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the JSON tree of one price edition into a {@link PriceEdition}, checking every field. Each failure is a
 * {@link PriceDataException} naming the file and the field path ({@code architectures.x86_64.duration[1].from}).
 * Unknown fields are rejected: a misspelt optional price would otherwise vanish without a word.
 */
final class EditionReader {

    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern NEGATIVE_DECIMAL = Pattern.compile("-\\d+(\\.\\d+)?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final Set<String> TOP_FIELDS = Set.of("format", "service", "region", "effective_date", "currency",
            "notes", "rules", "memory_mb", "requests", "architectures", "ephemeral_storage", "snapstart_cache",
            "snapstart_restore", "free_tier");
    private static final Set<String> RULE_FIELDS = Set.of("duration_granularity_ms", "init_billing",
            "pc_window_rounding_minutes", "source", "verified");
    private static final Set<String> MEMORY_FIELDS = Set.of("min", "max", "step");
    private static final Set<String> RATE_FIELDS = Set.of("usd", "unit", "source", "verified");
    private static final Set<String> TIER_FIELDS = Set.of("from", "to", "usd", "unit", "source", "verified");
    private static final Set<String> ARCHITECTURE_FIELDS = Set.of("duration", "provisioned_concurrency",
            "provisioned_duration");
    private static final Set<String> FREE_TIER_FIELDS = Set.of("requests", "gb_seconds", "source", "verified");

    private final String file;

    EditionReader(String file) {
        this.file = file;
    }

    PriceEdition read(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            throw fail("(file)", "empty file: expected a JSON object");
        }
        if (!root.isObject()) {
            throw fail("(root)", "expected a JSON object, found " + kind(root));
        }
        String format = text(root, "", "format");
        if (!FORMAT.equals(format)) {
            throw fail("format", "unsupported format version '" + format + "' (this LambdaSim reads " + FORMAT + ")");
        }
        allowOnly(root, "", TOP_FIELDS);
        String service = text(root, "", "service");
        if (!SERVICE.equals(service)) {
            throw fail("service", "expected " + SERVICE + ", found '" + service + "'");
        }
        String region = text(root, "", "region");
        if (!Regions.isKnown(region)) {
            throw fail("region", "unknown region '" + region + "'");
        }
        LocalDate effectiveDate = date(root, "", "effective_date");
        String currency = text(root, "", "currency");
        if (!CURRENCY.equals(currency)) {
            throw fail("currency", "only " + CURRENCY + " is supported, found '" + currency + "'");
        }
        String notes = root.has("notes") ? text(root, "", "notes") : "";
        BillingRules rules = rules(object(root, "", "rules"), "rules");
        MemoryLimits memory = memory(object(root, "", "memory_mb"), "memory_mb");
        Rate requests = rate(object(root, "", "requests"), "requests", UNIT_REQUEST);
        Map<Architecture, ArchitectureRates> architectures = architectures(object(root, "", "architectures"));
        Optional<Rate> ephemeral = optionalRate(root, "ephemeral_storage", UNIT_GB_SECOND);
        Optional<Rate> snapStartCache = optionalRate(root, "snapstart_cache", UNIT_GB_SECOND);
        Optional<Rate> snapStartRestore = optionalRate(root, "snapstart_restore", UNIT_GB);
        FreeTier freeTier = freeTier(object(root, "", "free_tier"), "free_tier");
        try {
            return new PriceEdition(region + "/" + effectiveDate, region, effectiveDate, currency, file, notes, rules,
                    memory, requests, architectures, ephemeral, snapStartCache, snapStartRestore, freeTier);
        } catch (IllegalArgumentException e) {
            throw fail("(edition)", e.getMessage());
        }
    }

    private BillingRules rules(JsonNode node, String path) {
        allowOnly(node, path, RULE_FIELDS);
        int granularity = positiveInt(node, path, "duration_granularity_ms");
        String initText = text(node, path, "init_billing");
        InitBilling init = EditionFormat.initBilling(initText).orElseThrow(() -> fail(join(path, "init_billing"),
                "unknown init_billing '" + initText + "' (expected one of " + EditionFormat.initBillingIds() + ")"));
        int pcRounding = positiveInt(node, path, "pc_window_rounding_minutes");
        return new BillingRules(granularity, init, pcRounding, uri(node, path, "source"), bool(node, path, "verified"));
    }

    private MemoryLimits memory(JsonNode node, String path) {
        allowOnly(node, path, MEMORY_FIELDS);
        int min = positiveInt(node, path, "min");
        int max = positiveInt(node, path, "max");
        int step = positiveInt(node, path, "step");
        if (max < min) {
            throw fail(join(path, "max"), "max " + max + " MB is below min " + min + " MB");
        }
        return new MemoryLimits(min, max, step);
    }

    private Map<Architecture, ArchitectureRates> architectures(JsonNode node) {
        String path = "architectures";
        if (node.isEmpty()) {
            throw fail(path, "no architecture is priced (expected x86_64 and/or arm64)");
        }
        Map<Architecture, ArchitectureRates> result = new EnumMap<>(Architecture.class);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            Architecture arch = architecture(f.getKey(), path);
            String archPath = join(path, f.getKey());
            JsonNode archNode = object(node, path, f.getKey());
            allowOnly(archNode, archPath, ARCHITECTURE_FIELDS);
            TieredRate duration = tiers(archNode, archPath);
            Optional<Rate> pc = optionalRate(archNode, archPath, "provisioned_concurrency", UNIT_GB_SECOND);
            Optional<Rate> pcDuration = optionalRate(archNode, archPath, "provisioned_duration", UNIT_GB_SECOND);
            if (pc.isPresent() != pcDuration.isPresent()) {
                String missing = pc.isPresent() ? "provisioned_duration" : "provisioned_concurrency";
                throw fail(join(archPath, missing), "missing: provisioned_concurrency and provisioned_duration "
                        + "come together (give both or neither)");
            }
            result.put(arch, new ArchitectureRates(duration, pc, pcDuration));
        }
        return result;
    }

    private Architecture architecture(String id, String path) {
        for (Architecture a : Architecture.values()) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        throw fail(join(path, id), "unknown architecture '" + id + "' (expected x86_64 or arm64)");
    }

    private TieredRate tiers(JsonNode archNode, String archPath) {
        String path = join(archPath, "duration");
        JsonNode array = archNode.get("duration");
        if (array == null || array.isNull()) {
            throw fail(path, "missing");
        }
        if (!array.isArray()) {
            throw fail(path, "expected an array of tiers, found " + kind(array));
        }
        if (array.isEmpty()) {
            throw fail(path, "no tiers: expected at least one, the last open-ended (\"to\": null)");
        }
        List<Tier> tiers = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String tierPath = path + "[" + i + "]";
            JsonNode t = array.get(i);
            if (!t.isObject()) {
                throw fail(tierPath, "expected an object, found " + kind(t));
            }
            allowOnly(t, tierPath, TIER_FIELDS);
            long from = nonNegativeLong(t, tierPath, "from");
            if (!t.has("to")) {
                throw fail(join(tierPath, "to"), "missing (use null for the open-ended last tier)");
            }
            OptionalLong to = t.get("to").isNull() ? OptionalLong.empty()
                    : OptionalLong.of(nonNegativeLong(t, tierPath, "to"));
            if (to.isPresent() && to.getAsLong() <= from) {
                throw fail(join(tierPath, "to"), "tier ends at " + to.getAsLong() + ", not after its start " + from);
            }
            tiers.add(new Tier(from, to, rateFields(t, tierPath, UNIT_GB_SECOND)));
        }
        checkSequence(tiers, path);
        try {
            return new TieredRate(tiers);
        } catch (IllegalArgumentException e) {
            throw fail(path, e.getMessage());
        }
    }

    /** Tiers start at 0, each starts where the one before ends, and only the last is open-ended. */
    private void checkSequence(List<Tier> tiers, String path) {
        if (tiers.get(0).from() != 0) {
            throw fail(path + "[0].from", "the first tier must start at 0, not " + tiers.get(0).from());
        }
        for (int i = 1; i < tiers.size(); i++) {
            Tier previous = tiers.get(i - 1);
            long from = tiers.get(i).from();
            String fromPath = path + "[" + i + "].from";
            if (previous.isOpenEnded()) {
                throw fail(path + "[" + (i - 1) + "].to", "tier " + i + " is open-ended but tier " + (i + 1)
                        + " follows it (only the last tier may be open-ended)");
            }
            long end = previous.to().getAsLong();
            if (from < previous.from()) {
                throw fail(fromPath, "tiers out of order: tier " + (i + 1) + " starts at " + from
                        + ", before tier " + i + " (starts " + previous.from() + ")");
            }
            if (from < end) {
                throw fail(fromPath, "overlaps tier " + i + " (ends " + end + ")");
            }
            if (from > end) {
                for (int later = i + 1; later < tiers.size(); later++) {
                    if (tiers.get(later).from() == end) {
                        throw fail(fromPath, "tiers out of order: tier " + (later + 1) + " starts at " + end
                                + " where tier " + i + " ends, so it must come before tier " + (i + 1));
                    }
                }
                throw fail(fromPath, "gap after tier " + i + " (ends " + end + ")");
            }
        }
        Tier last = tiers.get(tiers.size() - 1);
        if (!last.isOpenEnded()) {
            throw fail(path + "[" + (tiers.size() - 1) + "].to",
                    "the last tier must be open-ended (null), not end at " + last.to().getAsLong());
        }
    }

    private FreeTier freeTier(JsonNode node, String path) {
        allowOnly(node, path, FREE_TIER_FIELDS);
        return new FreeTier(nonNegativeLong(node, path, "requests"), nonNegativeLong(node, path, "gb_seconds"),
                uri(node, path, "source"), bool(node, path, "verified"));
    }

    private Optional<Rate> optionalRate(JsonNode parent, String name, String unit) {
        return optionalRate(parent, "", name, unit);
    }

    private Optional<Rate> optionalRate(JsonNode parent, String parentPath, String name, String unit) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(rate(object(parent, parentPath, name), join(parentPath, name), unit));
    }

    private Rate rate(JsonNode node, String path, String expectedUnit) {
        allowOnly(node, path, RATE_FIELDS);
        return rateFields(node, path, expectedUnit);
    }

    private Rate rateFields(JsonNode node, String path, String expectedUnit) {
        BigDecimal usd = price(node, path);
        String unit = text(node, path, "unit");
        if (!expectedUnit.equals(unit)) {
            throw fail(join(path, "unit"), "expected unit '" + expectedUnit + "', found '" + unit + "'");
        }
        return new Rate(usd, unit, uri(node, path, "source"), bool(node, path, "verified"));
    }

    private BigDecimal price(JsonNode node, String path) {
        String field = join(path, "usd");
        JsonNode v = node.get("usd");
        if (v == null || v.isNull()) {
            throw fail(field, "missing price");
        }
        if (v.isNumber()) {
            throw fail(field, "price must be a JSON string such as \"0.0000166667\", not the number " + v.asText()
                    + " (numbers may have been through binary floating point)");
        }
        if (!v.isTextual()) {
            throw fail(field, "expected a price string, found " + kind(v));
        }
        String s = v.asText().trim();
        if (NEGATIVE_DECIMAL.matcher(s).matches()) {
            throw fail(field, "negative price " + s);
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw fail(field, "not a decimal number: '" + v.asText() + "' (expected digits such as \"0.0000002\")");
        }
        return new BigDecimal(s);
    }

    private LocalDate date(JsonNode node, String path, String name) {
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

    private URI uri(JsonNode node, String path, String name) {
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

    private boolean bool(JsonNode node, String path, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw fail(join(path, name), "missing (true when checked against an official AWS source, else false)");
        }
        if (!v.isBoolean()) {
            throw fail(join(path, name), "expected true or false, found " + kind(v));
        }
        return v.booleanValue();
    }

    private int positiveInt(JsonNode node, String path, String name) {
        long v = nonNegativeLong(node, path, name);
        if (v < 1 || v > Integer.MAX_VALUE) {
            throw fail(join(path, name), "expected a positive integer, found " + v);
        }
        return (int) v;
    }

    private long nonNegativeLong(JsonNode node, String path, String name) {
        JsonNode v = node.get(name);
        String field = join(path, name);
        if (v == null || v.isNull()) {
            throw fail(field, "missing");
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw fail(field, "expected a whole number, found " + kind(v) + " " + v);
        }
        long value = v.longValue();
        if (value < 0) {
            throw fail(field, "must not be negative, found " + value);
        }
        return value;
    }

    private String text(JsonNode node, String path, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw fail(join(path, name), "missing");
        }
        if (!v.isTextual()) {
            throw fail(join(path, name), "expected a string, found " + kind(v) + " " + v);
        }
        return v.asText();
    }

    private JsonNode object(JsonNode node, String path, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw fail(join(path, name), "missing");
        }
        if (!v.isObject()) {
            throw fail(join(path, name), "expected an object, found " + kind(v));
        }
        return v;
    }

    private void allowOnly(JsonNode node, String path, Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw fail(join(path, name), "unknown field (known here: " + String.join(", ", known.stream().sorted()
                        .toList()) + ")");
            }
        }
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private PriceDataException fail(String field, String reason) {
        return new PriceDataException(file, field, reason);
    }
}
