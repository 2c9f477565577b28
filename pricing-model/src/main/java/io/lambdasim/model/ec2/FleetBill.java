package io.lambdasim.model.ec2;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** A fleet's bill for the simulated run: its lines, and a total that is the sum of the lines' rounded amounts. */
public record FleetBill(List<FleetCostLine> lines, BigDecimal totalUsd) {

    public FleetBill {
        lines = List.copyOf(lines);
        Objects.requireNonNull(totalUsd, "totalUsd");
        BigDecimal sum = sum(lines);
        if (sum.compareTo(totalUsd) != 0) {
            throw new IllegalArgumentException("total " + totalUsd + " is not the sum of the lines, " + sum);
        }
        totalUsd = totalUsd.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static FleetBill of(List<FleetCostLine> lines) {
        return new FleetBill(lines, sum(lines));
    }

    private static BigDecimal sum(List<FleetCostLine> lines) {
        BigDecimal s = BigDecimal.ZERO.setScale(2);
        for (FleetCostLine l : lines) {
            s = s.add(l.usd());
        }
        return s;
    }

    /** The sum of the rounded amounts of the lines of {@code kind}. */
    public BigDecimal total(FleetChargeKind kind) {
        return sum(lines.stream().filter(l -> l.kind() == kind).toList());
    }

    /** The compute part (instances or tasks), without the front door. */
    public BigDecimal computeUsd() {
        return sum(lines.stream().filter(l -> l.kind().isCompute()).toList());
    }

    /** The front-door part (load balancer or API Gateway). */
    public BigDecimal frontDoorUsd() {
        return sum(lines.stream().filter(l -> !l.kind().isCompute()).toList());
    }

    /** Whether every price behind the bill was checked against an official AWS source. */
    public boolean verified() {
        return lines.stream().allMatch(FleetCostLine::verified);
    }
}
