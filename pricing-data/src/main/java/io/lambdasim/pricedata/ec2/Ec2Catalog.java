package io.lambdasim.pricedata.ec2;

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
import java.util.stream.Collectors;

/**
 * All EC2 price tables known, looked up by region and date: the table in force on a date is the latest one of that
 * region whose effective date is on or before it (as {@code PriceCatalog} does for Lambda editions).
 */
public final class Ec2Catalog {

    private final Map<String, TreeMap<LocalDate, Ec2PriceTable>> byRegion;
    private final List<Ec2PriceTable> tables;

    public Ec2Catalog(List<Ec2PriceTable> tables) {
        Objects.requireNonNull(tables, "tables");
        Map<String, TreeMap<LocalDate, Ec2PriceTable>> map = new TreeMap<>();
        for (Ec2PriceTable t : tables) {
            Ec2PriceTable clash = map.computeIfAbsent(t.region(), r -> new TreeMap<>())
                    .putIfAbsent(t.effectiveDate(), t);
            if (clash != null) {
                throw new PriceDataException(t.sourceFile(), "effective_date", "two EC2 price tables of "
                        + t.region() + " take effect on " + t.effectiveDate() + " (the other is " + clash.sourceFile()
                        + ")");
            }
        }
        this.byRegion = map;
        List<Ec2PriceTable> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparing(Ec2PriceTable::region).thenComparing(Ec2PriceTable::effectiveDate));
        this.tables = List.copyOf(sorted);
    }

    /** The table of {@code region} in force on {@code date}. */
    public Ec2PriceTable table(String region, LocalDate date) {
        TreeMap<LocalDate, Ec2PriceTable> regionTables = byRegion.get(region);
        if (regionTables == null) {
            throw new IllegalArgumentException("no EC2 prices for region '" + region + "' (known: "
                    + String.join(", ", byRegion.keySet()) + ")");
        }
        Map.Entry<LocalDate, Ec2PriceTable> e = regionTables.floorEntry(date);
        if (e == null) {
            throw new IllegalArgumentException("no " + region + " EC2 prices in force on " + date
                    + " (the earliest table takes effect on " + regionTables.firstKey() + ")");
        }
        return e.getValue();
    }

    /** The prices of instance type {@code type} in {@code region} on {@code date}. */
    public InstancePrice price(String region, LocalDate date, String type) {
        return table(region, date).require(type);
    }

    /** The effective hourly price of {@code type} under {@code plan} in {@code region} on {@code date}. */
    public PlanPrice hourlyPrice(String region, LocalDate date, String type, PricingPlan plan) {
        return table(region, date).hourlyPrice(type, plan);
    }

    /** The table with this id ({@code region/effective-date}). */
    public Ec2PriceTable tableById(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no EC2 price table '" + id + "' (known: "
                        + tables.stream().map(Ec2PriceTable::id).collect(Collectors.joining(", ")) + ")"));
    }

    public Set<String> regions() {
        return new TreeSet<>(byRegion.keySet());
    }

    /** Every table, by region then date. */
    public List<Ec2PriceTable> tables() {
        return tables;
    }
}
