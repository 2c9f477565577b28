package io.lambdasim.app.ui.views;

import io.lambdasim.app.ui.Styles;
import io.lambdasim.app.ui.charts.Charts;
import io.lambdasim.app.ui.workbench.WorkbenchContext;
import io.lambdasim.model.compare.CostLine;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;

/**
 * The Cost view: every design's bill as stacked bars (a segment per bill line), the cumulative cost over the
 * simulated horizon, and the selected design's bill lines with their total; CSV export of the table, the comparison
 * and the time series. The logic is in {@link CostViewModel}.
 */
public final class CostView {

    /** Ids tests look up. */
    public static final String BARS_ID = "costBars";
    public static final String CUMULATIVE_ID = "costCumulative";
    public static final String LINES_ID = "costLines";
    public static final String TOTAL_ID = "costTotal";
    public static final String DESIGN_ID = "costDesign";

    private final CostViewModel model = new CostViewModel();
    private final BorderPane root = new BorderPane();

    public CostView(WorkbenchContext context) {
        Objects.requireNonNull(context, "context");
        JFreeChart bars = barChart();
        JFreeChart cumulative = cumulativeChart();
        ChartViewer barsViewer = Charts.viewer(bars);
        barsViewer.setId(BARS_ID);
        ChartViewer cumulativeViewer = Charts.viewer(cumulative);
        cumulativeViewer.setId(CUMULATIVE_ID);
        model.barsProperty().addListener((o, was, now) -> ((CategoryPlot) bars.getPlot()).setDataset(now));
        model.barsNoteProperty().addListener((o, was, now) -> Charts.setNote(bars, now));
        model.cumulativeProperty().addListener((o, was, now) -> ((XYPlot) cumulative.getPlot()).setDataset(now));
        model.cumulativeNoteProperty().addListener((o, was, now) -> Charts.setNote(cumulative, now));

        SplitPane charts = new SplitPane(barsViewer, cumulativeViewer);
        charts.setOrientation(Orientation.HORIZONTAL);
        charts.setDividerPositions(0.5);
        charts.getStyleClass().add(Styles.CHART);

        SplitPane body = new SplitPane(charts, table(context));
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.6);
        root.setCenter(body);
        root.setPadding(new Insets(8));
        context.results().addListener((o, was, now) -> model.show(now));
        model.show(context.results().getValue());
    }

    public Node node() {
        return root;
    }

    /** The view model (for tests and the lead's wiring). */
    public CostViewModel model() {
        return model;
    }

    private JFreeChart barChart() {
        JFreeChart chart = ChartFactory.createStackedBarChart("Bill per design", null, "USD",
                model.barsProperty().get(), PlotOrientation.HORIZONTAL, true, true, false);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
        r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {0} ${2}", dollars()));
        r.setShadowVisible(false);
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        r.setMaximumBarWidth(0.25);
        plot.getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createStandardTickUnits());
        return Charts.styled(chart, "");
    }

    private JFreeChart cumulativeChart() {
        JFreeChart chart = ChartFactory.createXYLineChart("Cumulative cost over the run", "Hours from start", "USD",
                model.cumulativeProperty().get(), PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = (XYPlot) chart.getPlot();
        plot.getRenderer().setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: ${2} by hour {1}",
                new DecimalFormat("0.##"), dollars()));
        return Charts.styled(chart, "");
    }

    private Node table(WorkbenchContext context) {
        ComboBox<String> design = new ComboBox<>(model.designs());
        design.setId(DESIGN_ID);
        design.valueProperty().bindBidirectional(model.selectedProperty());
        ComboBox<CostViewModel.Period> period = new ComboBox<>();
        period.getItems().setAll(CostViewModel.Period.values());
        period.valueProperty().bindBidirectional(model.periodProperty());
        Label total = new Label();
        total.setId(TOTAL_ID);
        total.getStyleClass().add(Styles.TOTAL_AMOUNT);
        total.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.totalProperty().get() == null ? "" : "Total " + CostViewModel.usd(model.totalProperty()
                        .get()), model.totalProperty()));
        MenuItem lines = new MenuItem("Bill lines of the selected design…");
        lines.setOnAction(e -> CsvSaver.save(context, CsvExport.fileName("bill", String.valueOf(model
                .selectedProperty().get()), model.periodProperty().get().name().toLowerCase(Locale.ROOT)),
                () -> CsvExport.billLines(model.lines())));
        MenuItem comparison = new MenuItem("Comparison table…");
        comparison.setOnAction(e -> {
            if (model.results() != null) {
                CsvSaver.save(context, CsvExport.fileName("comparison"),
                        () -> CsvExport.comparison(model.results().comparison()));
            }
        });
        MenuItem series = new MenuItem("Time series of the selected design…");
        series.setOnAction(e -> CsvSaver.saveSeries(context, model.results(), model.selectedProperty().get()));
        MenuButton export = new MenuButton("Export CSV", null, lines, comparison, series);
        export.disableProperty().bind(model.totalProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label designLabel = new Label("Bill lines of");
        HBox bar = new HBox(8, designLabel, design, period, spacer, total, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 0, 6, 0));

        TableView<CostLine> table = new TableView<>(model.lines());
        table.setId(LINES_ID);
        table.getStyleClass().add(Styles.BILL_TABLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Item", CostLine::item, 260, false));
        table.getColumns().add(column("Quantity", l -> quantity().format(l.quantity()), 150, true));
        table.getColumns().add(column("Unit", CostLine::unit, 130, false));
        table.getColumns().add(column("USD", l -> CostViewModel.usd(l.usd()), 100, true));
        table.setPlaceholder(new Label("Run the scenario (F5) to see its bills."));
        VBox box = new VBox(bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static TableColumn<CostLine, String> column(String title, Function<CostLine, String> f, double width,
                                                        boolean number) {
        TableColumn<CostLine, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
            }
        });
        if (number) {
            c.getStyleClass().add(Styles.NUMBER);
        }
        c.setPrefWidth(width);
        return c;
    }

    static NumberFormat dollars() {
        return new DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    private static NumberFormat quantity() {
        return new DecimalFormat("#,##0.######", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
