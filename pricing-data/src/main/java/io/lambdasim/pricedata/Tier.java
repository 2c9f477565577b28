package io.lambdasim.pricedata;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One volume tier of a monthly usage rate: usage from {@code from} (inclusive) up to {@code to} (exclusive, or
 * open-ended when empty), counted in the rate's unit per month, per architecture, per region, per account.
 */
public record Tier(long from, OptionalLong to, Rate rate) {

    public Tier {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rate, "rate");
        if (from < 0) {
            throw new IllegalArgumentException("tier starts below zero: " + from);
        }
        if (to.isPresent() && to.getAsLong() <= from) {
            throw new IllegalArgumentException("tier ends at " + to.getAsLong() + ", not after its start " + from);
        }
    }

    public boolean isOpenEnded() {
        return to.isEmpty();
    }
}
