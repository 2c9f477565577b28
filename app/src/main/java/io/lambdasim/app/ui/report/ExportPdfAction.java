package io.lambdasim.app.ui.report;

import io.lambdasim.app.report.Paper;
import io.lambdasim.app.ui.run.TaskRunner;
import io.lambdasim.app.ui.workbench.WorkbenchContext;
import io.lambdasim.model.scenario.Scenario;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Export PDF (Ctrl+P): asks where to write the report and on which paper (the file chooser's type: A4 or
 * Letter), builds it in the background behind a progress dialog with a Cancel button, writes it atomically, and shows
 * any error in a dialog. The work itself is {@link ReportExport}.
 */
public final class ExportPdfAction {

    static final FileChooser.ExtensionFilter A4 = new FileChooser.ExtensionFilter("PDF report, A4 (*.pdf)", "*.pdf");
    static final FileChooser.ExtensionFilter LETTER = new FileChooser.ExtensionFilter("PDF report, US Letter (*.pdf)",
            "*.pdf");

    private final WorkbenchContext context;

    private ExportPdfAction(WorkbenchContext context) {
        this.context = context;
    }

    /** The menu item, with its accelerator, exporting the context's current scenario. */
    public static MenuItem menuItem(WorkbenchContext context) {
        MenuItem item = new MenuItem("Export _PDF…");
        item.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        ExportPdfAction action = new ExportPdfAction(context);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The paper a file chooser's selected type stands for (A4 unless Letter was chosen). */
    static Paper paper(FileChooser.ExtensionFilter selected) {
        return selected == LETTER ? Paper.LETTER : Paper.A4;
    }

    private void run() {
        Scenario scenario = context.currentDocument().scenario();
        Window owner = context.owner().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export PDF report");
        chooser.getExtensionFilters().addAll(A4, LETTER);
        chooser.setSelectedExtensionFilter(A4);
        chooser.setInitialFileName(ReportExport.suggestedName(scenario));
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return;
        }
        Path target = ReportExport.withPdfExtension(chosen.toPath());
        Paper paper = paper(chooser.getSelectedExtensionFilter());
        start(scenario, target, paper, owner);
    }

    private void start(Scenario scenario, Path target, Paper paper, Window owner) {
        ProgressBar bar = new ProgressBar(0);
        bar.setPrefWidth(380);
        Label step = new Label("starting");
        Label what = new Label("Writing the report of \"" + scenario.name() + "\" to " + target.getFileName());
        what.setWrapText(true);
        VBox box = new VBox(8, what, bar, step);
        box.setPadding(new Insets(12));
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Export PDF");
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TaskRunner.Work<Path> work = ReportExport.work(scenario, target, paper, LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), s -> Platform.runLater(() -> step.setText(s)));
        TaskRunner.Handle handle = context.tasks().run(work, bar::setProgress, path -> {
            dialog.close();
            info(owner, "Report written to " + path + ".");
        }, failure -> {
            dialog.close();
            error(owner, "The report could not be written: " + (failure.getMessage() != null
                    ? failure.getMessage() : failure.toString()) + (java.nio.file.Files.exists(target)
                    ? " The existing file " + target.getFileName() + " was left as it was." : ""));
        }, dialog::close);
        dialog.setOnCloseRequest(e -> handle.cancel());
        dialog.show();
    }

    private static void info(Window owner, String message) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        a.setHeaderText("Export PDF");
        if (owner != null) {
            a.initOwner(owner);
        }
        a.show();
    }

    private static void error(Window owner, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.setHeaderText("Export PDF");
        if (owner != null) {
            a.initOwner(owner);
        }
        a.getDialogPane().setMinWidth(520);
        a.show();
    }
}
