package io.lambdasim.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.model.billing.Bill;
import io.lambdasim.model.billing.BillLine;
import io.lambdasim.pricedata.PriceEdition;

/**
 * A bill as the commands print it in JSON ({@code cost --json}, {@code simulate --json}): amounts as exact decimals
 * (never in exponent notation), each line with its rule, and the edition that priced it.
 */
final class BillJson {

    private BillJson() {
    }

    /** The mapper every command's JSON goes through: indented, decimals written plainly. */
    static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /**
     * Puts {@code total_usd}, {@code lines} (item, quantity, unit, unit_price_usd, usd, exact_usd, rule), {@code region},
     * {@code price_edition}, {@code price_edition_effective_date} and {@code duration_granularity_ms} into {@code n},
     * in that order, and returns {@code n}.
     */
    static ObjectNode put(ObjectNode n, Bill bill, PriceEdition edition) {
        n.put("total_usd", bill.totalUsd());
        ArrayNode lines = n.putArray("lines");
        for (BillLine l : bill.lines()) {
            ObjectNode line = lines.addObject();
            line.put("item", l.item());
            line.put("quantity", l.quantity());
            line.put("unit", l.unit());
            line.put("unit_price_usd", l.unitPriceUsd());
            line.put("usd", l.usd());
            line.put("exact_usd", l.exactUsd().stripTrailingZeros());
            line.put("rule", l.rule());
        }
        n.put("region", bill.region());
        n.put("price_edition", edition.id());
        n.put("price_edition_effective_date", edition.effectiveDate().toString());
        n.put("duration_granularity_ms", edition.rules().durationGranularityMs());
        return n;
    }

    /** {@code node} as indented text. */
    static String write(ObjectMapper mapper, JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
