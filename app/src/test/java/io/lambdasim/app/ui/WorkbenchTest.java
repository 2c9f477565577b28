package io.lambdasim.app.ui;

import io.lambdasim.app.ui.shell.LambdaSimApp;
import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.app.examples.Gallery;
import io.lambdasim.app.ui.run.DirectTaskRunner;
import io.lambdasim.app.ui.views.CompareView;
import io.lambdasim.app.ui.shell.Workbench;
import io.lambdasim.model.compare.Comparison;
import io.lambdasim.model.compare.DesignComparison;
import io.lambdasim.model.compare.DesignResult;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench opened headless on the default example and run (synchronously). */
@ExtendWith(ApplicationExtension.class)
class WorkbenchTest {

    /** The comparison of the default example computed without the UI. */
    private static Comparison expected;
    private Workbench workbench;

    @TempDir
    static Path configDirectory;

    @BeforeAll
    static void compareTheExampleWithoutTheUi() {
        expected = DesignComparison.run(Gallery.defaultExample().scenario(), 1);
    }

    @Start
    void start(Stage stage) {
        workbench = LambdaSimApp.create(new DirectTaskRunner(), configDirectory);
        LambdaSimApp.show(stage, workbench);
    }

    @Test
    void runningTheDefaultExampleFillsTheComparisonWithTheEnginesFigures(FxRobot robot) {
        robot.clickOn("#" + Workbench.RUN_BUTTON_ID);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> workbench.showView("Compare"));

        @SuppressWarnings("unchecked")
        TableView<DesignResult> table = robot.lookup("#" + CompareView.TABLE_ID).queryAs(TableView.class);
        assertThat(table.getItems()).extracting(DesignResult::name)
                .containsExactlyElementsOf(expected.designs().stream().map(DesignResult::name).toList());
        for (DesignResult row : table.getItems()) {
            assertThat(row.monthlyCostUsd()).isEqualByComparingTo(expected.design(row.name()).monthlyCostUsd());
        }
        Label winner = robot.lookup("#" + CompareView.WINNER_ID).queryAs(Label.class);
        assertThat(winner.getText()).endsWith(expected.cheapestMeetingObjective().orElseThrow());
        assertThat(robot.lookup("#" + Workbench.STATUS_ID).queryAs(Label.class).getText()).startsWith("Ran 3 designs");
    }

    @Test
    void theTitleNamesTheScenarioAndMarksUnsavedEdits(FxRobot robot) {
        Stage stage = (Stage) workbench.root().getScene().getWindow();
        String name = workbench.context().currentDocument().scenario().name();
        assertThat(stage.getTitle()).isEqualTo(name + " — LambdaSim");
        robot.interact(() -> workbench.context().currentDocument().edit("Change seed", t -> t.put("seed", 99)));
        assertThat(stage.getTitle()).isEqualTo(name + " * — LambdaSim");
        robot.interact(() -> workbench.context().currentDocument().undo());
        assertThat(stage.getTitle()).isEqualTo(name + " — LambdaSim");
    }

    @Test
    void aSavedProjectReopensAsItWasWithItsView(FxRobot robot) {
        Path file = configDirectory.resolve("shop.lsim");
        var before = workbench.context().currentDocument();
        robot.interact(() -> {
            before.edit("Change seed", t -> t.put("seed", 1234));
            workbench.showView("Latency");
            assertThat(workbench.saveTo(file)).isTrue();
        });
        var saved = workbench.context().currentDocument().scenario();
        Stage stage = (Stage) workbench.root().getScene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("shop.lsim — LambdaSim");

        robot.interact(() -> {
            workbench.newFromExample(Gallery.find("scheduled-job").orElseThrow());
            workbench.showView("Cost");
        });
        assertThat(workbench.context().currentDocument().scenario()).isNotEqualTo(saved);

        robot.interact(() -> workbench.open(file));
        assertThat(workbench.context().currentDocument().scenario()).isEqualTo(saved);
        assertThat(workbench.context().currentDocument().scenario().seed()).isEqualTo(1234);
        assertThat(stage.getTitle()).isEqualTo("shop.lsim — LambdaSim");
        javafx.scene.control.TabPane views = robot.lookup("#" + Workbench.VIEWS_ID).queryAs(
                javafx.scene.control.TabPane.class);
        assertThat(views.getSelectionModel().getSelectedItem().getText()).isEqualTo("Latency");
    }
}
