package io.lambdasim.pricedata.ec2;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The EC2 prices in force in one region from one date until the next table of that region: Linux, shared tenancy, no
 * pre-installed software, USD per hour.
 *
 * @param sourceFile   where the table was read (a resource path, a file, or an imported offer file)
 * @param instances    one entry per instance type, in file order; no type twice
 * @param savingsPlans the advertised "up to" discounts of the Savings Plans, when the table gives them
 */
public record Ec2PriceTable(String region, LocalDate effectiveDate, String sourceFile, String notes,
                            List<InstancePrice> instances, Map<SavingsPlanKind, SavingsPlanDiscount> savingsPlans) {

    public Ec2PriceTable {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(sourceFile, "sourceFile");
        notes = notes == null ? "" : notes;
        instances = List.copyOf(Objects.requireNonNull(instances, "instances"));
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("EC2 price table " + region + "/" + effectiveDate
                    + " prices no instance type");
        }
        Map<String, InstancePrice> seen = new LinkedHashMap<>();
        for (InstancePrice p : instances) {
            if (seen.putIfAbsent(p.type().name(), p) != null) {
                throw new IllegalArgumentException("EC2 price table " + region + "/" + effectiveDate + " prices "
                        + p.type().name() + " twice");
            }
        }
        Map<SavingsPlanKind, SavingsPlanDiscount> sp = new EnumMap<>(SavingsPlanKind.class);
        sp.putAll(Objects.requireNonNull(savingsPlans, "savingsPlans"));
        savingsPlans = Map.copyOf(sp);
    }

    /** {@code region/effective-date}, such as {@code us-east-1/2026-01-19}. */
    public String id() {
        return region + "/" + effectiveDate;
    }

    /** The entry of {@code type} ({@code m7g.large}), if this table prices it. */
    public Optional<InstancePrice> instance(String type) {
        return instances.stream().filter(p -> p.type().name().equals(type)).findFirst();
    }

    /** The entry of {@code type}, or an exception naming the table and the types it does price. */
    public InstancePrice require(String type) {
        return instance(type).orElseThrow(() -> new IllegalArgumentException("EC2 price table " + id()
                + " has no price for instance type '" + type + "' (priced: " + String.join(", ", typeNames())
                + ")"));
    }

    /** The effective hourly price of {@code type} under {@code plan}. */
    public PlanPrice hourlyPrice(String type, PricingPlan plan) {
        try {
            return require(type).hourly(plan);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("EC2 price table " + id() + ": " + e.getMessage(), e);
        }
    }

    /** The advertised maximum discount of a Savings Plan, when this table gives it. */
    public Optional<SavingsPlanDiscount> savingsPlanUpTo(SavingsPlanKind kind) {
        return Optional.ofNullable(savingsPlans.get(kind));
    }

    /**
     * A Savings Plan at its advertised "up to" discount: the most optimistic case, a default for the user to replace.
     */
    public PricingPlan.SavingsPlan savingsPlanAtUpTo(SavingsPlanKind kind) {
        SavingsPlanDiscount d = savingsPlanUpTo(kind).orElseThrow(() -> new IllegalArgumentException(
                "EC2 price table " + id() + " gives no " + kind.label() + " discount"));
        return new PricingPlan.SavingsPlan(kind, d.upTo());
    }

    /** The names of the types priced, in file order. */
    public List<String> typeNames() {
        return instances.stream().map(p -> p.type().name()).collect(Collectors.toList());
    }
}
