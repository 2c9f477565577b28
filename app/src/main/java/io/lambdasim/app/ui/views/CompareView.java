package io.lambdasim.app.ui.views;

import io.lambdasim.app.ui.run.RunResults;
import io.lambdasim.app.ui.workbench.WorkbenchContext;
import io.lambdasim.model.compare.Comparison;
import io.lambdasim.model.compare.DesignResult;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The comparison table: every design's monthly cost, cost per million requests, cold starts, dropped requests,
 * latency and utilisation, sortable by any column, with the cheapest design that meets the objective highlighted and
 * each other design's reason in its tooltip.
 */
public final class CompareView {

    /** Ids and style classes tests and the stylesheet use. */
    public static final String TABLE_ID = "compareTable";
    public static final String WINNER_ID = "compareWinner";
    public static final String WINNER_ROW = "ls-winner-row";
    public static final String MISSES_ROW = "ls-misses-row";

    private final BorderPane root = new BorderPane();
    private final ObservableList<DesignResult> rows = FXCollections.observableArrayList();
    private final Label winner = new Label();
    private final Label objective = new Label();
    private String cheapest = "";

    public CompareView(WorkbenchContext context) {
        Objects.requireNonNull(context, "context");
        TableView<DesignResult> table = new TableView<>(rows);
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(text("Design", DesignResult::name, 170));
        table.getColumns().add(text("Type", DesignResult::type, 60));
        table.getColumns().add(money("USD / month", DesignResult::monthlyCostUsd));
        table.getColumns().add(number("USD / 1M req", r -> r.costPerMillionRequests(), "%.4f"));
        table.getColumns().add(number("Cold starts %", r -> r.coldStartProbability() * 100, "%.3f"));
        table.getColumns().add(number("Dropped %", r -> r.failedShare() * 100, "%.3f"));
        table.getColumns().add(number("p50 ms", DesignResult::p50LatencyMs, "%.1f"));
        table.getColumns().add(number("p99 ms", DesignResult::p99LatencyMs, "%.1f"));
        table.getColumns().add(number("Utilisation %", r -> r.utilisation() * 100, "%.0f"));
        table.getColumns().add(text("Meets objective", r -> (r.meetsObjective() ? "yes: " : "no: ") + r.reason(), 260));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DesignResult item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(WINNER_ROW, MISSES_ROW);
                setTooltip(null);
                if (!empty && item != null) {
                    if (item.name().equals(cheapest)) {
                        getStyleClass().add(WINNER_ROW);
                    } else if (!item.meetsObjective()) {
                        getStyleClass().add(MISSES_ROW);
                    }
                    setTooltip(new Tooltip(item.description() + "\n" + item.reason()
                            + (item.warnings().isEmpty() ? "" : "\n" + String.join("\n", item.warnings()))));
                }
            }
        });
        table.setPlaceholder(new Label("Run the scenario (F5) to compare its designs."));
        winner.setId(WINNER_ID);
        winner.getStyleClass().add("ls-section-title");
        objective.getStyleClass().add("ls-note");
        objective.setWrapText(true);
        VBox top = new VBox(4, winner, objective);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
        root.setCenter(table);
        root.setPadding(new Insets(12));
        context.results().addListener((o, was, now) -> show(now));
        show(context.results().getValue());
    }

    public Node node() {
        return root;
    }

    private void show(RunResults results) {
        if (results == null) {
            rows.clear();
            winner.setText("No results yet");
            objective.setText("");
            return;
        }
        Comparison c = results.comparison();
        cheapest = c.cheapestMeetingObjective().orElse("");
        rows.setAll(c.designs());
        winner.setText(c.cheapestMeetingObjective().map(n -> "Cheapest design that meets the objective: " + n)
                .orElse("No design meets the objective"));
        objective.setText("Objective: " + describe(c.objective()) + ". Monthly costs are the simulated "
                + "horizon's bills extrapolated to 730 hours; hover over a row for its configuration and verdict.");
    }

    private static String describe(io.lambdasim.model.scenario.Objective o) {
        String p99 = o.p99LatencyUs().isPresent()
                ? "p99 latency at most " + io.lambdasim.workload.time.TimeSpans.format(o.p99LatencyUs().getAsLong())
                + ", " : "";
        return p99 + String.format(Locale.ROOT, "at most %.3f %% of requests throttled or unserved",
                o.maxFailedShare() * 100);
    }

    private static TableColumn<DesignResult, String> text(String title, Function<DesignResult, String> f,
                                                          double width) {
        TableColumn<DesignResult, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<DesignResult, BigDecimal> money(String title, Function<DesignResult, BigDecimal> f) {
        TableColumn<DesignResult, BigDecimal> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : String.format(Locale.ROOT, "$%,.2f", v));
            }
        });
        c.getStyleClass().add("ls-number");
        c.setPrefWidth(100);
        return c;
    }

    private static TableColumn<DesignResult, Double> number(String title, Function<DesignResult, Double> f,
                                                           String format) {
        TableColumn<DesignResult, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Double.isNaN(v) ? "–" : String.format(Locale.ROOT, format, v));
            }
        });
        c.setComparator((a, b) -> Double.compare(a == null || a.isNaN() ? Double.MAX_VALUE : a,
                b == null || b.isNaN() ? Double.MAX_VALUE : b));
        c.getStyleClass().add("ls-number");
        c.setPrefWidth(95);
        return c;
    }
}
