package io.lambdasim.pricedata.ec2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.lambdasim.pricedata.PriceDataException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One streaming pass over an AmazonEC2 price list offer file (hundreds of MB per region). The top level,
 * {@code products} and {@code terms} are streamed with Jackson's {@link JsonParser}; only one product, or the terms of
 * one SKU, is read as a small tree at a time, and reduced at once to the few strings LambdaSim needs. Products that do
 * not pass the filter are dropped as they pass, and so are their terms when products come first (as in AWS's files).
 * Nothing is validated here beyond the structure: {@link Ec2OfferAssembly} checks what is kept.
 */
final class Ec2OfferParser {

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
                   String regionCode, String location) {
    }

    /** A price dimension, as raw strings. */
    record Dimension(String path, String unit, String beginField, String begin, String endField, String end,
                     String usd) {
    }

    /** One offer term of a SKU (on-demand, or reserved standard No Upfront), as raw strings. */
    record Offer(String path, String termCode, String effectiveDate, String leaseContractLength,
                 List<Dimension> dimensions) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final String sourceName;

    String formatVersion;
    String offerCode;
    String version;
    String publicationDate;
    final Map<String, Product> products = new LinkedHashMap<>();
    final Map<String, List<Offer>> onDemand = new HashMap<>();
    final Map<String, List<Offer>> reserved = new HashMap<>();
    int productsDropped;
    private boolean productsDone;

    Ec2OfferParser(String sourceName) {
        this.sourceName = sourceName;
    }

    Ec2OfferParser parse(InputStream in) {
        JsonFactory factory = MAPPER.getFactory();
        try (JsonParser p = factory.createParser(in)) {
            p.setCodec(MAPPER);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw fail("(root)", "expected a JSON object (an AWS price list offer file)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "formatVersion" -> formatVersion = scalar(p, name);
                    case "offerCode" -> offerCode = scalar(p, name);
                    case "version" -> version = scalar(p, name);
                    case "publicationDate" -> publicationDate = scalar(p, name);
                    case "products" -> readProducts(p, value);
                    case "terms" -> readTerms(p, value);
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw fail(PriceJson.where(p.currentLocation()), "malformed JSON: content after the top-level object");
            }
        } catch (JsonProcessingException e) {
            throw new PriceDataException(sourceName, PriceJson.where(e.getLocation()), "malformed JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new PriceDataException(sourceName, "(file)", "cannot read: " + e, e);
        }
        return this;
    }

    private void readProducts(JsonParser p, JsonToken token) throws IOException {
        expectObject(token, "products");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String sku = p.currentName();
            String path = "products." + sku;
            expectObject(p.nextToken(), path);
            JsonNode product = p.readValueAsTree();
            if (!passesFilter(product)) {
                productsDropped++;
                continue;
            }
            JsonNode a = product.path("attributes");
            products.put(sku, new Product(sku, path, text(a, "instanceType"), text(a, "vcpu"), text(a, "memory"),
                    text(a, "physicalProcessor"), text(a, "regionCode"), text(a, "location")));
        }
        productsDone = true;
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

    private void readTerms(JsonParser p, JsonToken token) throws IOException {
        expectObject(token, "terms");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String termType = p.currentName();
            JsonToken value = p.nextToken();
            if (!"OnDemand".equals(termType) && !"Reserved".equals(termType)) {
                p.skipChildren();
                continue;
            }
            boolean isReserved = "Reserved".equals(termType);
            expectObject(value, "terms." + termType);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String sku = p.currentName();
                String path = "terms." + termType + "." + sku;
                expectObject(p.nextToken(), path);
                if (productsDone && !products.containsKey(sku)) {
                    p.skipChildren();
                    continue;
                }
                List<Offer> offers = offers(p.readValueAsTree(), path, isReserved);
                if (!offers.isEmpty()) {
                    (isReserved ? reserved : onDemand).computeIfAbsent(sku, k -> new ArrayList<>()).addAll(offers);
                }
            }
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

    private String scalar(JsonParser p, String field) throws IOException {
        if (!p.currentToken().isScalarValue()) {
            throw fail(field, "expected a string, found " + p.currentToken());
        }
        return p.getValueAsString();
    }

    private void expectObject(JsonToken token, String path) {
        if (token != JsonToken.START_OBJECT) {
            throw fail(path, "expected an object, found " + token);
        }
    }

    private PriceDataException fail(String field, String reason) {
        return new PriceDataException(sourceName, field, reason);
    }

    private static Map<String, String> orderedMap(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
