package io.lambdasim.app.about;

import io.lambdasim.pricedata.PriceEdition;
import io.lambdasim.pricedata.PriceEditionLoader;
import io.lambdasim.pricedata.ec2.Ec2PriceLoader;
import io.lambdasim.pricedata.ec2.Ec2PriceTable;
import io.lambdasim.pricedata.frontdoor.FrontDoorPriceLoader;
import io.lambdasim.pricedata.frontdoor.FrontDoorPrices;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The price data shipped inside LambdaSim, one line per kind (Lambda editions, EC2 tables, front-door prices), each
 * edition named by its region and effective date, grouped by region: what {@code lambdasim --version} and the About
 * box show, so that a bill can be traced to the prices of the build that made it.
 */
public final class BundledPrices {

    /** One bundled price file: the region it prices and the date it takes effect. */
    public record Edition(String region, LocalDate effectiveDate) {
        public Edition {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(effectiveDate, "effectiveDate");
        }
    }

    private BundledPrices() {
    }

    /** The lines {@code Lambda prices: ...}, {@code EC2 prices: ...} and {@code Front-door prices: ...}. */
    public static List<String> lines() {
        return List.of(
                line("Lambda prices", () -> PriceEditionLoader.loadBundled().editions().stream()
                        .map((PriceEdition e) -> new Edition(e.region(), e.effectiveDate())).toList()),
                line("EC2 prices", () -> Ec2PriceLoader.loadBundled().tables().stream()
                        .map((Ec2PriceTable t) -> new Edition(t.region(), t.effectiveDate())).toList()),
                line("Front-door prices", () -> FrontDoorPriceLoader.loadBundled().all().stream()
                        .map((FrontDoorPrices p) -> new Edition(p.region(), p.effectiveDate())).toList()));
    }

    /**
     * {@code region date, date; region date}: regions in alphabetical order, each region's dates in order, each
     * distinct edition once. An empty collection is {@code none}.
     */
    public static String compact(Collection<Edition> editions) {
        if (editions.isEmpty()) {
            return "none";
        }
        Map<String, TreeSet<LocalDate>> byRegion = new TreeMap<>();
        for (Edition e : editions) {
            byRegion.computeIfAbsent(e.region(), r -> new TreeSet<>()).add(e.effectiveDate());
        }
        return byRegion.entrySet().stream()
                .map(r -> r.getKey() + " " + r.getValue().stream().map(LocalDate::toString)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    /** {@code label: compact(...)}, or a line saying why the files could not be read: the version still prints. */
    private static String line(String label, Supplier<List<Edition>> editions) {
        try {
            return label + ": " + compact(editions.get());
        } catch (RuntimeException e) {
            return label + ": cannot be read (" + e.getMessage() + ")";
        }
    }
}
