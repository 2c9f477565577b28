package io.lambdasim.pricedata.offerfile;

import static io.lambdasim.pricedata.offerfile.LambdaOfferFileImporter.ON_DEMAND_TERM_CODE;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.ArchitectureRates;
import io.lambdasim.pricedata.PriceDataException;
import io.lambdasim.pricedata.Rate;
import io.lambdasim.pricedata.Regions;
import io.lambdasim.pricedata.Tier;
import io.lambdasim.pricedata.TieredRate;
import io.lambdasim.pricedata.offerfile.OfferFileParser.Product;
import io.lambdasim.pricedata.offerfile.OfferFileParser.SkuTerms;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns the products and terms of one {@link OfferFileParser} pass into Lambda rates, checking them: region and
 * prefixes, on-demand terms, units, tier sequences, duplicates.
 */
final class OfferRatesAssembly {

    private record Dimension(long begin, OptionalLong end, BigDecimal usd, String unit, String path) {
    }

    private record Priced(Product product, Optional<LocalDate> effectiveDate, List<Dimension> dimensions,
                          String path) {
    }

    private record Key(LambdaUsage usage, Architecture architecture) {
    }

    private final String sourceName;
    private final OfferFileParser parsed;
    private final List<String> remarks = new ArrayList<>();
    private URI source;

    OfferRatesAssembly(String sourceName, OfferFileParser parsed) {
        this.sourceName = sourceName;
        this.parsed = parsed;
    }

    LambdaOfferFile build() {
        OfferFileReader.Header header = parsed.header;
        header.check(sourceName, "AWSLambda", "Lambda");
        if (parsed.products.isEmpty()) {
            throw fail("products", "no Lambda product priced here (no Serverless product with usagetype "
                    + "Request, Lambda-GB-Second...)");
        }
        String region = OfferProduct.region(sourceName, parsed.products.values(), OfferRatesAssembly::prefixRegion,
                "no product has a regionCode, a known location or a region prefix");
        checkPrefixes(region);
        String version = header.versionOrCurrent();
        source = header.source(region);

        Map<Key, Priced> byKey = new LinkedHashMap<>();
        for (Product product : parsed.products.values()) {
            Priced priced = price(product);
            Key key = new Key(product.match().usage(), product.match().architecture());
            Priced other = byKey.putIfAbsent(key, priced);
            if (other != null && !samePrices(other, priced)) {
                throw fail(product.path(), "usagetype " + product.usageType() + " is priced twice, differently: "
                        + "SKU " + other.product().sku() + " and SKU " + product.sku());
            }
        }
        Optional<LocalDate> publication = header.publicationDate() == null ? Optional.empty()
                : Optional.of(date(header.publicationDate(), "publicationDate"));
        LocalDate effective = byKey.values().stream().map(Priced::effectiveDate).flatMap(Optional::stream)
                .max(Comparator.naturalOrder()).or(() -> publication)
                .orElseThrow(() -> fail("terms.OnDemand", "no effectiveDate in the on-demand terms and no "
                        + "publicationDate: cannot tell when these prices take effect"));

        Rate requests = single(byKey, LambdaUsage.REQUESTS).orElseThrow(() -> missing(LambdaUsage.REQUESTS));
        if (!byKey.containsKey(new Key(LambdaUsage.DURATION, Architecture.X86_64))) {
            throw missing(LambdaUsage.DURATION);
        }
        Map<Architecture, ArchitectureRates> architectures = new EnumMap<>(Architecture.class);
        for (Architecture arch : Architecture.values()) {
            architecture(byKey, arch).ifPresent(r -> architectures.put(arch, r));
        }
        return new LambdaOfferFile(sourceName, version, publication, region, effective, requests, architectures,
                single(byKey, LambdaUsage.EPHEMERAL_STORAGE), single(byKey, LambdaUsage.SNAPSTART_CACHE),
                single(byKey, LambdaUsage.SNAPSTART_RESTORE), remarks);
    }

    /** The region whose billing code prefixes the usage type of {@code p} ({@code EU-}), if it has a prefix. */
    private static Optional<String> prefixRegion(Product p) {
        return p.match().prefix().isEmpty() ? Optional.empty() : Regions.codeForBillingCode(p.match().prefix());
    }

    /** Every usage type must carry no prefix or the region's own (us-east-1 files mostly use none). */
    private void checkPrefixes(String region) {
        Optional<String> own = Regions.billingCode(region);
        for (Product p : parsed.products.values()) {
            String prefix = p.match().prefix();
            if (prefix.isEmpty() || own.isEmpty() || own.get().equals(prefix)) {
                continue;
            }
            String other = Regions.codeForBillingCode(prefix).map(r -> "the prefix of " + r)
                    .orElse("an unknown prefix");
            throw fail(p.path() + ".attributes.usagetype", "'" + p.usageType() + "' carries " + other
                    + ", but the file is for " + region + " (expected " + own.get() + "- or none)");
        }
    }

    private Priced price(Product product) {
        SkuTerms skuTerms = parsed.onDemand.get(product.sku());
        if (skuTerms == null) {
            throw fail("terms.OnDemand", "no on-demand price for SKU " + product.sku() + " ("
                    + product.usageType() + ")");
        }
        JsonNode term = null;
        String termPath = null;
        Iterator<Map.Entry<String, JsonNode>> it = skuTerms.terms().fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String code = e.getValue().path("offerTermCode").asText(null);
            boolean onDemand = code != null ? ON_DEMAND_TERM_CODE.equals(code)
                    : e.getKey().endsWith("." + ON_DEMAND_TERM_CODE);
            if (onDemand) {
                if (term != null) {
                    throw fail(skuTerms.path(), "two on-demand terms " + ON_DEMAND_TERM_CODE + " for one SKU");
                }
                term = e.getValue();
                termPath = skuTerms.path() + "." + e.getKey();
            }
        }
        if (term == null) {
            throw fail(skuTerms.path(), "no on-demand term " + ON_DEMAND_TERM_CODE + " for SKU " + product.sku()
                    + " (" + product.usageType() + ")");
        }
        Optional<LocalDate> effective = term.hasNonNull("effectiveDate")
                ? Optional.of(date(term.get("effectiveDate").asText(), termPath + ".effectiveDate"))
                : Optional.empty();
        JsonNode dims = term.path("priceDimensions");
        String dimsPath = termPath + ".priceDimensions";
        if (!dims.isObject() || dims.isEmpty()) {
            throw fail(dimsPath, "missing or empty");
        }
        List<Dimension> dimensions = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> d = dims.fields();
        while (d.hasNext()) {
            Map.Entry<String, JsonNode> e = d.next();
            dimensions.add(dimension(e.getValue(), dimsPath + "." + e.getKey(), product));
        }
        dimensions.sort(Comparator.comparingLong(Dimension::begin));
        return new Priced(product, effective, dimensions, dimsPath);
    }

    private Dimension dimension(JsonNode dim, String path, Product product) {
        long begin = range(dim, path, "beginRange", "startingRange", false).orElseThrow();
        OptionalLong end = range(dim, path, "endRange", "endingRange", true);
        if (end.isPresent() && end.getAsLong() <= begin) {
            throw fail(path, "range ends at " + end.getAsLong() + ", not after its start " + begin);
        }
        String unit = dim.path("unit").asText("");
        LambdaUsage usage = product.match().usage();
        if (!usage.kind.accepts(unit)) {
            throw fail(path + ".unit", "unit '" + unit + "' does not fit usagetype " + product.usageType()
                    + " (priced per " + usage.kind.unit + ")");
        }
        JsonNode usd = dim.path("pricePerUnit").path("USD");
        String usdPath = path + ".pricePerUnit.USD";
        if (!usd.isTextual() && !usd.isNumber()) {
            throw fail(usdPath, "missing price in USD");
        }
        BigDecimal price = OfferFileReader.usd(sourceName, usdPath, usd.asText());
        return new Dimension(begin, end, price, unit, path);
    }

    /** A range bound under either spelling; "Inf" (only where {@code openAllowed}) is empty. */
    private OptionalLong range(JsonNode dim, String path, String name, String altName, boolean openAllowed) {
        String field = dim.has(name) ? name : altName;
        JsonNode v = dim.get(field);
        if (v == null || v.isNull()) {
            throw fail(path + "." + name, "missing (also accepted: " + altName + ")");
        }
        String text = v.asText().trim();
        if (openAllowed && text.equalsIgnoreCase("Inf")) {
            return OptionalLong.empty();
        }
        try {
            BigDecimal b = new BigDecimal(text);
            if (b.signum() < 0) {
                throw fail(path + "." + field, "negative range bound " + text);
            }
            return OptionalLong.of(b.longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw fail(path + "." + field, "expected a whole number" + (openAllowed ? " or \"Inf\"" : "")
                    + ", found '" + text + "'");
        }
    }

    private Optional<ArchitectureRates> architecture(Map<Key, Priced> byKey, Architecture arch) {
        Priced duration = byKey.get(new Key(LambdaUsage.DURATION, arch));
        Priced pc = byKey.get(new Key(LambdaUsage.PROVISIONED_CONCURRENCY, arch));
        Priced pcDuration = byKey.get(new Key(LambdaUsage.PROVISIONED_DURATION, arch));
        if (duration == null) {
            if (pc != null || pcDuration != null) {
                Priced any = pc != null ? pc : pcDuration;
                throw fail(any.product().path(), "provisioned concurrency is priced for " + arch
                        + " but on-demand duration (" + LambdaUsage.DURATION.spelling(arch) + ") is not");
            }
            return Optional.empty();
        }
        if ((pc == null) != (pcDuration == null)) {
            LambdaUsage absent = pc == null ? LambdaUsage.PROVISIONED_CONCURRENCY : LambdaUsage.PROVISIONED_DURATION;
            throw fail("products", "no Serverless product with usagetype " + absent.spelling(arch)
                    + ", though its provisioned-concurrency companion is priced (they come together)");
        }
        return Optional.of(new ArchitectureRates(tiers(duration),
                Optional.ofNullable(pc).map(this::singleRate), Optional.ofNullable(pcDuration).map(this::singleRate)));
    }

    private TieredRate tiers(Priced priced) {
        List<Dimension> dims = priced.dimensions();
        String usage = priced.product().usageType();
        if (dims.get(0).begin() != 0) {
            throw fail(dims.get(0).path(), "the first tier of " + usage + " starts at " + dims.get(0).begin()
                    + ", not 0");
        }
        List<Tier> tiers = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            Dimension dim = dims.get(i);
            if (i > 0) {
                Dimension prev = dims.get(i - 1);
                if (prev.end().isEmpty()) {
                    throw fail(prev.path(), "tier " + i + " of " + usage + " is open-ended (Inf) but tier "
                            + (i + 1) + " starts at " + dim.begin());
                }
                long end = prev.end().getAsLong();
                if (dim.begin() != end) {
                    throw fail(dim.path(), (dim.begin() > end ? "gap" : "overlap") + " in the tiers of " + usage
                            + ": tier " + i + " ends at " + end + ", tier " + (i + 1) + " starts at "
                            + dim.begin());
                }
            }
            tiers.add(new Tier(dim.begin(), dim.end(), rate(dim.usd(), priced)));
        }
        Dimension last = dims.get(dims.size() - 1);
        if (last.end().isPresent()) {
            throw fail(last.path(), "the last tier of " + usage + " ends at " + last.end().getAsLong()
                    + " instead of Inf");
        }
        return new TieredRate(tiers);
    }

    /** The one rate of a usage (x86_64 spelling preferred; the -ARM twin used when alone, remarked on if it differs). */
    private Optional<Rate> single(Map<Key, Priced> byKey, LambdaUsage usage) {
        Priced x86 = byKey.get(new Key(usage, Architecture.X86_64));
        Priced arm = byKey.get(new Key(usage, Architecture.ARM64));
        if (x86 == null && arm == null) {
            return Optional.empty();
        }
        Rate chosen = singleRate(x86 != null ? x86 : arm);
        if (x86 != null && arm != null) {
            Rate armRate = singleRate(arm);
            if (armRate.usdPerUnit().compareTo(chosen.usdPerUnit()) != 0) {
                remarks.add(arm.product().usageType() + " is priced " + armRate.usdPerUnit().toPlainString()
                        + ", unlike " + x86.product().usageType() + " (" + chosen.usdPerUnit().toPlainString()
                        + "); editions hold one rate for both architectures: the x86_64 one is kept.");
            }
        }
        return Optional.of(chosen);
    }

    private Rate singleRate(Priced priced) {
        List<Dimension> dims = priced.dimensions();
        BigDecimal usd = dims.get(0).usd();
        for (Dimension d : dims) {
            if (d.usd().compareTo(usd) != 0) {
                throw fail(priced.path(), "expected one price for " + priced.product().usageType() + ", found "
                        + dims.size() + " price ranges with different prices");
            }
        }
        return rate(usd, priced);
    }

    private Rate rate(BigDecimal usd, Priced priced) {
        return new Rate(usd, priced.product().match().usage().kind.unit, source, true);
    }

    private static boolean samePrices(Priced a, Priced b) {
        if (a.dimensions().size() != b.dimensions().size()) {
            return false;
        }
        for (int i = 0; i < a.dimensions().size(); i++) {
            Dimension x = a.dimensions().get(i);
            Dimension y = b.dimensions().get(i);
            if (x.begin() != y.begin() || !x.end().equals(y.end()) || x.usd().compareTo(y.usd()) != 0) {
                return false;
            }
        }
        return true;
    }

    private LocalDate date(String text, String field) {
        return OfferFileReader.date(text).orElseThrow(() -> fail(field, "malformed date '" + text
                + "' (expected 2025-08-01T00:00:00Z or 2025-08-01)"));
    }

    private PriceDataException missing(LambdaUsage usage) {
        return fail("products", "no Serverless product with usagetype " + usage.spelling(Architecture.X86_64)
                + " (with or without region prefix): the file lacks a price LambdaSim needs");
    }

    private PriceDataException fail(String field, String reason) {
        return new PriceDataException(sourceName, field, reason);
    }
}
