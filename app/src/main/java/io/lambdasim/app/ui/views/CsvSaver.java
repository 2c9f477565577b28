package io.lambdasim.app.ui.views;

import io.lambdasim.app.ui.workbench.WorkbenchContext;
import java.io.File;
import java.io.IOException;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;

/** Asks where to save a CSV file and writes it atomically ({@link CsvExport#write}); a failure gets a message. */
final class CsvSaver {

    private CsvSaver() {
    }

    /** Saves the time series of {@code design} of {@code results} (nothing if there is none). */
    static void saveSeries(WorkbenchContext context, io.lambdasim.app.ui.run.RunResults results, String design) {
        if (results == null || design == null) {
            return;
        }
        results.evaluation(design).ifPresent(e -> {
            long horizonUs = results.scenario().horizonUs();
            if (e.lambdaRun().isPresent()) {
                save(context, CsvExport.fileName("series", design), () -> CsvExport.lambdaBins(e.lambdaRun().get(),
                        horizonUs));
            } else if (e.fleetRun().isPresent()) {
                save(context, CsvExport.fileName("series", design), () -> CsvExport.fleetBins(e.fleetRun().get()));
            }
        });
    }

    static void save(WorkbenchContext context, String suggestedName, Supplier<String> csv) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export CSV");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File file = chooser.showSaveDialog(context.owner().get());
        if (file == null) {
            return;
        }
        try {
            CsvExport.write(file.toPath(), csv.get());
        } catch (IOException | RuntimeException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, "Cannot write " + file + ": " + e.getMessage(), ButtonType.OK);
            a.setHeaderText("Export CSV");
            a.initOwner(context.owner().get());
            a.show();
        }
    }
}
