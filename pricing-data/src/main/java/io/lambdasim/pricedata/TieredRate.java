package io.lambdasim.pricedata;

import java.util.List;
import java.util.Objects;

/**
 * A rate with monthly volume tiers. The tiers start at zero, follow each other without gap or overlap, and the last
 * one is open-ended.
 */
public record TieredRate(List<Tier> tiers) {

    public TieredRate {
        tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers"));
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("no tiers");
        }
        if (tiers.get(0).from() != 0) {
            throw new IllegalArgumentException("first tier starts at " + tiers.get(0).from() + ", not 0");
        }
        for (int i = 0; i + 1 < tiers.size(); i++) {
            Tier t = tiers.get(i);
            Tier next = tiers.get(i + 1);
            if (t.isOpenEnded()) {
                throw new IllegalArgumentException("tier " + (i + 1) + " is open-ended but tier " + (i + 2) + " follows it");
            }
            long end = t.to().getAsLong();
            if (next.from() > end) {
                throw new IllegalArgumentException("gap between tier " + (i + 1) + " (ends " + end + ") and tier "
                        + (i + 2) + " (starts " + next.from() + ")");
            }
            if (next.from() < end) {
                throw new IllegalArgumentException("tier " + (i + 1) + " (ends " + end + ") overlaps tier "
                        + (i + 2) + " (starts " + next.from() + ")");
            }
        }
        if (!tiers.get(tiers.size() - 1).isOpenEnded()) {
            throw new IllegalArgumentException("last tier is not open-ended");
        }
    }

    /** A single open-ended tier. */
    public static TieredRate flat(Rate rate) {
        return new TieredRate(List.of(new Tier(0, java.util.OptionalLong.empty(), rate)));
    }

    public Tier first() {
        return tiers.get(0);
    }
}
