package io.lambdasim.model.billing;

/**
 * Choices that are the account's, not the edition's.
 *
 * @param freeTier whether the monthly free tier applies (it is shared by all functions of the account in the region)
 */
public record BillingOptions(boolean freeTier) {

    public static final BillingOptions DEFAULT = new BillingOptions(true);
    public static final BillingOptions NO_FREE_TIER = new BillingOptions(false);
}
