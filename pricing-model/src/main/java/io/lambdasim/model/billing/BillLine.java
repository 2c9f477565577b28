package io.lambdasim.model.billing;

import io.lambdasim.pricedata.Architecture;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a bill: a quantity of a unit at a unit price. {@code exactUsd} is quantity × unit price without any
 * rounding; {@code usd} is that amount rounded once, half up, to the cent. {@code rule} says in words which rule
 * produced the line and {@code editionId} which price edition.
 */
public record BillLine(ChargeKind kind, Optional<Architecture> architecture, String item, BigDecimal quantity,
                       String unit, BigDecimal unitPriceUsd, BigDecimal exactUsd, BigDecimal usd, String rule,
                       String editionId) {

    public BillLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitPriceUsd, "unitPriceUsd");
        Objects.requireNonNull(exactUsd, "exactUsd");
        Objects.requireNonNull(usd, "usd");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(editionId, "editionId");
        if (exactUsd.compareTo(quantity.multiply(unitPriceUsd)) != 0) {
            throw new IllegalArgumentException(item + ": exact amount " + exactUsd + " is not " + quantity + " × " + unitPriceUsd);
        }
        if (usd.compareTo(roundToCent(exactUsd)) != 0) {
            throw new IllegalArgumentException(item + ": " + usd + " is not " + exactUsd + " rounded to the cent");
        }
        usd = usd.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A line whose amounts are computed from quantity and unit price. */
    public static BillLine of(ChargeKind kind, Optional<Architecture> arch, String item, BigDecimal quantity, String unit,
                              BigDecimal unitPriceUsd, String rule, String editionId) {
        BigDecimal exact = quantity.multiply(unitPriceUsd);
        return new BillLine(kind, arch, item, quantity, unit, unitPriceUsd, exact, roundToCent(exact), rule, editionId);
    }

    /** The rounding AWS applies to each line: half up to the cent. */
    public static BigDecimal roundToCent(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_UP);
    }
}
