package io.lambdasim.app.ui.views;

import io.lambdasim.model.breakeven.Crossing;
import io.lambdasim.model.breakeven.MonthlyVolume;
import io.lambdasim.model.breakeven.ScenarioBreakEvenResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the Break-even view writes volumes, rates, money and the closed forms: plain text, no nodes. */
public final class BreakEvenFormat {

    private BreakEvenFormat() {
    }

    /** A monthly volume: "950", "12.5 k", "77.2 M", "1.23 B" requests a month. */
    public static String requestsPerMonth(long requests) {
        double v = requests;
        String n;
        if (requests >= 1_000_000_000L) {
            n = String.format(Locale.ROOT, "%.2f B", v / 1e9);
        } else if (requests >= 1_000_000L) {
            n = String.format(Locale.ROOT, "%.1f M", v / 1e6);
        } else if (requests >= 1_000L) {
            n = String.format(Locale.ROOT, "%.1f k", v / 1e3);
        } else {
            n = Long.toString(requests);
        }
        return n + " req/month";
    }

    /** A mean rate over a 730-hour month: "29.4 req/s", "0.52 req/s". */
    public static String requestsPerSecond(double rps) {
        return String.format(Locale.ROOT, rps >= 10 ? "%,.1f req/s" : rps >= 0.1 ? "%.2f req/s" : "%.4f req/s", rps);
    }

    /** A volume and its mean rate: "77.2 M req/month · 29.4 req/s". */
    public static String volume(long requestsPerMonth) {
        return requestsPerMonth(requestsPerMonth) + " · "
                + requestsPerSecond(MonthlyVolume.meanRequestsPerSecond(requestsPerMonth));
    }

    /** A crossing's label on the chart: its volume and rate. */
    public static String crossingLabel(Crossing c) {
        return volume(c.requestsPerMonth());
    }

    /** What a crossing means, in a sentence: "lambda-x86 costs less below, ec2 above (refined)". */
    public static String crossingSentence(Crossing c) {
        String who = c.crosses()
                ? c.cheaperDesignBelow().orElseThrow() + " costs less below, " + c.cheaperDesignAbove().orElseThrow()
                + " above"
                : c.lambdaDesign() + " and " + c.otherDesign() + " cost the same here";
        return c.lambdaDesign() + " × " + c.otherDesign() + " at " + volume(c.requestsPerMonth()) + ": " + who
                + " (" + usd(c.lambdaUsd()) + " and " + usd(c.otherUsd()) + " a month"
                + (c.refined() ? ", located by re-simulation)" : ", read off the curves)");
    }

    /** Dollars with two decimals: "$1,234.50". */
    public static String usd(BigDecimal usd) {
        return String.format(Locale.ROOT, "$%,.2f", usd.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * The closed forms of a result, one line each: provisioned-concurrency break-even utilisation per Lambda design,
     * the arm64 break-even slowdown, and 1 ms against 100 ms billing per Lambda design.
     */
    public static List<String> closedForms(ScenarioBreakEvenResult r) {
        List<String> out = new ArrayList<>();
        for (ScenarioBreakEvenResult.ProvisionedUtilisation p : r.provisioned()) {
            out.add(p.utilisation().map(u -> String.format(Locale.ROOT,
                    "%s: provisioned concurrency costs less than on-demand when its environments are busy more than "
                            + "%s %% of the time (%s, INIT not counted).", p.design(),
                    percent(u.multiply(BigDecimal.valueOf(100))), p.architecture().id()))
                    .orElse(p.design() + ": provisioned concurrency never costs less than on-demand at these prices."));
        }
        out.add(String.format(Locale.ROOT, "arm64 costs %s of x86_64 per GB-second: it is cheaper while its "
                        + "durations are less than %s times the x86_64 ones.",
                percent(r.architecture().priceRatio().multiply(BigDecimal.valueOf(100))) + " %",
                r.architecture().breakEvenSlowdown().setScale(4, RoundingMode.HALF_UP).toPlainString()));
        for (ScenarioBreakEvenResult.Granularity g : r.granularity()) {
            out.add(String.format(Locale.ROOT, "%s: 1 ms billing bills %s ms a request on average against %s ms "
                            + "under 100 ms billing (%s %% less): %s a month of duration charges at today's traffic.",
                    g.design(), g.savings().meanBilledFineMs().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    g.savings().meanBilledCoarseMs().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    percent(g.savings().savingPercent()),
                    (g.monthly().savingUsd().signum() >= 0 ? "saves " : "costs ") + usd(g.monthly().savingUsd().abs())));
        }
        return out;
    }

    private static String percent(BigDecimal p) {
        return p.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
