package io.lambdasim.app.ui.views;

import io.lambdasim.model.breakeven.DesignCurve;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The traffic slider of the Break-even view: a position from 0 to 1 on a log scale between the sweep's smallest and
 * largest volumes, and every design's cost read off its curve there (linear between the two sampled volumes around
 * it, as {@code CostCurve.interpolatedUsd} does; no simulation).
 */
public final class BreakEvenCursor {

    private BreakEvenCursor() {
    }

    /**
     * One design at the cursor.
     *
     * @param design         the design's name
     * @param usd            its monthly cost read off the curve, to the cent
     * @param meetsObjective whether it meets the objective at both sampled volumes around the cursor
     */
    public record Row(String design, BigDecimal usd, boolean meetsObjective) {

        public Row {
            Objects.requireNonNull(design, "design");
            Objects.requireNonNull(usd, "usd");
        }
    }

    /** The volume at {@code position} (0: {@code from}, 1: {@code to}), log-spaced, rounded to a whole request. */
    public static long volumeAt(double position, long from, long to) {
        check(from, to);
        double p = Math.max(0, Math.min(1, position));
        if (p == 0) {
            return from;
        }
        if (p == 1) {
            return to;
        }
        long v = Math.round(from * Math.pow((double) to / from, p));
        return Math.max(from, Math.min(to, v));
    }

    /** Where {@code volume} lies between {@code from} (0) and {@code to} (1) on the log scale, clamped to [0, 1]. */
    public static double positionOf(long volume, long from, long to) {
        check(from, to);
        if (volume <= from) {
            return 0;
        }
        if (volume >= to) {
            return 1;
        }
        return Math.log((double) volume / from) / Math.log((double) to / from);
    }

    /** Each design's cost at {@code volume}, in the curves' order. */
    public static List<Row> costsAt(List<DesignCurve> curves, long volume) {
        List<Row> rows = new ArrayList<>();
        for (DesignCurve c : curves) {
            rows.add(new Row(c.design(), c.costCurve().interpolatedUsd(volume), meets(c, volume)));
        }
        return rows;
    }

    private static boolean meets(DesignCurve c, long volume) {
        List<DesignCurve.Point> ps = c.points();
        for (int i = 0; i < ps.size(); i++) {
            DesignCurve.Point p = ps.get(i);
            if (p.requestsPerMonth() == volume) {
                return p.meetsObjective();
            }
            if (p.requestsPerMonth() > volume) {
                return p.meetsObjective() && (i == 0 || ps.get(i - 1).meetsObjective());
            }
        }
        return ps.get(ps.size() - 1).meetsObjective();
    }

    private static void check(long from, long to) {
        if (from < 1 || to <= from) {
            throw new IllegalArgumentException("the slider needs 1 <= from < to, was " + from + " and " + to);
        }
    }
}
