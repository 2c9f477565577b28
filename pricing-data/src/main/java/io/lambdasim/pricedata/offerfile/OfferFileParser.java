package io.lambdasim.pricedata.offerfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the Lambda importer keeps of one {@link OfferFileReader} pass over an AWS price list offer file: the products
 * whose usage type LambdaSim prices, and their on-demand terms, each as a small tree. Other products are dropped as
 * they pass, and so are their terms when products come first (as in AWS's files).
 */
final class OfferFileParser implements OfferFileReader.Handler {

    /** A product whose usage type LambdaSim prices. */
    record Product(String sku, String family, String usageType, LambdaUsage.Match match, String regionCode,
                   String location, String path) implements OfferProduct {
    }

    /** The on-demand terms of one SKU: an object of term key → term. */
    record SkuTerms(JsonNode terms, String path) {
    }

    private final String sourceName;

    OfferFileReader.Header header;
    final Map<String, Product> products = new LinkedHashMap<>();
    final Map<String, SkuTerms> onDemand = new HashMap<>();

    OfferFileParser(String sourceName) {
        this.sourceName = sourceName;
    }

    OfferFileParser parse(InputStream in) {
        header = OfferFileReader.read(sourceName, in, this);
        return this;
    }

    @Override
    public boolean product(String sku, String path, JsonNode product) {
        JsonNode attributes = product.path("attributes");
        String usageType = attributes.path("usagetype").asText(null);
        var match = LambdaUsage.match(usageType);
        String family = product.path("productFamily").asText("");
        if (match.isPresent() && "Serverless".equals(family)) {
            products.put(sku, new Product(sku, family, usageType, match.get(),
                    attributes.path("regionCode").asText(null), attributes.path("location").asText(null), path));
            return true;
        }
        return false;
    }

    @Override
    public boolean readsTerms(String termType) {
        return "OnDemand".equals(termType);
    }

    @Override
    public void terms(String termType, String sku, String path, JsonNode skuTerms) {
        onDemand.put(sku, new SkuTerms(skuTerms, path));
    }
}
