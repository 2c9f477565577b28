package io.lambdasim.app.ui.views;

import io.lambdasim.app.ui.Styles;
import io.lambdasim.app.ui.charts.Charts;
import io.lambdasim.app.ui.workbench.WorkbenchContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * The Latency view: every design's latency distribution (CDF) overlaid, optionally warm against cold for Lambda
 * designs, on a linear or logarithmic latency axis, with the p50 and p99 levels and the objective's p99 limit marked;
 * CSV export of the distributions. The logic is in {@link LatencyViewModel}.
 */
public final class LatencyView {

    /** Ids tests look up. */
    public static final String CHART_ID = "latencyChart";
    public static final String MODE_ID = "latencyMode";
    public static final String LOG_ID = "latencyLog";

    private final LatencyViewModel model = new LatencyViewModel();
    private final BorderPane root = new BorderPane();
    private final JFreeChart chart;
    private ValueMarker objective;

    public LatencyView(WorkbenchContext context) {
        Objects.requireNonNull(context, "context");
        chart = ChartFactory.createXYLineChart("Latency distribution", "Latency (ms)", "Percentile",
                model.cdfProperty().get(), PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = (XYPlot) chart.getPlot();
        plot.getRenderer().setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: p{2} = {1} ms",
                new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)),
                new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        NumberAxis percent = (NumberAxis) plot.getRangeAxis();
        percent.setRange(0, 100.5);
        plot.addRangeMarker(level(50, "p50"));
        plot.addRangeMarker(level(99, "p99"));
        Charts.styled(chart, "");
        axis();
        ChartViewer viewer = Charts.viewer(chart);
        viewer.setId(CHART_ID);
        viewer.getStyleClass().add(Styles.CHART);
        model.cdfProperty().addListener((o, was, now) -> {
            plot.setDataset(now);
            axis();
        });
        Charts.setNote(chart, "First replication, after the warm-up; hover over a curve for its values.");
        Label summary = new Label();
        summary.getStyleClass().add(Styles.NOTE);
        summary.setWrapText(true);
        summary.textProperty().bind(model.noteProperty());
        model.objectiveP99MsProperty().addListener((o, was, now) -> objectiveMarker());
        model.logScaleProperty().addListener((o, was, now) -> axis());

        ComboBox<LatencyViewModel.Mode> mode = new ComboBox<>();
        mode.setId(MODE_ID);
        mode.getItems().setAll(LatencyViewModel.Mode.values());
        mode.valueProperty().bindBidirectional(model.modeProperty());
        CheckBox log = new CheckBox("Logarithmic latency axis");
        log.setId(LOG_ID);
        log.selectedProperty().bindBidirectional(model.logScaleProperty());
        Button export = new Button("Export CSV…");
        export.setOnAction(e -> {
            if (model.results() != null) {
                CsvSaver.save(context, CsvExport.fileName("latency-cdf"), () -> CsvExport.latencyCdf(
                        LatencyViewModel.distributions(model.results(), model.modeProperty().get())));
            }
        });
        export.disableProperty().bind(model.cdfProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, mode, log, spacer, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 6, 0));
        root.setTop(bar);
        root.setCenter(viewer);
        root.setBottom(summary);
        root.setPadding(new Insets(8));
        context.results().addListener((o, was, now) -> model.show(now));
        model.show(context.results().getValue());
        objectiveMarker();
    }

    public Node node() {
        return root;
    }

    public LatencyViewModel model() {
        return model;
    }

    public JFreeChart chart() {
        return chart;
    }

    private void axis() {
        XYPlot plot = (XYPlot) chart.getPlot();
        ValueAxis axis;
        if (model.logScaleProperty().get()) {
            LogAxis log = new LogAxis("Latency (ms, logarithmic)");
            log.setSmallestValue(0.01);
            log.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
            log.setMinorTickCount(9);
            log.setMinorTickMarksVisible(true);
            log.setNumberFormatOverride(new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
            axis = log;
        } else {
            NumberAxis linear = new NumberAxis("Latency (ms)");
            linear.setAutoRangeIncludesZero(true);
            axis = linear;
        }
        plot.setDomainAxis(axis);
    }

    private void objectiveMarker() {
        XYPlot plot = (XYPlot) chart.getPlot();
        if (objective != null) {
            plot.removeDomainMarker(objective);
            objective = null;
        }
        double ms = model.objectiveP99MsProperty().get();
        if (!Double.isNaN(ms)) {
            objective = new ValueMarker(ms, new Color(0xb3261e), new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            objective.setLabel(String.format(Locale.ROOT, "objective p99 %,.0f ms", ms));
            objective.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            objective.setLabelPaint(new Color(0xb3261e));
            objective.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            objective.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            objective.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            plot.addDomainMarker(objective);
        }
    }

    private static ValueMarker level(double percentile, String label) {
        ValueMarker m = new ValueMarker(percentile, new Color(0x4a5563), new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
        m.setLabel(label);
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        m.setLabelAnchor(RectangleAnchor.LEFT);
        m.setLabelTextAnchor(percentile > 90 ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        return m;
    }
}
