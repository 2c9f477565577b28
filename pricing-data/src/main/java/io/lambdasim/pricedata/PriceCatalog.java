package io.lambdasim.pricedata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * All price editions known to the app, looked up by region and date: the edition in force on a date is the latest
 * one of that region whose effective date is on or before it.
 */
public final class PriceCatalog {

    private final Map<String, TreeMap<LocalDate, PriceEdition>> byRegion;
    private final List<PriceEdition> editions;

    public PriceCatalog(List<PriceEdition> editions) {
        Objects.requireNonNull(editions, "editions");
        Map<String, TreeMap<LocalDate, PriceEdition>> map = new TreeMap<>();
        for (PriceEdition e : editions) {
            PriceEdition clash = map.computeIfAbsent(e.region(), r -> new TreeMap<>()).putIfAbsent(e.effectiveDate(), e);
            if (clash != null) {
                throw new PriceDataException(e.sourceFile(), "effective_date",
                        "two editions of " + e.region() + " take effect on " + e.effectiveDate()
                                + " (the other is " + clash.sourceFile() + ")");
            }
        }
        this.byRegion = map;
        List<PriceEdition> sorted = new ArrayList<>(editions);
        sorted.sort(Comparator.comparing(PriceEdition::region).thenComparing(PriceEdition::effectiveDate));
        this.editions = List.copyOf(sorted);
    }

    /** The edition of {@code region} in force on {@code date}. */
    public PriceEdition edition(String region, LocalDate date) {
        TreeMap<LocalDate, PriceEdition> regionEditions = byRegion.get(region);
        if (regionEditions == null) {
            throw new IllegalArgumentException("no prices for region '" + region + "' (known: "
                    + String.join(", ", byRegion.keySet()) + ")");
        }
        Map.Entry<LocalDate, PriceEdition> e = regionEditions.floorEntry(date);
        if (e == null) {
            throw new IllegalArgumentException("no " + region + " prices in force on " + date
                    + " (the earliest edition takes effect on " + regionEditions.firstKey() + ")");
        }
        return e.getValue();
    }

    /** The edition with this id ({@code region/effective-date}). */
    public PriceEdition editionById(String id) {
        return editions.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no price edition '" + id + "' (known: "
                        + editions.stream().map(PriceEdition::id).collect(Collectors.joining(", ")) + ")"));
    }

    public Set<String> regions() {
        return new TreeSet<>(byRegion.keySet());
    }

    /** Every edition, by region then date. */
    public List<PriceEdition> editions() {
        return editions;
    }
}
