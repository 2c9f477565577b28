package io.lambdasim.app.ui.views;

import io.lambdasim.model.recommend.Evaluation;
import io.lambdasim.model.scenario.ProvisionedPlan;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the Recommendations view writes plans, savings and shares. */
public final class RecommendationFormat {

    private RecommendationFormat() {
    }

    /** "saves $34.52 a month", "saves $0.00 a month", "costs $84.53 a month more". */
    public static String saving(BigDecimal usd) {
        return usd.signum() >= 0 ? "saves " + BreakEvenFormat.usd(usd) + " a month"
                : "costs " + BreakEvenFormat.usd(usd.negate()) + " a month more";
    }

    /** A plan as a reader says it: "none", "6 all the time", "daily 08:00-20:00: 3, sat 00:00-24:00: 1". */
    public static String plan(ProvisionedPlan plan) {
        if (plan instanceof ProvisionedPlan.Constant c) {
            return c.concurrency() == 0 ? "none" : c.concurrency() + " all the time";
        }
        if (plan instanceof ProvisionedPlan.Weekly w) {
            List<String> parts = new ArrayList<>();
            for (ProvisionedPlan.Window win : w.windows()) {
                parts.add(String.format(Locale.ROOT, "%s %s-%s: %d", ProvisionedPlan.formatDays(win.days()),
                        win.from(), win.to().equals(LocalTime.MIDNIGHT) ? "24:00" : win.to().toString(),
                        win.concurrency()));
            }
            return String.join(", ", parts);
        }
        if (plan instanceof ProvisionedPlan.Steps s) {
            return s.steps().size() + " steps";
        }
        return plan.toString();
    }

    /** A share as a percentage with three decimals: "0.009 %"; "–" when undefined. */
    public static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.3f %%", share * 100);
    }

    /** One evaluation in a line: "$96.70 a month, p99 602.6 ms, 0.009 % cold starts". */
    public static String evaluation(Evaluation e) {
        return String.format(Locale.ROOT, "%s a month, p99 %s, %s cold starts", BreakEvenFormat.usd(e.monthlyCostUsd()),
                Double.isNaN(e.p99LatencyMs()) ? "–" : String.format(Locale.ROOT, "%.1f ms", e.p99LatencyMs()),
                percent(e.coldStartShare()));
    }
}
