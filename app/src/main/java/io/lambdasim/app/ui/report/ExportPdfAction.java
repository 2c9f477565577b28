package io.lambdasim.app.ui.report;

import io.lambdasim.app.report.Paper;
import io.lambdasim.app.ui.run.TaskRunner;
import io.lambdasim.app.ui.workbench.WorkbenchContext;
import io.lambdasim.model.scenario.Scenario;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Export PDF (Ctrl+P): asks for the paper size and the file, builds the report of the current scenario in the
 * background with a progress dialog (progress bar, Cancel), writes it atomically, and shows any error in a dialog.
 * The work itself is {@link PdfExport}.
 */
public final class ExportPdfAction {

    /** The accelerator: Ctrl+P (Cmd+P on macOS). */
    public static final KeyCombination ACCELERATOR = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final WorkbenchContext context;

    private ExportPdfAction(WorkbenchContext context) {
        this.context = context;
    }

    /** The menu item, ready to add to the File menu. */
    public static MenuItem menuItem(WorkbenchContext context) {
        MenuItem item = new MenuItem("Export PDF…");
        item.setId("export-pdf");
        item.setAccelerator(ACCELERATOR);
        ExportPdfAction action = new ExportPdfAction(context);
        item.setOnAction(e -> action.export());
        return item;
    }

    private void export() {
        Scenario scenario;
        try {
            scenario = context.currentDocument().scenario();
        } catch (RuntimeException e) {
            error("The scenario cannot be exported: " + PdfExport.message(e));
            return;
        }
        Window owner = context.owner().get();
        ChoiceDialog<String> size = new ChoiceDialog<>("A4", List.of("A4", "Letter"));
        size.setTitle("Export PDF");
        size.setHeaderText("Paper size of the report");
        if (owner != null) {
            size.initOwner(owner);
        }
        Optional<String> paper = size.showAndWait();
        if (paper.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the report as PDF");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF documents", "*.pdf"));
        chooser.setInitialFileName(PdfExport.defaultFileName(scenario));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        start(scenario, PdfExport.withPdfExtension(file.toPath()), paper.get().equals("Letter") ? Paper.LETTER
                : Paper.A4, owner);
    }

    private void start(Scenario scenario, Path target, Paper paper, Window owner) {
        ProgressBar bar = new ProgressBar(0);
        bar.setPrefWidth(360);
        Label step = new Label("starting");
        Button cancel = new Button("Cancel");
        HBox buttons = new HBox(cancel);
        HBox.setHgrow(bar, Priority.ALWAYS);
        VBox box = new VBox(8, new Label("Building the report of " + scenario.name()), bar, step, buttons);
        box.setPadding(new Insets(14));
        Stage dialog = new Stage();
        dialog.setTitle("Export PDF");
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setScene(new Scene(box));
        dialog.setResizable(false);
        dialog.show();
        TaskRunner.Handle handle = context.tasks().run(PdfExport.work(scenario, target, paper, LocalDate.now(),
                        Runtime.getRuntime().availableProcessors(), true,
                        s -> Platform.runLater(() -> step.setText(s))),
                bar::setProgress,
                written -> dialog.close(),
                failure -> {
                    dialog.close();
                    error("The report could not be written to " + target + ": " + PdfExport.message(failure));
                },
                dialog::close);
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            step.setText("cancelling");
            handle.cancel();
        });
        dialog.setOnCloseRequest(e -> handle.cancel());
    }

    private void error(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle("Export PDF");
        alert.setHeaderText("The PDF report was not exported");
        Window owner = context.owner().get();
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
