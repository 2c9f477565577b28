package io.lambdasim.app.ui.views;

import io.lambdasim.app.ui.workbench.WorkbenchContext;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The Latency view of the workbench (to be built: a placeholder that says so). */
public final class LatencyView {

    private final StackPane root = new StackPane(new Label("The Latency view is not built yet."));

    public LatencyView(WorkbenchContext context) {
        Objects.requireNonNull(context, "context");
    }

    public Node node() {
        return root;
    }
}
