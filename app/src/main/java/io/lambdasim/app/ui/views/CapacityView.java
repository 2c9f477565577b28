package io.lambdasim.app.ui.views;

import io.lambdasim.app.ui.Styles;
import io.lambdasim.app.ui.charts.Charts;
import io.lambdasim.app.ui.workbench.WorkbenchContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;

/**
 * The Capacity view: for the design picked in a list, its first run over time in panels sharing the time axis (see
 * {@link CapacityViewModel}); CSV export of the time series.
 */
public final class CapacityView {

    /** Ids tests look up. */
    public static final String CHART_ID = "capacityChart";
    public static final String DESIGN_ID = "capacityDesign";

    private static final Color[] LIMIT_COLOURS = {new Color(0xb3261e), new Color(0x8a5a00), new Color(0x1f7a3a)};

    private final CapacityViewModel model = new CapacityViewModel();
    private final BorderPane root = new BorderPane();
    private final ChartViewer viewer;

    public CapacityView(WorkbenchContext context) {
        Objects.requireNonNull(context, "context");
        viewer = Charts.viewer(chart(List.of()));
        viewer.setId(CHART_ID);
        viewer.getStyleClass().add(Styles.CHART);
        model.panelsProperty().addListener((o, was, now) -> viewer.setChart(chart(now)));

        ComboBox<String> design = new ComboBox<>(model.designs());
        design.setId(DESIGN_ID);
        design.valueProperty().bindBidirectional(model.selectedProperty());
        Button export = new Button("Export CSV…");
        export.setOnAction(e -> CsvSaver.saveSeries(context, model.results(), model.selectedProperty().get()));
        export.disableProperty().bind(model.selectedProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Design"), design, spacer, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 6, 0));
        root.setTop(bar);
        root.setCenter(viewer);
        root.setPadding(new Insets(8));
        context.results().addListener((o, was, now) -> model.show(now));
        model.show(context.results().getValue());
    }

    public Node node() {
        return root;
    }

    public CapacityViewModel model() {
        return model;
    }

    /** The chart showing the view model's current panels. */
    public JFreeChart chart() {
        return viewer.getChart();
    }

    private JFreeChart chart(List<CapacityViewModel.Panel> panels) {
        NumberAxis time = new NumberAxis(model.timeAxisProperty().get());
        time.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(8);
        DecimalFormat hours = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        DecimalFormat values = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        StandardXYToolTipGenerator tips = new StandardXYToolTipGenerator("{0} at hour {1}: {2}", hours, values);
        for (CapacityViewModel.Panel p : panels) {
            NumberAxis axis = new NumberAxis(p.axis());
            axis.setLabelFont(axis.getLabelFont().deriveFont(11f));
            XYItemRenderer renderer;
            if (p.kind() == CapacityViewModel.Kind.STACKED_AREA) {
                renderer = new StackedXYAreaRenderer2();
            } else {
                XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
                renderer = lines;
            }
            renderer.setDefaultToolTipGenerator(tips);
            XYPlot sub = new XYPlot(p.data(), null, axis, renderer);
            if (p.limits().getSeriesCount() > 0) {
                XYStepRenderer steps = new XYStepRenderer();
                for (int i = 0; i < p.limits().getSeriesCount(); i++) {
                    steps.setSeriesPaint(i, LIMIT_COLOURS[(i + 2) % LIMIT_COLOURS.length]);
                    steps.setSeriesStroke(i, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                            new float[] {6f, 4f}, 0f));
                }
                steps.setDefaultToolTipGenerator(tips);
                steps.setAutoPopulateSeriesPaint(false);
                sub.setDataset(1, p.limits());
                sub.setRenderer(1, steps);
                sub.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
            }
            p.levels().forEach((label, level) -> {
                ValueMarker m = new ValueMarker(level, LIMIT_COLOURS[0], new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
                m.setLabel(String.format(Locale.ROOT, "%s %,.0f", label, level));
                m.setLabelFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11));
                m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
                m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
                sub.addRangeMarker(m);
            });
            plot.add(sub, p.levels().isEmpty() ? 2 : 3);
        }
        JFreeChart chart = new JFreeChart(panels.isEmpty() ? "No results yet: run the scenario (F5)"
                : "Capacity over time: " + model.selectedProperty().get(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        return Charts.styled(chart, model.noteProperty().get());
    }
}
