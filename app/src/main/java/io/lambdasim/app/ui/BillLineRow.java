package io.lambdasim.app.ui;

import io.lambdasim.model.billing.BillLine;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the bill as the window shows it: display texts for the table, the rule behind the line for its tooltip,
 * and the amount as a number for the chart.
 *
 * @param quantity  the quantity with its thousands grouped, all digits kept
 * @param unitPrice the unit price in USD as the price edition states it
 * @param amount    the line's amount in USD, rounded to the cent (the figure the total adds up)
 * @param rule      in words, which rule produced the line
 * @param amountUsd {@code amount} as a number
 */
public record BillLineRow(String item, String quantity, String unit, String unitPrice, String amount, String rule,
                          BigDecimal amountUsd) {

    public BillLineRow {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(amountUsd, "amountUsd");
    }

    public static BillLineRow of(BillLine line) {
        return new BillLineRow(line.item(), DisplayFormat.grouped(line.quantity()), line.unit(),
                DisplayFormat.unitPrice(line.unitPriceUsd()), DisplayFormat.cents(line.usd()), line.rule(), line.usd());
    }
}
