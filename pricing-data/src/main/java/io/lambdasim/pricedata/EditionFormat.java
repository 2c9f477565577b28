package io.lambdasim.pricedata;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Names and constants of the price edition JSON format (docs/price-data.md), shared by the reader and the writer. */
final class EditionFormat {

    static final String FORMAT = "lambdasim-price-edition/1";
    static final String SERVICE = "AWSLambda";
    static final String CURRENCY = "USD";

    static final String UNIT_REQUEST = "request";
    static final String UNIT_GB_SECOND = "GB-s";
    static final String UNIT_GB = "GB";

    private EditionFormat() {
    }

    /** The file spelling of an INIT billing rule: the enum name in lower case. */
    static String initBillingId(InitBilling rule) {
        return rule.name().toLowerCase(Locale.ROOT);
    }

    static Optional<InitBilling> initBilling(String id) {
        return Arrays.stream(InitBilling.values()).filter(r -> initBillingId(r).equals(id)).findFirst();
    }

    static String initBillingIds() {
        return Arrays.stream(InitBilling.values()).map(EditionFormat::initBillingId).collect(Collectors.joining(", "));
    }
}
