package io.lambdasim.app.ui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The table of a bill's lines: Item, Quantity, Unit, Unit price (USD), Amount (USD); numbers right-aligned, each row's
 * tooltip saying which rule produced the line. Its height follows the number of lines, so that a short bill leaves no
 * empty grid.
 */
public final class BillLinesTable {

    /** The sum of the columns' minimum widths: below it the headers would be clipped. */
    public static final double MIN_WIDTH = 170 + 110 + 70 + 145 + 128 + 20;
    /** The id of the table in the scene. */
    public static final String ID = "billTable";

    private static final double ROW_HEIGHT = 30;
    private static final double HEADER_HEIGHT = 28;
    private static final int MIN_VISIBLE_ROWS = 2;
    private static final int MAX_VISIBLE_ROWS = 10;

    private BillLinesTable() {
    }

    /** A table showing {@code lines}, which it follows as they change. */
    public static TableView<BillLineRow> create(ObservableList<BillLineRow> lines) {
        TableView<BillLineRow> table = new TableView<>(lines);
        table.setId(ID);
        table.getStyleClass().add(Styles.BILL_TABLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPlaceholder(new Label("No bill lines"));
        table.getColumns().add(column("Item", BillLineRow::item, 240, 170, false));
        table.getColumns().add(column("Quantity", BillLineRow::quantity, 130, 110, true));
        table.getColumns().add(column("Unit", BillLineRow::unit, 76, 70, false));
        table.getColumns().add(column("Unit price (USD)", BillLineRow::unitPrice, 150, 145, true));
        table.getColumns().add(column("Amount (USD)", BillLineRow::amount, 130, 128, true));
        table.setRowFactory(t -> new RuleTooltipRow());
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> HEADER_HEIGHT + ROW_HEIGHT * Math.max(MIN_VISIBLE_ROWS, Math.min(MAX_VISIBLE_ROWS, lines.size()))
                        + 2,
                lines));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.setMaxHeight(HEADER_HEIGHT + ROW_HEIGHT * MAX_VISIBLE_ROWS + 2);
        return table;
    }

    private static TableColumn<BillLineRow, String> column(String title, Function<BillLineRow, String> text,
                                                           double prefWidth, double minWidth, boolean number) {
        TableColumn<BillLineRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> constant(text.apply(cell.getValue())));
        c.setPrefWidth(prefWidth);
        c.setMinWidth(minWidth);
        c.setSortable(false);
        c.setReorderable(false);
        if (number) {
            c.getStyleClass().add(Styles.NUMBER);
        }
        return c;
    }

    private static ObservableValue<String> constant(String value) {
        return new ReadOnlyStringWrapper(value).getReadOnlyProperty();
    }

    /** A row whose tooltip gives the rule behind its line. */
    static final class RuleTooltipRow extends TableRow<BillLineRow> {

        @Override
        protected void updateItem(BillLineRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setTooltip(null);
                return;
            }
            Tooltip tip = new Tooltip(row.item() + ": " + row.rule());
            tip.setWrapText(true);
            tip.setMaxWidth(460);
            tip.setShowDelay(Duration.millis(300));
            tip.setShowDuration(Duration.seconds(30));
            setTooltip(tip);
        }
    }
}
