package io.lambdasim.model.compare;

import io.lambdasim.model.billing.ArchitectureUsage;
import io.lambdasim.model.billing.Usage;
import io.lambdasim.model.ec2.FleetBill;
import io.lambdasim.model.ec2.FleetCostLine;
import io.lambdasim.pricedata.Architecture;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scales a run's usage to a month of 730 hours at the same traffic ({@code docs/compare.md}): Lambda usage is
 * multiplied by 730 h / horizon and rounded half up to whole requests and MB-ms, then priced (tiers and the free tier
 * apply to the month); a fleet's bill lines have their quantities multiplied by the same factor and are priced again.
 */
public final class MonthlyExtrapolation {

    /** A month as AWS's calculator counts it. */
    public static final long MONTH_US = 730L * 3_600_000_000L;

    private MonthlyExtrapolation() {
    }

    /** {@code usage} of {@code horizonUs} scaled to 730 hours. */
    public static Usage lambdaUsage(Usage usage, long horizonUs) {
        Map<Architecture, ArchitectureUsage> out = new EnumMap<>(Architecture.class);
        usage.byArchitecture().forEach((arch, u) -> out.put(arch, new ArchitectureUsage(
                scale(BigInteger.valueOf(u.requests()), horizonUs).longValueExact(), scale(u.onDemandMbMs(), horizonUs),
                scale(u.pcServedMbMs(), horizonUs), scale(u.pcConfiguredMbMs(), horizonUs))));
        return new Usage(out, scale(usage.ephemeralExtraMbMs(), horizonUs), scale(usage.snapStartCacheMbMs(), horizonUs),
                scale(usage.snapStartRestoredMb(), horizonUs));
    }

    /** {@code bill} of {@code horizonUs} with every line's quantity scaled to 730 hours and priced again. */
    public static FleetBill fleetBill(FleetBill bill, long horizonUs) {
        List<FleetCostLine> lines = new ArrayList<>();
        BigDecimal factor = new BigDecimal(MONTH_US).divide(new BigDecimal(horizonUs), 12, RoundingMode.HALF_UP);
        for (FleetCostLine l : bill.lines()) {
            BigDecimal q = l.quantity().multiply(new BigDecimal(MONTH_US))
                    .divide(new BigDecimal(horizonUs), 6, RoundingMode.HALF_UP).stripTrailingZeros();
            q = q.scale() < 0 ? q.setScale(0) : q;
            lines.add(FleetCostLine.of(l.kind(), l.item(), q, l.unit(), l.unitPriceUsd(), l.unitsPerPrice(),
                    l.priceUnit(), l.verified(), l.rule() + "; × " + factor.stripTrailingZeros().toPlainString()
                            + " (730 h / horizon)", l.priceSource()));
        }
        return FleetBill.of(lines);
    }

    /** x × 730 h / horizon, rounded half up to a whole number. */
    static BigInteger scale(BigInteger x, long horizonUs) {
        BigInteger h = BigInteger.valueOf(horizonUs);
        return x.multiply(BigInteger.valueOf(MONTH_US)).multiply(BigInteger.TWO).add(h)
                .divide(h.multiply(BigInteger.TWO));
    }
}
