package io.lambdasim.pricedata.frontdoor;

import io.lambdasim.pricedata.PriceDataException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Front-door price files by region and date: the file in force on a date is the latest one on or before it. */
public final class FrontDoorCatalog {

    private final Map<String, TreeMap<LocalDate, FrontDoorPrices>> byRegion = new TreeMap<>();
    private final List<FrontDoorPrices> all;

    public FrontDoorCatalog(List<FrontDoorPrices> prices) {
        Objects.requireNonNull(prices, "prices");
        for (FrontDoorPrices p : prices) {
            FrontDoorPrices clash = byRegion.computeIfAbsent(p.region(), r -> new TreeMap<>())
                    .putIfAbsent(p.effectiveDate(), p);
            if (clash != null) {
                throw new PriceDataException(p.sourceFile(), "effective_date", "two front-door price files of "
                        + p.region() + " take effect on " + p.effectiveDate() + " (the other is " + clash.sourceFile()
                        + ")");
            }
        }
        List<FrontDoorPrices> sorted = new ArrayList<>(prices);
        sorted.sort(Comparator.comparing(FrontDoorPrices::region).thenComparing(FrontDoorPrices::effectiveDate));
        this.all = List.copyOf(sorted);
    }

    /** The prices of {@code region} in force on {@code date}. */
    public FrontDoorPrices prices(String region, LocalDate date) {
        TreeMap<LocalDate, FrontDoorPrices> regionPrices = byRegion.get(region);
        if (regionPrices == null) {
            throw new IllegalArgumentException("no front-door prices for region '" + region + "' (known: "
                    + String.join(", ", byRegion.keySet()) + ")");
        }
        Map.Entry<LocalDate, FrontDoorPrices> e = regionPrices.floorEntry(date);
        if (e == null) {
            throw new IllegalArgumentException("no " + region + " front-door prices in force on " + date
                    + " (the earliest take effect on " + regionPrices.firstKey() + ")");
        }
        return e.getValue();
    }

    public Set<String> regions() {
        return new TreeSet<>(byRegion.keySet());
    }

    /** Every price file, by region then date. */
    public List<FrontDoorPrices> all() {
        return all;
    }
}
