package io.lambdasim.pricedata;

import static io.lambdasim.pricedata.EditionFormat.FORMAT;
import static io.lambdasim.pricedata.EditionFormat.SERVICE;
import static io.lambdasim.pricedata.EditionFormat.UNIT_GB;
import static io.lambdasim.pricedata.EditionFormat.UNIT_GB_SECOND;
import static io.lambdasim.pricedata.EditionFormat.UNIT_REQUEST;
import static io.lambdasim.pricedata.PriceJson.join;
import static io.lambdasim.pricedata.PriceJson.kind;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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

    private final PriceJson json;

    EditionReader(String file) {
        this.json = new PriceJson(file);
    }

    PriceEdition read(JsonNode root) {
        json.format(root, FORMAT);
        json.allowOnly(root, "", TOP_FIELDS);
        json.constant(root, "", "service", SERVICE);
        String region = json.region(root);
        LocalDate effectiveDate = json.date(root, "", "effective_date");
        String currency = json.currency(root);
        String notes = json.notes(root);
        BillingRules rules = rules(json.object(root, "", "rules"), "rules");
        MemoryLimits memory = memory(json.object(root, "", "memory_mb"), "memory_mb");
        Rate requests = rate(json.object(root, "", "requests"), "requests", UNIT_REQUEST);
        Map<Architecture, ArchitectureRates> architectures = json.byArchitecture(
                json.object(root, "", "architectures"), "architectures", ARCHITECTURE_FIELDS, this::architecture);
        Optional<Rate> ephemeral = optionalRate(root, "ephemeral_storage", UNIT_GB_SECOND);
        Optional<Rate> snapStartCache = optionalRate(root, "snapstart_cache", UNIT_GB_SECOND);
        Optional<Rate> snapStartRestore = optionalRate(root, "snapstart_restore", UNIT_GB);
        FreeTier freeTier = freeTier(json.object(root, "", "free_tier"), "free_tier");
        try {
            return new PriceEdition(region + "/" + effectiveDate, region, effectiveDate, currency, json.file(), notes,
                    rules, memory, requests, architectures, ephemeral, snapStartCache, snapStartRestore, freeTier);
        } catch (IllegalArgumentException e) {
            throw json.fail("(edition)", e.getMessage());
        }
    }

    private BillingRules rules(JsonNode node, String path) {
        json.allowOnly(node, path, RULE_FIELDS);
        int granularity = positiveInt(node, path, "duration_granularity_ms");
        String initText = json.text(node, path, "init_billing");
        InitBilling init = EditionFormat.initBilling(initText).orElseThrow(() -> json.fail(
                join(path, "init_billing"),
                "unknown init_billing '" + initText + "' (expected one of " + EditionFormat.initBillingIds() + ")"));
        int pcRounding = positiveInt(node, path, "pc_window_rounding_minutes");
        return new BillingRules(granularity, init, pcRounding, json.uri(node, path, "source"),
                json.bool(node, path, "verified"));
    }

    private MemoryLimits memory(JsonNode node, String path) {
        json.allowOnly(node, path, MEMORY_FIELDS);
        int min = positiveInt(node, path, "min");
        int max = positiveInt(node, path, "max");
        int step = positiveInt(node, path, "step");
        if (max < min) {
            throw json.fail(join(path, "max"), "max " + max + " MB is below min " + min + " MB");
        }
        return new MemoryLimits(min, max, step);
    }

    private ArchitectureRates architecture(JsonNode archNode, String archPath) {
        TieredRate duration = tiers(archNode, archPath);
        Optional<Rate> pc = optionalRate(archNode, archPath, "provisioned_concurrency", UNIT_GB_SECOND);
        Optional<Rate> pcDuration = optionalRate(archNode, archPath, "provisioned_duration", UNIT_GB_SECOND);
        if (pc.isPresent() != pcDuration.isPresent()) {
            String missing = pc.isPresent() ? "provisioned_duration" : "provisioned_concurrency";
            throw json.fail(join(archPath, missing), "missing: provisioned_concurrency and provisioned_duration "
                    + "come together (give both or neither)");
        }
        return new ArchitectureRates(duration, pc, pcDuration);
    }

    private TieredRate tiers(JsonNode archNode, String archPath) {
        String path = join(archPath, "duration");
        JsonNode array = json.required(archNode, archPath, "duration");
        if (!array.isArray()) {
            throw json.fail(path, "expected an array of tiers, found " + kind(array));
        }
        if (array.isEmpty()) {
            throw json.fail(path, "no tiers: expected at least one, the last open-ended (\"to\": null)");
        }
        List<Tier> tiers = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String tierPath = path + "[" + i + "]";
            JsonNode t = array.get(i);
            if (!t.isObject()) {
                throw json.fail(tierPath, "expected an object, found " + kind(t));
            }
            json.allowOnly(t, tierPath, TIER_FIELDS);
            long from = json.nonNegativeLong(t, tierPath, "from");
            if (!t.has("to")) {
                throw json.fail(join(tierPath, "to"), "missing (use null for the open-ended last tier)");
            }
            OptionalLong to = t.get("to").isNull() ? OptionalLong.empty()
                    : OptionalLong.of(json.nonNegativeLong(t, tierPath, "to"));
            if (to.isPresent() && to.getAsLong() <= from) {
                throw json.fail(join(tierPath, "to"), "tier ends at " + to.getAsLong() + ", not after its start "
                        + from);
            }
            tiers.add(new Tier(from, to, rateFields(t, tierPath, UNIT_GB_SECOND)));
        }
        checkSequence(tiers, path);
        try {
            return new TieredRate(tiers);
        } catch (IllegalArgumentException e) {
            throw json.fail(path, e.getMessage());
        }
    }

    /** Tiers start at 0, each starts where the one before ends, and only the last is open-ended. */
    private void checkSequence(List<Tier> tiers, String path) {
        if (tiers.get(0).from() != 0) {
            throw json.fail(path + "[0].from", "the first tier must start at 0, not " + tiers.get(0).from());
        }
        for (int i = 1; i < tiers.size(); i++) {
            Tier previous = tiers.get(i - 1);
            long from = tiers.get(i).from();
            String fromPath = path + "[" + i + "].from";
            if (previous.isOpenEnded()) {
                throw json.fail(path + "[" + (i - 1) + "].to", "tier " + i + " is open-ended but tier " + (i + 1)
                        + " follows it (only the last tier may be open-ended)");
            }
            long end = previous.to().getAsLong();
            if (from < previous.from()) {
                throw json.fail(fromPath, "tiers out of order: tier " + (i + 1) + " starts at " + from
                        + ", before tier " + i + " (starts " + previous.from() + ")");
            }
            if (from < end) {
                throw json.fail(fromPath, "overlaps tier " + i + " (ends " + end + ")");
            }
            if (from > end) {
                for (int later = i + 1; later < tiers.size(); later++) {
                    if (tiers.get(later).from() == end) {
                        throw json.fail(fromPath, "tiers out of order: tier " + (later + 1) + " starts at " + end
                                + " where tier " + i + " ends, so it must come before tier " + (i + 1));
                    }
                }
                throw json.fail(fromPath, "gap after tier " + i + " (ends " + end + ")");
            }
        }
        Tier last = tiers.get(tiers.size() - 1);
        if (!last.isOpenEnded()) {
            throw json.fail(path + "[" + (tiers.size() - 1) + "].to",
                    "the last tier must be open-ended (null), not end at " + last.to().getAsLong());
        }
    }

    private FreeTier freeTier(JsonNode node, String path) {
        json.allowOnly(node, path, FREE_TIER_FIELDS);
        return new FreeTier(json.nonNegativeLong(node, path, "requests"),
                json.nonNegativeLong(node, path, "gb_seconds"), json.uri(node, path, "source"),
                json.bool(node, path, "verified"));
    }

    private Optional<Rate> optionalRate(JsonNode parent, String name, String unit) {
        return optionalRate(parent, "", name, unit);
    }

    private Optional<Rate> optionalRate(JsonNode parent, String parentPath, String name, String unit) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(rate(json.object(parent, parentPath, name), join(parentPath, name), unit));
    }

    private Rate rate(JsonNode node, String path, String expectedUnit) {
        json.allowOnly(node, path, RATE_FIELDS);
        return rateFields(node, path, expectedUnit);
    }

    private Rate rateFields(JsonNode node, String path, String expectedUnit) {
        return json.rateFields(node, path, price(node, path), expectedUnit);
    }

    /**
     * The {@code usd} price of an edition rate. Unlike {@link PriceJson#decimalString} it allows blanks around the
     * digits and words its failures as about a price, as editions always have.
     */
    private BigDecimal price(JsonNode node, String path) {
        String field = join(path, "usd");
        JsonNode v = node.get("usd");
        if (v == null || v.isNull()) {
            throw json.fail(field, "missing price");
        }
        if (v.isNumber()) {
            throw json.fail(field, "price must be a JSON string such as \"0.0000166667\", not the number " + v.asText()
                    + " (numbers may have been through binary floating point)");
        }
        if (!v.isTextual()) {
            throw json.fail(field, "expected a price string, found " + kind(v));
        }
        String s = v.asText().trim();
        if (NEGATIVE_DECIMAL.matcher(s).matches()) {
            throw json.fail(field, "negative price " + s);
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw json.fail(field, "not a decimal number: '" + v.asText()
                    + "' (expected digits such as \"0.0000002\")");
        }
        return new BigDecimal(s);
    }

    private int positiveInt(JsonNode node, String path, String name) {
        long v = json.nonNegativeLong(node, path, name);
        if (v < 1 || v > Integer.MAX_VALUE) {
            throw json.fail(join(path, name), "expected a positive integer, found " + v);
        }
        return (int) v;
    }
}
