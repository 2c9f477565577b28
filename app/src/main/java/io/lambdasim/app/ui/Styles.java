package io.lambdasim.app.ui;

import java.net.URL;

/**
 * The style class names of {@code app.css}, the app's one stylesheet. Views use these constants, never string
 * literals, so that a renamed class is a compile error rather than a silently unstyled node.
 */
public final class Styles {

    /** The resource name of the stylesheet, next to this class. */
    public static final String STYLESHEET = "app.css";

    /** The root pane of a window. */
    public static final String WINDOW = "ls-window";
    /** The band at the top that says what is being priced. */
    public static final String HEADER = "ls-header";
    /** The name of the example or scenario. */
    public static final String TITLE = "ls-title";
    /** Its story: one paragraph of plain text. */
    public static final String STORY = "ls-story";
    /** A row of small facts (region, price edition, workload). */
    public static final String FACTS = "ls-facts";
    /** The name of a fact ("Region"). */
    public static final String FACT_NAME = "ls-fact-name";
    /** Its value ("us-east-1"). */
    public static final String FACT_VALUE = "ls-fact-value";
    /** The heading of a section of the window. */
    public static final String SECTION_TITLE = "ls-section-title";
    /** A table of bill lines. */
    public static final String BILL_TABLE = "ls-bill-table";
    /** A column, its header and its cells holding numbers: right-aligned, tabular. */
    public static final String NUMBER = "ls-number";
    /** The row under the bill table that carries the total. */
    public static final String TOTAL_ROW = "ls-total-row";
    /** The caption "Monthly total". */
    public static final String TOTAL_CAPTION = "ls-total-caption";
    /** The total amount itself. */
    public static final String TOTAL_AMOUNT = "ls-total-amount";
    /** Small explanatory text. */
    public static final String NOTE = "ls-note";
    /** The name of a bill line in the list of rules (a {@code Text} node). */
    public static final String RULE_ITEM = "ls-rule-item";
    /** The rule that produced a bill line (a {@code Text} node). */
    public static final String RULE_TEXT = "ls-rule-text";
    /** A scroll pane drawn without frame or background, for text that may overflow. */
    public static final String PLAIN_SCROLL = "ls-plain-scroll";
    /** A message saying that something failed. */
    public static final String ERROR = "ls-error";
    /** The pane holding a chart. */
    public static final String CHART = "ls-chart";

    private Styles() {
    }

    /** The stylesheet's URL, as {@code Scene.getStylesheets()} takes it. */
    public static String stylesheet() {
        URL url = Styles.class.getResource(STYLESHEET);
        if (url == null) {
            throw new IllegalStateException("stylesheet " + STYLESHEET + " is missing from the app's resources");
        }
        return url.toExternalForm();
    }
}
