package io.lambdasim.model.compare;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a design's bill, Lambda or fleet alike: {@code quantity} of {@code unit} costing {@code usd} (rounded
 * once to the cent by the bill it comes from).
 */
public record CostLine(String item, BigDecimal quantity, String unit, BigDecimal usd) {

    public CostLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(usd, "usd");
    }
}
