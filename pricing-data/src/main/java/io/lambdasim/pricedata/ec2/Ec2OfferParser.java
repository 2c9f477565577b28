package io.lambdasim.pricedata.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdasim.pricedata.offerfile.OfferFileReader;
import io.lambdasim.pricedata.offerfile.OfferProduct;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the EC2 importer keeps of one {@link OfferFileReader} pass over an AmazonEC2 price list offer file (hundreds of
 * MB per region): each product, read as a small tree, is reduced at once to the few strings LambdaSim needs, and so
 * are the on-demand and reserved terms of one SKU. Products that do not pass the filter are dropped as they pass, and
 * so are their terms when products come first (as in AWS's files). Nothing is validated here beyond the structure:
 * {@link Ec2OfferAssembly} checks what is kept.
 */
final class Ec2OfferParser implements OfferFileReader.Handler {

    /** The filter: Linux on shared tenancy, no pre-installed software, ordinary (not capacity reservation) usage. */
    static final String PRODUCT_FAMILY = "Compute Instance";
    static final Map<String, String> REQUIRED_ATTRIBUTES = orderedMap(
            "operatingSystem", "Linux",
            "tenancy", "Shared",
            "preInstalledSw", "NA",
            "capacitystatus", "Used",
            "licenseModel", "No License required");

    /** A product that passed the filter, with the attributes the importer reads. */
    record Product(String sku, String path, String instanceType, String vcpu, String memory, String physicalProcessor,
                   String regionCode, String location) implements OfferProduct {
    }

    /** A price dimension, as raw strings. */
    record Dimension(String path, String unit, String beginField, String begin, String endField, String end,
                     String usd) {
    }

    /** One offer term of a SKU (on-demand, or reserved standard No Upfront), as raw strings. */
    record Offer(String path, String termCode, String effectiveDate, String leaseContractLength,
                 List<Dimension> dimensions) {
    }

    private final String sourceName;

    OfferFileReader.Header header;
    final Map<String, Product> products = new LinkedHashMap<>();
    final Map<String, List<Offer>> onDemand = new HashMap<>();
    final Map<String, List<Offer>> reserved = new HashMap<>();
    int productsDropped;

    Ec2OfferParser(String sourceName) {
        this.sourceName = sourceName;
    }

    Ec2OfferParser parse(InputStream in) {
        header = OfferFileReader.read(sourceName, in, this);
        return this;
    }

    @Override
    public boolean product(String sku, String path, JsonNode product) {
        if (!passesFilter(product)) {
            productsDropped++;
            return false;
        }
        JsonNode a = product.path("attributes");
        products.put(sku, new Product(sku, path, text(a, "instanceType"), text(a, "vcpu"), text(a, "memory"),
                text(a, "physicalProcessor"), text(a, "regionCode"), text(a, "location")));
        return true;
    }

    static boolean passesFilter(JsonNode product) {
        if (!PRODUCT_FAMILY.equals(product.path("productFamily").asText(null))) {
            return false;
        }
        JsonNode attributes = product.path("attributes");
        for (Map.Entry<String, String> required : REQUIRED_ATTRIBUTES.entrySet()) {
            if (!required.getValue().equals(attributes.path(required.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean readsTerms(String termType) {
        return "OnDemand".equals(termType) || "Reserved".equals(termType);
    }

    @Override
    public void terms(String termType, String sku, String path, JsonNode skuTerms) {
        boolean isReserved = "Reserved".equals(termType);
        List<Offer> offers = offers(skuTerms, path, isReserved);
        if (!offers.isEmpty()) {
            (isReserved ? reserved : onDemand).computeIfAbsent(sku, k -> new ArrayList<>()).addAll(offers);
        }
    }

    /** The offers of one SKU; for reserved terms only the standard No Upfront ones are kept. */
    private List<Offer> offers(JsonNode skuTerms, String skuPath, boolean isReserved) {
        List<Offer> result = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = skuTerms.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode term = e.getValue();
            String path = skuPath + "." + e.getKey();
            JsonNode attributes = term.path("termAttributes");
            String lease = text(attributes, "LeaseContractLength");
            if (isReserved && !("No Upfront".equals(text(attributes, "PurchaseOption"))
                    && "standard".equals(text(attributes, "OfferingClass")))) {
                continue;
            }
            String code = Optional.ofNullable(text(term, "offerTermCode"))
                    .orElseGet(() -> e.getKey().contains(".") ? e.getKey().substring(e.getKey().indexOf('.') + 1)
                            : e.getKey());
            List<Dimension> dims = new ArrayList<>();
            JsonNode priceDimensions = term.path("priceDimensions");
            Iterator<Map.Entry<String, JsonNode>> d = priceDimensions.fields();
            while (d.hasNext()) {
                Map.Entry<String, JsonNode> dim = d.next();
                JsonNode v = dim.getValue();
                String beginField = v.has("beginRange") ? "beginRange" : "startingRange";
                String endField = v.has("endRange") ? "endRange" : "endingRange";
                JsonNode usd = v.path("pricePerUnit").path("USD");
                dims.add(new Dimension(path + ".priceDimensions." + dim.getKey(), text(v, "unit"), beginField,
                        text(v, beginField), endField, text(v, endField), usd.isValueNode() ? usd.asText() : null));
            }
            result.add(new Offer(path, code, text(term, "effectiveDate"), lease, dims));
        }
        return result;
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    private static Map<String, String> orderedMap(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
