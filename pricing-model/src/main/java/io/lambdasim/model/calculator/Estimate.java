package io.lambdasim.model.calculator;

import io.lambdasim.model.billing.Bill;
import io.lambdasim.model.billing.Usage;
import io.lambdasim.pricedata.PriceEdition;

/**
 * A closed-form monthly estimate: the inputs, the edition (with any what-if rule applied) that priced them, the usage
 * they imply and its bill.
 *
 * @param billedMsOnDemand billed milliseconds of one average on-demand request
 * @param billedMsPc       billed milliseconds of one average PC-served request (0 when none)
 */
public record Estimate(CalculatorInput input, PriceEdition edition, Usage usage, long billedMsOnDemand,
                       long billedMsPc, Bill bill) {
}
