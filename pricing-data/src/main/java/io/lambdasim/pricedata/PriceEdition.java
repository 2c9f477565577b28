package io.lambdasim.pricedata;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Lambda prices and billing rules in force in one region from one date until the next edition of that region.
 *
 * @param id            a stable identifier, {@code region/effective-date}, shown on every bill line
 * @param sourceFile    where the edition was read from (a resource path or a file), for error messages and reports
 * @param architectures the architectures offered, with their rates (the legacy edition has x86_64 only)
 * @param ephemeralStorage configured /tmp above the free 512 MB, per GB-second (absent before March 2022)
 */
public record PriceEdition(
        String id,
        String region,
        LocalDate effectiveDate,
        String currency,
        String sourceFile,
        String notes,
        BillingRules rules,
        MemoryLimits memory,
        Rate requests,
        Map<Architecture, ArchitectureRates> architectures,
        Optional<Rate> ephemeralStorage,
        Optional<Rate> snapStartCache,
        Optional<Rate> snapStartRestore,
        FreeTier freeTier) {

    public PriceEdition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(sourceFile, "sourceFile");
        notes = notes == null ? "" : notes;
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(ephemeralStorage, "ephemeralStorage");
        Objects.requireNonNull(snapStartCache, "snapStartCache");
        Objects.requireNonNull(snapStartRestore, "snapStartRestore");
        Objects.requireNonNull(freeTier, "freeTier");
        if (architectures == null || architectures.isEmpty()) {
            throw new IllegalArgumentException("edition " + id + " prices no architecture");
        }
        architectures = Map.copyOf(new EnumMap<>(architectures));
        if (!"USD".equals(currency)) {
            throw new IllegalArgumentException("edition " + id + " is in " + currency + "; only USD is supported");
        }
    }

    /** The rates of {@code arch}, or an exception saying that this edition does not offer it. */
    public ArchitectureRates rates(Architecture arch) {
        ArchitectureRates r = architectures.get(arch);
        if (r == null) {
            throw new IllegalArgumentException("price edition " + id + " has no " + arch.id()
                    + " prices (it offers " + architectures.keySet() + ")");
        }
        return r;
    }

    public boolean offers(Architecture arch) {
        return architectures.containsKey(arch);
    }

    /** The same edition under other rules (a what-if: other rounding, other INIT billing). */
    public PriceEdition withRules(BillingRules newRules) {
        return new PriceEdition(id, region, effectiveDate, currency, sourceFile, notes, newRules, memory, requests,
                architectures, ephemeralStorage, snapStartCache, snapStartRestore, freeTier);
    }
}
