package io.lambdasim.model.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** A monthly bill: its lines, and a total that is the sum of the lines' rounded amounts. */
public record Bill(String editionId, String region, List<BillLine> lines, BigDecimal totalUsd) {

    public Bill {
        Objects.requireNonNull(editionId, "editionId");
        Objects.requireNonNull(region, "region");
        lines = List.copyOf(lines);
        Objects.requireNonNull(totalUsd, "totalUsd");
        BigDecimal sum = sum(lines);
        if (sum.compareTo(totalUsd) != 0) {
            throw new IllegalArgumentException("total " + totalUsd + " is not the sum of the lines, " + sum);
        }
        totalUsd = totalUsd.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A bill whose total is the sum of {@code lines}. */
    public static Bill of(String editionId, String region, List<BillLine> lines) {
        return new Bill(editionId, region, lines, sum(lines));
    }

    private static BigDecimal sum(List<BillLine> lines) {
        BigDecimal s = BigDecimal.ZERO.setScale(2);
        for (BillLine l : lines) {
            s = s.add(l.usd());
        }
        return s;
    }

    /** The sum of the rounded amounts of the lines of {@code kind}. */
    public BigDecimal total(ChargeKind kind) {
        return sum(lines.stream().filter(l -> l.kind() == kind).toList());
    }
}
