package io.lambdasim.pricedata.ec2;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The effective hourly price of one instance type under one pricing plan.
 *
 * @param usdPerHour exact (no rounding: a Savings Plan price is on-demand × (1 − discount))
 * @param verified   whether every figure behind it was checked against an official AWS source; always false for
 *                   Savings Plans, whose discount is an assumption
 * @param basis      how it was obtained, for reports ({@code on-demand 0.096 × (1 − 0.3)})
 */
public record PlanPrice(InstanceType type, PricingPlan plan, BigDecimal usdPerHour, boolean verified, String basis) {

    public PlanPrice {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(usdPerHour, "usdPerHour");
        Objects.requireNonNull(basis, "basis");
        usdPerHour = usdPerHour.stripTrailingZeros();
    }
}
