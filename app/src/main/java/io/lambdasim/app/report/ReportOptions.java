package io.lambdasim.app.report;

/**
 * Which of the report's slower analyses to run: each missing one is replaced in the report by a sentence saying it
 * was left out.
 *
 * @param breakEven       the scenario-level break-even (a sweep of scaled traffic: tens of simulations)
 * @param recommendations the memory sweep and the provisioned-concurrency search of each function
 */
public record ReportOptions(boolean breakEven, boolean recommendations) {

    /** Everything. */
    public static final ReportOptions ALL = new ReportOptions(true, true);

    public ReportOptions withoutBreakEven() {
        return new ReportOptions(false, recommendations);
    }

    public ReportOptions withoutRecommendations() {
        return new ReportOptions(breakEven, false);
    }
}
