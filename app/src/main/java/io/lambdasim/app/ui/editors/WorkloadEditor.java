package io.lambdasim.app.ui.editors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.app.ui.Styles;
import io.lambdasim.app.ui.charts.Charts;
import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.app.ui.workbench.WorkbenchContext;
import io.lambdasim.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The workload of one function: its traffic generator and parameters (or the imported trace it replays), its
 * duration distribution, the scenario's horizon and seed, and a live preview of the arrival rate as the simulator
 * will draw it. Every change goes through the scenario document (checked by the scenario reader, undoable).
 */
public final class WorkloadEditor {

    /** Ids tests look up. */
    public static final String FUNCTION_ID = "workloadFunction";
    public static final String TYPE_ID = "workloadType";
    public static final String PREVIEW_ID = "workloadPreview";
    public static final String SUMMARY_ID = "workloadSummary";
    public static final String IMPORT_ID = "workloadImport";

    /** The generator types and what they are for, in the order offered. */
    static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("poisson", "Steady (Poisson)");
        TYPES.put("profile", "Daily and weekly cycles (profile)");
        TYPES.put("mmpp", "Bursts and lulls (MMPP)");
        TYPES.put("scheduled", "Scheduled jobs (cron-like)");
        TYPES.put("trace", "Imported trace");
    }

    private final WorkbenchContext context;
    private final VBox root = new VBox(8);
    private final ComboBox<String> function = new ComboBox<>();
    private final ComboBox<String> type = new ComboBox<>();
    private final GridPane form = new GridPane();
    private final List<FieldRow> rows = new ArrayList<>();
    private final XYSeries series = new XYSeries("arrivals per second");
    private final Label summary = new Label();
    private String formKey = "";
    private boolean updating;

    public WorkloadEditor(WorkbenchContext context) {
        this.context = Objects.requireNonNull(context, "context");
        function.setId(FUNCTION_ID);
        type.setId(TYPE_ID);
        type.getItems().setAll(TYPES.values());
        function.setMaxWidth(Double.MAX_VALUE);
        type.setMaxWidth(Double.MAX_VALUE);
        function.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                refresh(true);
            }
        });
        type.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null) {
                changeType(now);
            }
        });
        form.setHgap(6);
        form.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields, new ColumnConstraints());

        Button importButton = new Button("Import traffic…");
        importButton.setId(IMPORT_ID);
        importButton.setOnAction(e -> ImportWizard.show(context, null));
        summary.setId(SUMMARY_ID);
        summary.getStyleClass().add(Styles.NOTE);
        summary.setWrapText(true);

        ChartViewer preview = Charts.viewer(previewChart());
        preview.setId(PREVIEW_ID);
        preview.setMinHeight(190);
        preview.setPrefHeight(210);

        GridPane top = new GridPane();
        top.setHgap(6);
        top.setVgap(4);
        top.getColumnConstraints().addAll(labels, fields);
        top.add(new Label("Function"), 0, 0);
        top.add(function, 1, 0);
        top.add(new Label("Traffic"), 0, 1);
        top.add(type, 1, 1);
        HBox buttons = new HBox(6, importButton);
        root.getChildren().addAll(top, form, buttons, sectionTitle("Arrival rate preview"), preview, summary);
        root.setPadding(new Insets(10));

        context.document().addListener((o, was, now) -> {
            watch(now);
            refresh(true);
        });
        watch(context.currentDocument());
        refresh(true);
    }

    public Node node() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.PLAIN_SCROLL);
        return scroll;
    }

    /** The function being edited. */
    public String selectedFunction() {
        return function.getValue();
    }

    private void watch(ScenarioDocument d) {
        d.revisionProperty().addListener((o, was, now) -> {
            if (context.currentDocument() == d) {
                refresh(false);
            }
        });
    }

    /** Brings the choosers, the form, the values and the preview up to date with the document. */
    private void refresh(boolean functionsChanged) {
        ScenarioDocument d = context.currentDocument();
        Scenario s = d.scenario();
        updating = true;
        try {
            List<String> names = s.spec().functions().stream().map(f -> f.name()).toList();
            if (functionsChanged || !function.getItems().equals(names)) {
                String keep = function.getValue();
                function.getItems().setAll(names);
                function.setValue(keep != null && names.contains(keep) ? keep : names.get(0));
            }
            String t = JsonPaths.text(d.tree(), base() + ".arrivals.type");
            type.setValue(TYPES.getOrDefault(t, t));
            String key = function.getValue() + "/" + t;
            if (!key.equals(formKey)) {
                buildForm(t);
                formKey = key;
            }
        } finally {
            updating = false;
        }
        rows.forEach(FieldRow::refresh);
        updatePreview(s);
    }

    /** {@code functions[i]} of the selected function. */
    String base() {
        Scenario s = context.currentDocument().scenario();
        int i = 0;
        for (var f : s.spec().functions()) {
            if (f.name().equals(function.getValue())) {
                return "functions[" + i + "]";
            }
            i++;
        }
        return "functions[0]";
    }

    private void buildForm(String t) {
        form.getChildren().clear();
        rows.clear();
        int r = 0;
        String a = ".arrivals.";
        switch (t) {
            case "poisson" -> r = row(r, "Rate", a + "rate_per_second", true, "req/s", "Requests a second, on average.");
            case "profile" -> {
                r = row(r, "Base rate", a + "base_rate_per_second", true, "req/s",
                        "The weekly average before growth and spikes.");
                r = row(r, "Peak hour", a + "daily.peak_hour", true, "h", "Local time of the daily peak, 0 to 24.");
                r = row(r, "Peak / trough", a + "daily.peak_to_trough", true, "×",
                        "The peak rate over the trough rate, 1 (flat) to 1,000.");
                r = row(r, "Growth", a + "growth.per_month", true, "/month",
                        "0.2 is +20 % a month (compound); empty for none.");
            }
            case "mmpp" -> {
                r = row(r, "Burst rate", a + "on_rate_per_second", true, "req/s", "The rate during a burst.");
                r = row(r, "Lull rate", a + "off_rate_per_second", true, "req/s", "The rate between bursts.");
                r = row(r, "Mean burst", a + "mean_on", false, "span", "Mean length of a burst: 90s, 2min.");
                r = row(r, "Mean lull", a + "mean_off", false, "span", "Mean length of a lull: 15min.");
            }
            case "scheduled" -> {
                r = row(r, "Every", a + "every", false, "span", "The period: 5min, 1h.");
                r = row(r, "Batch", a + "batch", true, "invocations", "Invocations per firing (fan-out).");
                r = row(r, "Spread", a + "spread", false, "span", "The batch is spread over this span.");
                r = row(r, "Jitter", a + "jitter", false, "span", "Random delay of each firing.");
            }
            case "trace" -> {
                r = row(r, "Trace file", a + "file", false, "", "Relative to the project file.");
                r = row(r, "Trace function", a + "function", false, "", "Which function of the trace to replay.");
            }
            default -> {
                Label l = new Label("This generator is edited in the scenario file.");
                form.add(l, 0, r++, 3, 1);
            }
        }
        r = row(r, "Duration", ".duration", false, "dist.",
                "How long an invocation runs: const:120ms, exp:80ms, lognormal:median=60ms,p99=600ms "
                        + "(docs/distributions.md).");
        r = row(r, "INIT", ".init", false, "dist.", "Cold-start duration; empty for the runtime's measured default.");
        r = scenarioRow(r, "Horizon", "horizon", false, "span", "Simulated time: 6h, 1d, 7d.");
        scenarioRow(r, "Seed", "seed", true, "", "The master seed of every random stream.");
    }

    private int row(int r, String name, String relative, boolean number, String unit, String hint) {
        FieldRow row = new FieldRow(context::currentDocument, name, () -> base() + relative, number);
        rows.add(row);
        return row.addTo(form, r, unit, hint);
    }

    private int scenarioRow(int r, String name, String path, boolean number, String unit, String hint) {
        FieldRow row = new FieldRow(context::currentDocument, name, () -> path, number);
        rows.add(row);
        return row.addTo(form, r, unit, hint);
    }

    /** Replaces the function's arrivals by a generator of another type at about the same mean rate. */
    private void changeType(String label) {
        String t = TYPES.entrySet().stream().filter(e -> e.getValue().equals(label)).map(Map.Entry::getKey)
                .findFirst().orElse(label);
        ScenarioDocument d = context.currentDocument();
        String current = JsonPaths.text(d.tree(), base() + ".arrivals.type");
        if (t.equals(current)) {
            return;
        }
        if (t.equals("trace")) {
            updating = true;
            type.setValue(TYPES.getOrDefault(current, current));
            updating = false;
            ImportWizard.show(context, null);
            return;
        }
        double rate = meanRate();
        Optional<String> refused = d.edit("Change traffic to " + label.toLowerCase(Locale.ROOT), tree -> {
            ObjectNode fn = (ObjectNode) JsonPaths.get(tree, base());
            fn.set("arrivals", defaultArrivals(tree, t, rate));
        });
        refused.ifPresent(m -> summary.setText(m));
    }

    private double meanRate() {
        Scenario s = context.currentDocument().scenario();
        double r = s.spec().functions().stream().filter(f -> f.name().equals(function.getValue())).findFirst()
                .map(f -> f.workload().meanRatePerSecond()).orElse(Double.NaN);
        return Double.isFinite(r) && r > 0 ? r : 1;
    }

    static ObjectNode defaultArrivals(ObjectNode tree, String type, double rate) {
        ObjectNode a = tree.objectNode();
        a.put("type", type);
        double r = Math.max(0.001, Math.round(rate * 1000) / 1000.0);
        switch (type) {
            case "poisson" -> a.put("rate_per_second", r);
            case "profile" -> {
                a.put("base_rate_per_second", r);
                ObjectNode daily = a.putObject("daily");
                daily.put("peak_hour", 14);
                daily.put("peak_to_trough", 4);
            }
            case "mmpp" -> {
                a.put("on_rate_per_second", Math.round(r * 5 * 1000) / 1000.0);
                a.put("off_rate_per_second", Math.round(r * 0.5 * 1000) / 1000.0);
                a.put("mean_on", "2min");
                a.put("mean_off", "18min");
            }
            case "scheduled" -> {
                a.put("every", "5min");
                a.put("batch", Math.max(1, Math.round(r * 300)));
                a.put("spread", "10s");
            }
            default -> throw new IllegalArgumentException("no default for " + type);
        }
        return a;
    }

    private void updatePreview(Scenario s) {
        String f = function.getValue();
        if (f == null) {
            return;
        }
        WorkloadPreview p;
        try {
            p = WorkloadPreview.of(s, f);
        } catch (RuntimeException e) {
            series.clear();
            summary.setText("No preview: " + e.getMessage());
            return;
        }
        series.setNotify(false);
        series.clear();
        for (int i = 0; i < p.ratePerSecond().length; i++) {
            series.add(i * p.binSeconds() / 3600.0, p.ratePerSecond()[i]);
        }
        series.setNotify(true);
        summary.setText(String.format(Locale.ROOT, "%,d arrivals in %s (mean %.2f a second, about %,.0f a month); "
                        + "drawn with the scenario's seed, in bins of %s.%s", p.arrivals(),
                hours(p.previewedSeconds()), p.meanRatePerSecond(), p.meanRatePerSecond() * 2_628_000,
                hours(p.binSeconds()), p.truncated(s) ? " The preview stops after "
                        + String.format(Locale.ROOT, "%,d", WorkloadPreview.MAX_ARRIVALS) + " arrivals." : ""));
    }

    private static String hours(double seconds) {
        return seconds >= 7200 ? String.format(Locale.ROOT, "%.1f h", seconds / 3600)
                : seconds >= 120 ? String.format(Locale.ROOT, "%.1f min", seconds / 60)
                : String.format(Locale.ROOT, "%.1f s", seconds);
    }

    private JFreeChart previewChart() {
        JFreeChart chart = ChartFactory.createXYStepChart(null, "Hours from start", "Requests a second",
                new XYSeriesCollection(series), PlotOrientation.VERTICAL, false, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.getRenderer().setDefaultToolTipGenerator(new StandardXYToolTipGenerator(
                "{1} h: {2} req/s", new java.text.DecimalFormat("0.00"), new java.text.DecimalFormat("0.00")));
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setDomainGridlinePaint(new java.awt.Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new java.awt.Color(0xDD, 0xDD, 0xDD));
        return chart;
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }
}
