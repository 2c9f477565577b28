package io.lambdasim.app.ui.editors;

import io.lambdasim.app.ui.workbench.WorkbenchContext;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The designs editor (to be built: a placeholder that says so). */
public final class DesignsEditor {

    private final StackPane root = new StackPane(new Label("The designs editor is not built yet."));

    public DesignsEditor(WorkbenchContext context) {
        Objects.requireNonNull(context, "context");
    }

    public Node node() {
        return root;
    }
}
