package io.lambdasim.pricedata.ec2;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.PriceDataException;
import io.lambdasim.pricedata.Rate;
import io.lambdasim.pricedata.ec2.Ec2OfferParser.Dimension;
import io.lambdasim.pricedata.ec2.Ec2OfferParser.Offer;
import io.lambdasim.pricedata.ec2.Ec2OfferParser.Product;
import io.lambdasim.pricedata.offerfile.OfferFileReader;
import io.lambdasim.pricedata.offerfile.OfferProduct;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the products and terms kept by one {@link Ec2OfferParser} pass into an {@link Ec2PriceTable}, checking them:
 * offer code, region, one on-demand hourly price per product, reserved standard No Upfront hourly prices, instance
 * attributes, duplicates.
 */
final class Ec2OfferAssembly {

    private static final Pattern MEMORY = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*GiB");
    private static final Pattern GRAVITON_FAMILY = Pattern.compile("[a-z]+[0-9]+[a-z]*g[a-z]*");

    private record Priced(InstancePrice price, Product product) {
    }

    private final String sourceName;
    private final Ec2OfferParser parsed;
    private final Set<String> onlyTypes;
    private final List<String> remarks = new ArrayList<>();
    private URI source;

    Ec2OfferAssembly(String sourceName, Ec2OfferParser parsed, Set<String> onlyTypes) {
        this.sourceName = sourceName;
        this.parsed = parsed;
        this.onlyTypes = onlyTypes;
    }

    Ec2PriceTable build() {
        OfferFileReader.Header header = parsed.header;
        header.check(sourceName, "AmazonEC2", "EC2");
        if (parsed.products.isEmpty()) {
            throw fail("products", "no product passes the filter (productFamily \"Compute Instance\", "
                    + describeFilter() + ")");
        }
        String region = OfferProduct.region(sourceName, parsed.products.values(), p -> Optional.empty(),
                "no product has a regionCode or a known location");
        String version = header.versionOrCurrent();
        source = header.source(region);

        Map<String, Priced> byType = new LinkedHashMap<>();
        LocalDate effective = null;
        for (Product product : parsed.products.values()) {
            if (product.instanceType() == null) {
                throw fail(product.path() + ".attributes.instanceType", "missing");
            }
            if (!onlyTypes.isEmpty() && !onlyTypes.contains(product.instanceType())) {
                continue;
            }
            Offer onDemand = onDemandOffer(product);
            BigDecimal hourly = hourlyPrice(onDemand, product);
            if (hourly.signum() == 0) {
                remarks.add(product.instanceType() + " (SKU " + product.sku() + ") has an on-demand price of 0 and "
                        + "was left out.");
                continue;
            }
            if (onDemand.effectiveDate() != null) {
                LocalDate d = date(onDemand.effectiveDate(), onDemand.path() + ".effectiveDate");
                effective = effective == null || d.isAfter(effective) ? d : effective;
            }
            InstancePrice price = new InstancePrice(instanceType(product), rate(hourly),
                    reserved(product, ReservationTerm.ONE_YEAR), reserved(product, ReservationTerm.THREE_YEARS));
            Priced other = byType.putIfAbsent(product.instanceType(), new Priced(price, product));
            if (other != null && !samePrices(other.price(), price)) {
                throw fail(product.path(), product.instanceType() + " is priced twice, differently: SKU "
                        + other.product().sku() + " and SKU " + product.sku());
            }
        }
        if (byType.isEmpty()) {
            throw fail("products", onlyTypes.isEmpty() ? "no instance type with a non-zero on-demand price"
                    : "none of the requested instance types " + onlyTypes + " is in the file");
        }
        if (!onlyTypes.isEmpty() && byType.size() < onlyTypes.size()) {
            List<String> absent = onlyTypes.stream().filter(t -> !byType.containsKey(t)).sorted().toList();
            remarks.add("Not in the file (or filtered out): " + String.join(", ", absent) + ".");
        }
        if (effective == null) {
            if (header.publicationDate() == null) {
                throw fail("terms.OnDemand", "no effectiveDate in the on-demand terms and no publicationDate: cannot "
                        + "tell when these prices take effect");
            }
            effective = date(header.publicationDate(), "publicationDate");
        }
        List<InstancePrice> instances = byType.values().stream().map(Priced::price).toList();
        return new Ec2PriceTable(region, effective, sourceName, notes(region, version, instances.size()), instances,
                Map.of());
    }

    private String notes(String region, String version, int count) {
        StringBuilder notes = new StringBuilder("Imported from the AWS price list offer file ").append(sourceName)
                .append(" (AmazonEC2, ").append(region).append(", offer version ").append(version);
        if (parsed.header.publicationDate() != null) {
            notes.append(", published ").append(parsed.header.publicationDate());
        }
        notes.append("): ").append(count).append(" instance types, productFamily \"Compute Instance\", ")
                .append(describeFilter()).append("; on-demand and standard No Upfront reserved hourly prices. ")
                .append("Savings Plans are not in EC2 offer files.");
        for (String remark : remarks) {
            notes.append(' ').append(remark);
        }
        return notes.toString();
    }

    private static String describeFilter() {
        StringBuilder s = new StringBuilder();
        Ec2OfferParser.REQUIRED_ATTRIBUTES.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k)
                .append(" \"").append(v).append('"'));
        return s.toString();
    }

    private Offer onDemandOffer(Product product) {
        List<Offer> offers = parsed.onDemand.getOrDefault(product.sku(), List.of());
        if (offers.isEmpty()) {
            throw fail("terms.OnDemand", "no on-demand price for SKU " + product.sku() + " ("
                    + product.instanceType() + ")");
        }
        if (offers.size() > 1) {
            throw fail(offers.get(1).path(), "two on-demand terms for SKU " + product.sku() + " ("
                    + product.instanceType() + ")");
        }
        return offers.get(0);
    }

    private Optional<Rate> reserved(Product product, ReservationTerm term) {
        BigDecimal found = null;
        for (Offer offer : parsed.reserved.getOrDefault(product.sku(), List.of())) {
            if (!term.leaseContractLength().equals(offer.leaseContractLength())) {
                continue;
            }
            BigDecimal price = hourlyPrice(offer, product);
            if (found != null && found.compareTo(price) != 0) {
                throw fail(offer.path(), "two " + term.label() + " standard No Upfront reserved prices for SKU "
                        + product.sku() + " (" + product.instanceType() + "): " + found.toPlainString() + " and "
                        + price.toPlainString());
            }
            found = price;
        }
        return Optional.ofNullable(found).map(this::rate);
    }

    /** The hourly price of an offer: one dimension in hours over the whole range; an upfront fee must be zero. */
    private BigDecimal hourlyPrice(Offer offer, Product product) {
        if (offer.dimensions().isEmpty()) {
            throw fail(offer.path() + ".priceDimensions", "missing or empty");
        }
        BigDecimal hourly = null;
        for (Dimension d : offer.dimensions()) {
            String unit = d.unit() == null ? "" : d.unit().toLowerCase(Locale.ROOT);
            BigDecimal usd = usd(d);
            if (unit.equals("hrs") || unit.equals("hours") || unit.equals("hour")) {
                checkWholeRange(d);
                if (hourly != null) {
                    throw fail(d.path(), "two hourly price dimensions for SKU " + product.sku() + " ("
                            + product.instanceType() + ")");
                }
                hourly = usd;
            } else if (unit.equals("quantity") && usd.signum() == 0) {
                continue;
            } else {
                throw fail(d.path() + ".unit", "unit '" + d.unit() + "' with price " + usd.toPlainString()
                        + " is not an hourly price (an upfront fee is not expected here)");
            }
        }
        if (hourly == null) {
            throw fail(offer.path() + ".priceDimensions", "no dimension priced per hour (unit Hrs) for SKU "
                    + product.sku() + " (" + product.instanceType() + ")");
        }
        return hourly;
    }

    private void checkWholeRange(Dimension d) {
        if (d.begin() != null && !isZero(d.begin())) {
            throw fail(d.path() + "." + d.beginField(), "EC2 hourly prices are not tiered: expected the range to "
                    + "start at 0, found '" + d.begin() + "'");
        }
        if (d.end() != null && !d.end().trim().equalsIgnoreCase("Inf")) {
            throw fail(d.path() + "." + d.endField(), "EC2 hourly prices are not tiered: expected the range to "
                    + "end at \"Inf\", found '" + d.end() + "'");
        }
    }

    private static boolean isZero(String s) {
        try {
            return new BigDecimal(s.trim()).signum() == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private BigDecimal usd(Dimension d) {
        String field = d.path() + ".pricePerUnit.USD";
        if (d.usd() == null) {
            throw fail(field, "missing price in USD");
        }
        return OfferFileReader.usd(sourceName, field, d.usd());
    }

    private InstanceType instanceType(Product p) {
        String attrs = p.path() + ".attributes.";
        int vcpus;
        try {
            vcpus = Integer.parseInt(Objects.requireNonNull(p.vcpu(), "vcpu").trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw fail(attrs + "vcpu", "expected a whole number of vCPUs, found " + quoted(p.vcpu()));
        }
        var m = MEMORY.matcher(p.memory() == null ? "" : p.memory().trim());
        if (!m.matches()) {
            throw fail(attrs + "memory", "expected memory such as \"8 GiB\", found " + quoted(p.memory()));
        }
        BigDecimal memory = new BigDecimal(m.group(1).replace(",", ""));
        try {
            return new InstanceType(p.instanceType(), vcpus, memory, architecture(p));
        } catch (IllegalArgumentException e) {
            throw fail(attrs + "instanceType", e.getMessage());
        }
    }

    /**
     * arm64 when the physical processor is an AWS Graviton; without that attribute, arm64 for families whose name
     * carries a {@code g} after the generation ({@code m7g}, {@code c6gn}, {@code t4g}); else x86_64.
     */
    static Architecture architecture(Product p) {
        if (p.physicalProcessor() != null && !p.physicalProcessor().isBlank()) {
            return p.physicalProcessor().toLowerCase(Locale.ROOT).contains("graviton") ? Architecture.ARM64
                    : Architecture.X86_64;
        }
        String family = p.instanceType().contains(".") ? p.instanceType().substring(0, p.instanceType().indexOf('.'))
                : p.instanceType();
        return GRAVITON_FAMILY.matcher(family).matches() ? Architecture.ARM64 : Architecture.X86_64;
    }

    private Rate rate(BigDecimal usd) {
        return new Rate(usd, InstancePrice.UNIT, source, true);
    }

    private static boolean samePrices(InstancePrice a, InstancePrice b) {
        return a.onDemand().usdPerUnit().compareTo(b.onDemand().usdPerUnit()) == 0
                && sameOptional(a.reservedOneYear(), b.reservedOneYear())
                && sameOptional(a.reservedThreeYears(), b.reservedThreeYears());
    }

    private static boolean sameOptional(Optional<Rate> a, Optional<Rate> b) {
        return a.isPresent() == b.isPresent()
                && (a.isEmpty() || a.get().usdPerUnit().compareTo(b.get().usdPerUnit()) == 0);
    }

    private LocalDate date(String text, String field) {
        return OfferFileReader.date(text).orElseThrow(() -> fail(field, "malformed date '" + text
                + "' (expected 2026-01-01T00:00:00Z or 2026-01-01)"));
    }

    private static String quoted(String s) {
        return s == null ? "nothing" : "'" + s + "'";
    }

    private PriceDataException fail(String field, String reason) {
        return new PriceDataException(sourceName, field, reason);
    }
}
