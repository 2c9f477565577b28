package io.lambdasim.pricedata.offerfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One streaming pass over an AWS price list offer file. The top level, {@code products} and {@code terms} are
 * streamed; only single products and the on-demand terms of one SKU are read as small trees. Products that LambdaSim
 * does not price are dropped as they pass, and so are their terms when products come first (as in AWS's files).
 */
final class OfferFileParser {

    /** A product whose usage type LambdaSim prices. */
    record Product(String sku, String family, String usageType, LambdaUsage.Match match, String regionCode,
                   String location, String path) {
    }

    /** The on-demand terms of one SKU: an object of term key → term. */
    record SkuTerms(JsonNode terms, String path) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final String sourceName;

    String formatVersion;
    String offerCode;
    String version;
    String publicationDate;
    final Map<String, Product> products = new LinkedHashMap<>();
    final Map<String, SkuTerms> onDemand = new HashMap<>();
    private boolean productsDone;

    OfferFileParser(String sourceName) {
        this.sourceName = sourceName;
    }

    OfferFileParser parse(InputStream in) {
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
                throw fail(where(p.currentLocation()), "malformed JSON: content after the top-level object");
            }
        } catch (JsonProcessingException e) {
            throw new PriceDataException(sourceName, where(e.getLocation()), "malformed JSON: "
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
            JsonNode attributes = product.path("attributes");
            String usageType = attributes.path("usagetype").asText(null);
            var match = LambdaUsage.match(usageType);
            String family = product.path("productFamily").asText("");
            if (match.isPresent() && "Serverless".equals(family)) {
                products.put(sku, new Product(sku, family, usageType, match.get(),
                        attributes.path("regionCode").asText(null), attributes.path("location").asText(null), path));
            }
        }
        productsDone = true;
    }

    private void readTerms(JsonParser p, JsonToken token) throws IOException {
        expectObject(token, "terms");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String termType = p.currentName();
            JsonToken value = p.nextToken();
            if (!"OnDemand".equals(termType)) {
                p.skipChildren();
                continue;
            }
            expectObject(value, "terms.OnDemand");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String sku = p.currentName();
                String path = "terms.OnDemand." + sku;
                expectObject(p.nextToken(), path);
                if (productsDone && !products.containsKey(sku)) {
                    p.skipChildren();
                } else {
                    onDemand.put(sku, new SkuTerms(p.readValueAsTree(), path));
                }
            }
        }
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

    static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "(unknown position)";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private PriceDataException fail(String field, String reason) {
        return new PriceDataException(sourceName, field, reason);
    }
}
