package io.lambdasim.app.ui.editors;

import io.lambdasim.app.ui.Styles;
import io.lambdasim.app.ui.workbench.WorkbenchContext;
import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.Rejection;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Import traffic: choose CloudWatch exports, Lambda logs or public traces (or drop one on the window); the wizard
 * shows the detected format, the first rows, the rows it rejected with their line and reason, and what will be used;
 * "Use this traffic" points a function at the imported trace (one undoable edit), Cancel changes nothing.
 */
public final class ImportWizard {

    /** Ids tests look up. */
    public static final String FORMAT_ID = "importFormat";
    public static final String REJECTED_ID = "importRejected";
    public static final String SUMMARY_ID = "importSummary";

    private ImportWizard() {
    }

    /** Runs the wizard on {@code file}, or asks for files when it is null. */
    public static void show(WorkbenchContext context, Path file) {
        List<Path> files;
        if (file != null) {
            files = List.of(file);
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import traffic");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Exports, logs and traces", "*.json", "*.csv", "*.log", "*.txt",
                            "*.lstrace", "*.gz"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            List<File> chosen = chooser.showOpenMultipleDialog(context.owner().get());
            if (chosen == null || chosen.isEmpty()) {
                return;
            }
            files = chosen.stream().map(File::toPath).toList();
        }
        ImportWizardModel model = new ImportWizardModel(context.currentDocument());
        ImportWizardModel.Analysis analysis;
        try {
            analysis = model.analyse(files);
        } catch (RuntimeException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage() == null ? e.toString() : e.getMessage(),
                    ButtonType.OK);
            a.setHeaderText("Cannot import " + files.get(0).getFileName());
            a.initOwner(context.owner().get());
            a.getDialogPane().setMinWidth(560);
            a.showAndWait();
            return;
        }
        dialog(context, model, analysis).showAndWait();
    }

    static Dialog<ButtonType> dialog(WorkbenchContext context, ImportWizardModel model,
                                     ImportWizardModel.Analysis a) {
        ImportReport r = a.report();
        Label format = new Label("Format: " + a.format() + "   (" + a.files().size() + " file"
                + (a.files().size() == 1 ? "" : "s") + ": " + a.files().get(0).getFileName()
                + (a.files().size() > 1 ? ", …" : "") + ")");
        format.setId(FORMAT_ID);
        TextArea head = new TextArea(a.head());
        head.setEditable(false);
        head.setPrefRowCount(6);
        head.setStyle("-fx-font-family: monospace;");

        ListView<String> rejected = new ListView<>();
        rejected.setId(REJECTED_ID);
        rejected.setPrefHeight(120);
        for (Rejection x : r.rejections()) {
            rejected.getItems().add("line " + x.line() + " (" + x.field() + "): " + x.reason());
        }
        if (r.rejectedCount() > r.rejections().size()) {
            rejected.getItems().add("… and " + (r.rejectedCount() - r.rejections().size()) + " more");
        }
        rejected.setPlaceholder(new Label("No row was rejected."));

        Label summary = new Label(String.format(Locale.ROOT, "%,d rows used, %,d rejected, %,d duplicates, %,d gaps; "
                        + "from %s to %s; %d function%s; %,d records in the trace (%s).", r.acceptedCount(),
                r.rejectedCount(), r.duplicates(), r.gaps(), instant(r.firstUs()), instant(r.lastUs()),
                r.functions().size(), r.functions().size() == 1 ? "" : "s", a.header().records(),
                a.header().kind().id()));
        summary.setId(SUMMARY_ID);
        summary.setWrapText(true);

        ComboBox<String> traceFunction = new ComboBox<>();
        traceFunction.getItems().setAll(a.traceFunctions());
        traceFunction.getSelectionModel().selectFirst();
        ComboBox<String> scenarioFunction = new ComboBox<>();
        scenarioFunction.getItems().setAll(context.currentDocument().scenario().spec().functions().stream()
                .map(f -> f.name()).toList());
        scenarioFunction.getSelectionModel().selectFirst();
        GridPane use = new GridPane();
        use.setHgap(8);
        use.setVgap(4);
        use.add(new Label("Replay the trace's"), 0, 0);
        use.add(traceFunction, 1, 0);
        use.add(new Label("as the scenario's"), 0, 1);
        use.add(scenarioFunction, 1, 1);
        Label where = new Label("The trace is kept as " + a.target());
        where.getStyleClass().add(Styles.NOTE);
        where.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add(Styles.ERROR);
        error.setWrapText(true);

        VBox content = new VBox(6, format, new Label("First lines:"), head,
                new Label("Rejected rows (line and reason):"), rejected, summary, use, where, error);
        content.setPadding(new Insets(6));
        content.setPrefWidth(640);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Import traffic");
        dialog.setHeaderText("What will be used from " + a.files().get(0).getFileName());
        dialog.initOwner(context.owner().get());
        ButtonType useIt = new ButtonType("Use This Traffic", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(useIt, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content);
        boolean empty = a.traceFunctions().isEmpty();
        Button ok = (Button) dialog.getDialogPane().lookupButton(useIt);
        ok.setDisable(empty);
        if (empty) {
            error.setText("No row could be used: nothing to import.");
        }
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            Optional<String> refused = model.finish(a, traceFunction.getValue(), scenarioFunction.getValue());
            if (refused.isPresent()) {
                error.setText(refused.get());
                e.consume();
            }
        });
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != useIt) {
                model.cancel(a);
            }
        });
        return dialog;
    }

    private static String instant(long us) {
        if (us == Long.MAX_VALUE || us == Long.MIN_VALUE) {
            return "-";
        }
        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000L).toString();
    }
}
