package io.lambdasim.app.ui.editors;

import io.lambdasim.app.ui.Styles;
import io.lambdasim.app.ui.document.ScenarioDocument;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;

/**
 * One field of a form bound to a path of the scenario document: a label, a text field, its unit and, under it, the
 * reader's message when a value is refused. A value is applied when Enter is pressed or the field loses the focus;
 * a refused value stays in the field, marked, and the document is unchanged; Escape puts the document's value back.
 */
final class FieldRow {

    static final String INVALID = "ls-invalid";

    private final Supplier<ScenarioDocument> document;
    private final Supplier<String> path;
    private final boolean number;
    private final String name;
    private final TextField field = new TextField();
    private final Label error = new Label();

    /**
     * @param path   the document path, asked each time (the selected function or design may change)
     * @param number whether the value is a JSON number (else a string: spans, distributions, names)
     */
    FieldRow(Supplier<ScenarioDocument> document, String name, Supplier<String> path, boolean number) {
        this.document = document;
        this.path = path;
        this.number = number;
        this.name = name;
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                refresh();
            }
        });
        error.getStyleClass().add(Styles.ERROR);
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
    }

    /** Adds the row to {@code grid} at {@code row} (two grid rows: the field and its message). */
    int addTo(GridPane grid, int row, String unit, String hint) {
        Label label = new Label(name);
        Label units = new Label(unit == null ? "" : unit);
        units.getStyleClass().add(Styles.NOTE);
        if (hint != null) {
            Tooltip t = new Tooltip(hint);
            t.setWrapText(true);
            t.setMaxWidth(420);
            field.setTooltip(t);
            label.setTooltip(t);
        }
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        grid.add(units, 2, row);
        grid.add(error, 0, row + 1, 3, 1);
        return row + 2;
    }

    TextField field() {
        return field;
    }

    /**
     * Checks the value as it is typed: outside {@code min} to {@code max} the field is marked and says so (and a
     * commit is refused by the reader anyway); only characters of a number can be typed.
     */
    FieldRow range(double min, double max, String unit) {
        field.setTextFormatter(new javafx.scene.control.TextFormatter<String>(c ->
                c.getControlNewText().matches("[0-9.,_-]*") ? c : null));
        field.textProperty().addListener((o, was, now) -> {
            String t = now == null ? "" : now.replace(",", "").replace("_", "").strip();
            if (t.isEmpty()) {
                clearError();
                return;
            }
            try {
                double v = Double.parseDouble(t);
                if (v < min || v > max) {
                    showError(name + " must be " + plain(min) + " to " + plain(max) + (unit.isEmpty() ? "" : " " + unit));
                } else {
                    clearError();
                }
            } catch (NumberFormatException e) {
                showError(name + ": '" + now + "' is not a number");
            }
        });
        return this;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.format(java.util.Locale.ROOT, "%,d", (long) v) : String.valueOf(v);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        error.setManaged(true);
        if (!field.getStyleClass().contains(INVALID)) {
            field.getStyleClass().add(INVALID);
        }
    }

    /** Applies the field's text; the refusal's message, or empty. */
    Optional<String> commit() {
        ScenarioDocument d = document.get();
        String p = path.get();
        if (d == null || p == null) {
            return Optional.empty();
        }
        String current = JsonPaths.text(d.tree(), p);
        String text = field.getText() == null ? "" : field.getText().strip();
        if (text.equals(current)) {
            clearError();
            return Optional.empty();
        }
        Optional<String> refused;
        try {
            refused = d.edit("Change " + name.toLowerCase(java.util.Locale.ROOT),
                    t -> JsonPaths.set(t, p, text, number));
        } catch (IllegalArgumentException e) {
            refused = Optional.of(e.getMessage());
        }
        if (refused.isPresent()) {
            showError(refused.get());
        } else {
            clearError();
        }
        return refused;
    }

    /** Shows the document's value and forgets any refusal. */
    void refresh() {
        ScenarioDocument d = document.get();
        String p = path.get();
        field.setText(d == null || p == null ? "" : JsonPaths.text(d.tree(), p));
        clearError();
    }

    private void clearError() {
        error.setText("");
        error.setVisible(false);
        error.setManaged(false);
        field.getStyleClass().remove(INVALID);
    }
}
