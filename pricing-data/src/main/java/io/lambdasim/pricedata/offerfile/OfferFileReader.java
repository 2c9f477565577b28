package io.lambdasim.pricedata.offerfile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.lambdasim.pricedata.PriceDataException;
import io.lambdasim.pricedata.PriceJson;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One streaming pass over an AWS Price List offer file (hundreds of MB per region). The top level, {@code products} and
 * {@code terms} are streamed with Jackson's {@link JsonParser}; only one product, or the terms of one SKU, is read as a
 * small tree at a time and handed to a {@link Handler}, which keeps what its importer needs. The terms of products the
 * handler drops are skipped unread when products come first (as in AWS's files). Nothing is validated here beyond the
 * structure; every problem is a {@link PriceDataException} naming the file and the JSON path.
 */
public final class OfferFileReader {

    private static final String OFFERS_URL = "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** What an importer keeps of an offer file. */
    public interface Handler {

        /** One product, at {@code products.<sku>}: true keeps it, false drops it (and its terms). */
        boolean product(String sku, String path, JsonNode product);

        /** Whether the terms of {@code termType} ({@code OnDemand}, {@code Reserved}...) are read at all. */
        boolean readsTerms(String termType);

        /** The terms of one type of a SKU not dropped: an object of term key → term, at {@code terms.<type>.<sku>}. */
        void terms(String termType, String sku, String path, JsonNode skuTerms);
    }

    /** The top-level fields of an offer file, null where the file lacks them. */
    public record Header(String formatVersion, String offerCode, String version, String publicationDate) {

        /**
         * Fails unless the file is an offer file of {@code expectedOfferCode} ({@code AmazonEC2}) in format v1.0;
         * {@code service} names it for people ({@code EC2}).
         */
        public void check(String sourceName, String expectedOfferCode, String service) {
            if (offerCode == null) {
                throw new PriceDataException(sourceName, "offerCode", "missing: not an AWS price list offer file");
            }
            if (!expectedOfferCode.equals(offerCode)) {
                throw new PriceDataException(sourceName, "offerCode", "expected " + expectedOfferCode + ", found '"
                        + offerCode + "' (this importer reads " + service + " offer files)");
            }
            if (formatVersion != null && !"v1.0".equals(formatVersion)) {
                throw new PriceDataException(sourceName, "formatVersion", "unsupported format version '"
                        + formatVersion + "' (expected v1.0)");
            }
        }

        /** The offer version, {@code current} when the file names none. */
        public String versionOrCurrent() {
            return version == null || version.isBlank() ? "current" : version;
        }

        /** The address of this offer file for {@code region} at AWS: what imported rates cite. */
        public URI source(String region) {
            return URI.create(OFFERS_URL + offerCode + "/" + versionOrCurrent() + "/" + region + "/index.json");
        }
    }

    private final String sourceName;
    private final Handler handler;
    private final Set<String> kept = new HashSet<>();
    private boolean productsDone;
    private String formatVersion;
    private String offerCode;
    private String version;
    private String publicationDate;

    private OfferFileReader(String sourceName, Handler handler) {
        this.sourceName = sourceName;
        this.handler = handler;
    }

    /** Reads the offer file {@code in} (closed at the end), handing its products and terms to {@code handler}. */
    public static Header read(String sourceName, InputStream in, Handler handler) {
        return new OfferFileReader(sourceName, handler).read(in);
    }

    private Header read(InputStream in) {
        try (JsonParser p = MAPPER.getFactory().createParser(in)) {
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
        return new Header(formatVersion, offerCode, version, publicationDate);
    }

    private void readProducts(JsonParser p, JsonToken token) throws IOException {
        expectObject(token, "products");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String sku = p.currentName();
            String path = "products." + sku;
            expectObject(p.nextToken(), path);
            if (handler.product(sku, path, p.readValueAsTree())) {
                kept.add(sku);
            }
        }
        productsDone = true;
    }

    private void readTerms(JsonParser p, JsonToken token) throws IOException {
        expectObject(token, "terms");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String termType = p.currentName();
            JsonToken value = p.nextToken();
            if (!handler.readsTerms(termType)) {
                p.skipChildren();
                continue;
            }
            expectObject(value, "terms." + termType);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String sku = p.currentName();
                String path = "terms." + termType + "." + sku;
                expectObject(p.nextToken(), path);
                if (productsDone && !kept.contains(sku)) {
                    p.skipChildren();
                } else {
                    handler.terms(termType, sku, path, p.readValueAsTree());
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

    private PriceDataException fail(String field, String reason) {
        return new PriceDataException(sourceName, field, reason);
    }

    /** A date as offer files write it: {@code 2026-01-01T00:00:00Z} (its date in UTC) or {@code 2026-01-01}. */
    public static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
        } catch (DateTimeParseException notADateTime) {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /** A price in USD as offer files write it ({@code "0.0000166667"}): a decimal, not negative. */
    public static BigDecimal usd(String sourceName, String field, String text) {
        BigDecimal price;
        try {
            price = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new PriceDataException(sourceName, field, "not a decimal number: '" + text + "'");
        }
        if (price.signum() < 0) {
            throw new PriceDataException(sourceName, field, "negative price " + text);
        }
        return price;
    }
}
