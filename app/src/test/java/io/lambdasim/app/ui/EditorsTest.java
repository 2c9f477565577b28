package io.lambdasim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.app.ui.editors.DesignsEditor;
import io.lambdasim.app.ui.editors.WorkloadEditor;
import io.lambdasim.app.ui.run.DirectTaskRunner;
import io.lambdasim.app.ui.shell.LambdaSimApp;
import io.lambdasim.app.ui.shell.Workbench;
import java.math.BigDecimal;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editors in the headless workbench: typed values change the scenario, refused ones say why. */
@ExtendWith(ApplicationExtension.class)
class EditorsTest {

    @TempDir
    static Path configDirectory;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = LambdaSimApp.create(new DirectTaskRunner(), configDirectory);
        LambdaSimApp.show(stage, workbench);
    }

    private TextField fieldAfter(FxRobot robot, String label) {
        return robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l
                        && l.getText().equals(label) && l.isVisible())
                .<javafx.scene.control.Label>queryAll().stream().findFirst()
                .map(l -> {
                    var grid = (javafx.scene.layout.GridPane) l.getParent();
                    Integer row = javafx.scene.layout.GridPane.getRowIndex(l);
                    return (TextField) grid.getChildren().stream()
                            .filter(c -> c instanceof TextField && row.equals(javafx.scene.layout.GridPane.getRowIndex(c)))
                            .findFirst().orElseThrow();
                }).orElseThrow();
    }

    @Test
    void editingADesignsMemoryChangesItsBill(FxRobot robot) {
        robot.clickOn("#" + Workbench.RUN_BUTTON_ID);
        WaitForAsyncUtils.waitForFxEvents();
        var before = workbench.context().run().results().comparison().designs().get(0);
        TabPane editors = robot.lookup("#" + Workbench.EDITORS_ID).queryAs(TabPane.class);
        robot.interact(() -> editors.getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        ListView<String> list = robot.lookup("#" + DesignsEditor.LIST_ID).queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(before.name()));

        TextField memory = fieldAfter(robot, "Memory");
        robot.interact(() -> {
            memory.setText("2048");
            memory.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(workbench.context().currentDocument().scenario().designs().get(0).name()).isEqualTo(before.name());
        robot.clickOn("#" + Workbench.RUN_BUTTON_ID);
        WaitForAsyncUtils.waitForFxEvents();
        var after = workbench.context().run().results().comparison().design(before.name());
        // Twice the memory for durations that do not shrink (no CPU share model in a run): about twice the
        // duration charge, the same request charge.
        assertThat(after.monthlyCostUsd()).isGreaterThan(before.monthlyCostUsd().add(BigDecimal.TEN));
    }

    @Test
    void aRefusedValueIsMarkedAndLeavesTheScenarioAsItWas(FxRobot robot) {
        TabPane editors = robot.lookup("#" + Workbench.EDITORS_ID).queryAs(TabPane.class);
        robot.interact(() -> editors.getSelectionModel().select(0));
        String before = workbench.context().currentDocument().json();
        TextField duration = fieldAfter(robot, "Duration");
        robot.interact(() -> {
            duration.setText("lognormal:median=fast");
            duration.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(duration.getStyleClass()).contains("ls-invalid");
        assertThat(workbench.context().currentDocument().json()).isEqualTo(before);
        assertThat(robot.lookup(".ls-error").queryAll().stream()
                .anyMatch(n -> n.isVisible() && ((javafx.scene.control.Label) n).getText().contains("duration")))
                .isTrue();
        assertThat(robot.lookup("#" + WorkloadEditor.SUMMARY_ID).queryAs(javafx.scene.control.Label.class)
                .getText()).contains("arrivals");
    }
}
