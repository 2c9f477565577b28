package io.lambdasim.app.ui.editors;

import io.lambdasim.app.ui.workbench.WorkbenchContext;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The workload editor (to be built: a placeholder that says so). */
public final class WorkloadEditor {

    private final StackPane root = new StackPane(new Label("The workload editor is not built yet."));

    public WorkloadEditor(WorkbenchContext context) {
        Objects.requireNonNull(context, "context");
    }

    public Node node() {
        return root;
    }
}
