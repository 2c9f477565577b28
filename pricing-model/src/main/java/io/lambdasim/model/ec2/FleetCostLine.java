package io.lambdasim.model.ec2;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One line of a fleet's bill: {@code quantity} of {@code unit}, priced at {@code unitPriceUsd} per
 * {@code unitsPerPrice} units (3,600 instance-seconds per instance-hour; 1 request per request). The exact amount
 * {@code quantity × unitPriceUsd / unitsPerPrice} is a rational number (a division by 3,600 rarely terminates), so it
 * is rounded <em>once</em>, half up, straight to the cent: {@code usd}. {@link #exactUsd()} shows it to 12 decimals,
 * for reports only.
 *
 * @param priceUnit   the unit the price is quoted in ({@code instance-hour}, {@code vCPU-hour}, {@code request})
 * @param verified    whether the price was checked against an official AWS source
 * @param rule        in words, the rule that produced the quantity
 * @param priceSource where the price comes from (a price table's id)
 */
public record FleetCostLine(FleetChargeKind kind, String item, BigDecimal quantity, String unit,
                            BigDecimal unitPriceUsd, BigDecimal unitsPerPrice, String priceUnit, BigDecimal usd,
                            boolean verified, String rule, String priceSource) {

    public FleetCostLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitPriceUsd, "unitPriceUsd");
        Objects.requireNonNull(unitsPerPrice, "unitsPerPrice");
        Objects.requireNonNull(priceUnit, "priceUnit");
        Objects.requireNonNull(usd, "usd");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(priceSource, "priceSource");
        if (quantity.signum() < 0 || unitPriceUsd.signum() < 0 || unitsPerPrice.signum() <= 0) {
            throw new IllegalArgumentException(item + ": negative quantity or price, or no units per price");
        }
        BigDecimal expected = amount(quantity, unitPriceUsd, unitsPerPrice);
        if (usd.compareTo(expected) != 0) {
            throw new IllegalArgumentException(item + ": " + usd + " is not " + quantity + " × " + unitPriceUsd
                    + " / " + unitsPerPrice + " rounded half up to the cent (" + expected + ")");
        }
        usd = usd.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A line whose amount is computed from quantity and price. */
    public static FleetCostLine of(FleetChargeKind kind, String item, BigDecimal quantity, String unit,
                                   BigDecimal unitPriceUsd, BigDecimal unitsPerPrice, String priceUnit,
                                   boolean verified, String rule, String priceSource) {
        return new FleetCostLine(kind, item, quantity, unit, unitPriceUsd, unitsPerPrice, priceUnit,
                amount(quantity, unitPriceUsd, unitsPerPrice), verified, rule, priceSource);
    }

    /** The exact rational amount rounded once, half up, to the cent. */
    static BigDecimal amount(BigDecimal quantity, BigDecimal unitPriceUsd, BigDecimal unitsPerPrice) {
        return quantity.multiply(unitPriceUsd).divide(unitsPerPrice, 2, RoundingMode.HALF_UP);
    }

    /** The amount before rounding to the cent, to 12 decimals (half up): for reports, never added up. */
    public BigDecimal exactUsd() {
        return quantity.multiply(unitPriceUsd).divide(unitsPerPrice, 12, RoundingMode.HALF_UP);
    }

    /** The quantity in the price's unit ({@code instance-seconds / 3600}), to 6 significant digits, for display. */
    public BigDecimal quantityInPriceUnit() {
        return quantity.divide(unitsPerPrice, new MathContext(6, RoundingMode.HALF_UP));
    }
}
