package io.lambdasim.app.ui.views;

import io.lambdasim.app.ui.Styles;
import io.lambdasim.app.ui.charts.Charts;
import io.lambdasim.app.ui.workbench.WorkbenchContext;
import io.lambdasim.model.breakeven.ScenarioBreakEvenResult;
import java.math.BigDecimal;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Break-even view: each design's monthly cost against the traffic, the crossings labelled, a slider that moves a
 * cursor along the curves (costs read off them at once), the sweep's settings, and Lambda's closed-form break-evens.
 * The logic is in {@link BreakEvenViewModel}.
 */
public final class BreakEvenView {

    /** Ids tests look up. */
    public static final String COMPUTE_ID = "breakEvenCompute";
    public static final String CHART_ID = "breakEvenChart";
    public static final String CANCEL_ID = "breakEvenCancel";
    public static final String FROM_ID = "breakEvenFrom";
    public static final String TO_ID = "breakEvenTo";
    public static final String POINTS_ID = "breakEvenPoints";
    public static final String STATUS_ID = "breakEvenStatus";
    public static final String CROSSINGS_ID = "breakEvenCrossings";
    public static final String SLIDER_ID = "breakEvenSlider";
    public static final String CURSOR_TABLE_ID = "breakEvenCursorTable";
    public static final String OUT_OF_DATE_ID = "breakEvenOutOfDate";

    private final BreakEvenViewModel model;
    private final BorderPane root = new BorderPane();
    private final StackPane chartPane = new StackPane();
    private final Label crossings = new Label();
    private final Label closedForms = new Label();
    private BreakEvenChart chart;

    public BreakEvenView(WorkbenchContext context) {
        this(new BreakEvenViewModel(Objects.requireNonNull(context, "context").document(), context.tasks(),
                Runtime.getRuntime().availableProcessors()));
    }

    BreakEvenView(BreakEvenViewModel model) {
        this.model = model;
        root.setPadding(new Insets(8, 12, 8, 12));
        root.setTop(settings());
        chartPane.getStyleClass().add(Styles.CHART);
        chartPane.setMinHeight(200);
        root.setCenter(chartPane);
        root.setBottom(bottom());
        model.resultProperty().addListener((o, was, now) -> show(now));
        model.cursorVolumeProperty().addListener((o, was, now) -> {
            if (chart != null) {
                chart.moveCursor(now.longValue());
            }
        });
        show(model.result());
    }

    public Node node() {
        return root;
    }

    public BreakEvenViewModel model() {
        return model;
    }

    private Node settings() {
        TextField from = new TextField();
        from.setId(FROM_ID);
        from.setPrefColumnCount(4);
        from.textProperty().bindBidirectional(model.fromFactorProperty());
        TextField to = new TextField();
        to.setId(TO_ID);
        to.setPrefColumnCount(4);
        to.textProperty().bindBidirectional(model.toFactorProperty());
        Spinner<Integer> points = new Spinner<>(2, 101, model.pointsProperty().get());
        points.setId(POINTS_ID);
        points.setEditable(true);
        points.setPrefWidth(80);
        points.valueProperty().addListener((o, was, now) -> model.pointsProperty().set(now));
        Button compute = new Button("Compute");
        compute.setId(COMPUTE_ID);
        compute.setOnAction(e -> model.compute());
        Button cancel = new Button("Cancel");
        cancel.setId(CANCEL_ID);
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(120);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        HBox row = new HBox(6, new Label("Traffic from"), from, new Label("× to"), to,
                new Label("× today's, points"), points, compute, cancel, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId(STATUS_ID);
        status.getStyleClass().add(Styles.NOTE);
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        Label stale = new Label("Out of date: the scenario changed since this break-even was computed. "
                + "Press Compute to update it.");
        stale.setId(OUT_OF_DATE_ID);
        stale.getStyleClass().add(Styles.ERROR);
        stale.visibleProperty().bind(model.outOfDateProperty());
        stale.managedProperty().bind(model.outOfDateProperty());
        Label error = new Label();
        error.getStyleClass().add(Styles.ERROR);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(model.errorProperty().isNotEmpty());
        VBox top = new VBox(4, row, status, stale, error);
        top.setPadding(new Insets(0, 0, 6, 0));
        return top;
    }

    private Node bottom() {
        Slider slider = new Slider(0, 1, 0);
        slider.setId(SLIDER_ID);
        slider.valueProperty().bindBidirectional(model.cursorPositionProperty());
        slider.disableProperty().bind(model.resultProperty().isNull());
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label at = new Label();
        at.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.cursorVolumeProperty().get() == 0 ? ""
                        : BreakEvenFormat.volume(model.cursorVolumeProperty().get()), model.cursorVolumeProperty()));
        at.setMinWidth(230);
        HBox sliderRow = new HBox(8, new Label("Traffic"), slider, at);
        sliderRow.setAlignment(Pos.CENTER_LEFT);

        TableView<BreakEvenCursor.Row> table = new TableView<>(model.cursorRows());
        table.setId(CURSOR_TABLE_ID);
        table.setPrefHeight(112);
        table.setPrefWidth(330);
        table.setMinWidth(330);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BreakEvenCursor.Row, String> design = new TableColumn<>("Design");
        design.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().design()));
        design.setPrefWidth(150);
        TableColumn<BreakEvenCursor.Row, BigDecimal> usd = new TableColumn<>("USD / month");
        usd.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().usd()));
        usd.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : BreakEvenFormat.usd(v));
            }
        });
        usd.getStyleClass().add(Styles.NUMBER);
        usd.setPrefWidth(95);
        TableColumn<BreakEvenCursor.Row, String> meets = new TableColumn<>("Objective");
        meets.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().meetsObjective() ? "met" : "missed"));
        table.getColumns().add(design);
        table.getColumns().add(usd);
        table.getColumns().add(meets);
        table.setPlaceholder(new Label("Compute to read costs here."));

        crossings.setId(CROSSINGS_ID);
        crossings.setWrapText(true);
        closedForms.setWrapText(true);
        closedForms.getStyleClass().add(Styles.NOTE);
        VBox text = new VBox(4, crossings, closedForms);
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.PLAIN_SCROLL);
        scroll.setPrefHeight(112);
        scroll.setPrefWidth(300);
        scroll.setMinWidth(0);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        HBox lower = new HBox(10, table, scroll);
        VBox box = new VBox(6, sliderRow, lower);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    private void show(ScenarioBreakEvenResult r) {
        if (r == null) {
            chart = null;
            Label placeholder = new Label("No break-even yet: set the traffic range and press Compute.");
            placeholder.getStyleClass().add(Styles.NOTE);
            chartPane.getChildren().setAll(placeholder);
            crossings.setText("");
            closedForms.setText("");
            return;
        }
        chart = new BreakEvenChart(r);
        chart.moveCursor(model.cursorVolumeProperty().get() == 0 ? r.currentRequestsPerMonth()
                : model.cursorVolumeProperty().get());
        var viewer = Charts.viewer(chart.chart());
        viewer.setId(CHART_ID);
        chartPane.getChildren().setAll(viewer);
        crossings.setText(r.crossings().isEmpty()
                ? "No Lambda design crosses a fleet between " + BreakEvenFormat.volume(BreakEvenViewModel.range(r)[0])
                + " and " + BreakEvenFormat.volume(BreakEvenViewModel.range(r)[1]) + "."
                : "Crossings:\n" + String.join("\n", r.crossings().stream().map(BreakEvenFormat::crossingSentence)
                .toList()));
        closedForms.setText("Closed forms at the scenario's prices:\n" + String.join("\n",
                BreakEvenFormat.closedForms(r)));
    }

    /** The chart shown (null before a result): tests read its crossing labels. */
    BreakEvenChart chart() {
        return chart;
    }
}
