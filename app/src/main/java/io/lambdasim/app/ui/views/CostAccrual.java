package io.lambdasim.app.ui.views;

import io.lambdasim.model.capacity.RunResult;
import io.lambdasim.model.capacity.TimeSeries;
import io.lambdasim.model.ec2.FleetChargeKind;
import io.lambdasim.model.ec2.FleetCostLine;
import io.lambdasim.model.ec2.FleetResult;
import io.lambdasim.model.ec2.FleetTimeSeries;
import java.util.Objects;

/**
 * When a design's money is spent over the simulated horizon, bin by bin, as a cumulative curve: what the Cost view's
 * second chart draws ({@code docs/app-views.md}). Nothing here is scaled to make the curve end on the bill:
 * <ul>
 *   <li>Lambda: the engine's per-bin cost at marginal rates (tier-1 duration price, no free tier, provisioned
 *       concurrency by the time it was configured): an indication of when money is spent, not the bill.</li>
 *   <li>Fleets: per bin, the units billed (time-averaged) × the bin's seconds × the per-unit-second price of the bill's
 *       compute lines; load-balancer hours accrue evenly over the horizon; request-driven lines (LCU-hours, API
 *       Gateway requests) are spread over the bins in proportion to the requests that arrived in them.</li>
 * </ul>
 *
 * @param binEndHours  the end of each bin, in hours from the start of the run
 * @param cumulativeUsd the money spent from the start to the end of each bin
 */
public record CostAccrual(double[] binEndHours, double[] cumulativeUsd) {

    private static final double US_PER_HOUR = 3_600_000_000.0;

    public CostAccrual {
        Objects.requireNonNull(binEndHours, "binEndHours");
        Objects.requireNonNull(cumulativeUsd, "cumulativeUsd");
        if (binEndHours.length != cumulativeUsd.length) {
            throw new IllegalArgumentException("as many bin ends as amounts are needed");
        }
    }

    /** The money spent by the end of the run. */
    public double totalUsd() {
        return cumulativeUsd.length == 0 ? 0 : cumulativeUsd[cumulativeUsd.length - 1];
    }

    /** A Lambda run: the running sum of the time series' per-bin cost at marginal rates. */
    public static CostAccrual lambda(RunResult run, long horizonUs) {
        TimeSeries ts = run.timeSeries();
        double[] ends = ends(ts.bins(), ts.binUs(), horizonUs);
        double[] sum = new double[ts.bins()];
        double acc = 0;
        for (int i = 0; i < ts.bins(); i++) {
            acc += ts.costUsd()[i];
            sum[i] = acc;
        }
        return new CostAccrual(ends, sum);
    }

    /** A fleet run: units billed × price per unit-second, plus the front door's lines spread as documented. */
    public static CostAccrual fleet(FleetResult run) {
        FleetTimeSeries ts = run.timeSeries();
        long horizonUs = run.usage().horizonUs();
        int n = ts.bins();
        double unitSeconds = run.usage().unitSeconds();
        double computePerUnitSecond = 0;
        double evenUsd = 0;
        double perRequestUsd = 0;
        for (FleetCostLine l : run.bill().lines()) {
            if (l.kind().isCompute()) {
                if (unitSeconds > 0) {
                    // quantity / unit-seconds is what one unit uses per second (1 instance, or its vCPUs or GB)
                    computePerUnitSecond += l.quantity().doubleValue() / unitSeconds
                            * l.unitPriceUsd().doubleValue() / l.unitsPerPrice().doubleValue();
                }
            } else if (l.kind() == FleetChargeKind.LOAD_BALANCER_HOURS) {
                evenUsd += l.usd().doubleValue();
            } else {
                perRequestUsd += l.usd().doubleValue();
            }
        }
        long arrivals = 0;
        for (long a : ts.arrivals()) {
            arrivals += a;
        }
        double[] ends = ends(n, ts.binUs(), horizonUs);
        double[] sum = new double[n];
        double acc = 0;
        for (int i = 0; i < n; i++) {
            double binUs = Math.min(ts.binUs(), horizonUs - (long) i * ts.binUs());
            acc += ts.meanUnits()[i] * binUs / 1e6 * computePerUnitSecond;
            acc += evenUsd * binUs / horizonUs;
            acc += arrivals == 0 ? perRequestUsd * binUs / horizonUs : perRequestUsd * ts.arrivals()[i] / arrivals;
            sum[i] = acc;
        }
        return new CostAccrual(ends, sum);
    }

    private static double[] ends(int bins, long binUs, long horizonUs) {
        double[] ends = new double[bins];
        for (int i = 0; i < bins; i++) {
            ends[i] = Math.min((long) (i + 1) * binUs, horizonUs) / US_PER_HOUR;
        }
        return ends;
    }
}
