package io.lambdasim.app.ui.workbench;

import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.app.ui.run.RunResults;
import io.lambdasim.app.ui.run.RunViewModel;
import io.lambdasim.app.ui.run.TaskRunner;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;

/**
 * What every view and editor of the workbench works with: the document being edited (replaced when another project
 * is opened), the runs of it and their results, a runner for their own long work, and the window that owns dialogs.
 *
 * @param document the scenario document; changes when a project is opened or created
 * @param run      runs the designs and holds the last complete results
 * @param tasks    for a view's own background work (a break-even sweep, recommendations)
 * @param owner    the window for dialogs and file choosers (null in tests without a stage)
 */
public record WorkbenchContext(ObservableValue<ScenarioDocument> document, RunViewModel run, TaskRunner tasks,
                               Supplier<Window> owner) {

    public WorkbenchContext {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(owner, "owner");
    }

    /** The last complete results (null before the first run). */
    public ObservableValue<RunResults> results() {
        return run.resultsProperty();
    }

    public ScenarioDocument currentDocument() {
        return document.getValue();
    }
}
