package io.lambdasim.pricedata;

import java.net.URI;
import java.util.Objects;

/**
 * The rules in force with an edition: how invocation durations are rounded, which INIT phases are billed, how
 * provisioned-concurrency windows are rounded.
 *
 * @param durationGranularityMs each invocation's duration is rounded up to a multiple of this (1 since December 2020,
 *                              100 before)
 * @param initBilling           which cold starts pay for INIT
 * @param pcWindowRoundingMinutes provisioned concurrency is billed per enabled window rounded up to this many minutes
 */
public record BillingRules(int durationGranularityMs, InitBilling initBilling, int pcWindowRoundingMinutes,
                           URI source, boolean verified) {

    public BillingRules {
        Objects.requireNonNull(initBilling, "initBilling");
        Objects.requireNonNull(source, "source");
        if (durationGranularityMs < 1) {
            throw new IllegalArgumentException("duration granularity must be at least 1 ms, was " + durationGranularityMs);
        }
        if (pcWindowRoundingMinutes < 1) {
            throw new IllegalArgumentException("PC window rounding must be at least 1 minute, was " + pcWindowRoundingMinutes);
        }
    }

    public BillingRules withGranularityMs(int ms) {
        return new BillingRules(ms, initBilling, pcWindowRoundingMinutes, source, verified);
    }

    public BillingRules withInitBilling(InitBilling rule) {
        return new BillingRules(durationGranularityMs, rule, pcWindowRoundingMinutes, source, verified);
    }
}
