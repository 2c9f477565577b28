package io.lambdasim.app.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.app.ui.shell.LambdaSimApp;
import io.lambdasim.app.ui.run.DirectTaskRunner;
import io.lambdasim.app.ui.shell.Workbench;
import io.lambdasim.model.recommend.MemoryRecommendation;
import io.lambdasim.model.recommend.RecommendOptions;
import io.lambdasim.model.recommend.Recommender;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Recommendations view in the workbench: computed, shown with its saving, applied and undone. */
@ExtendWith(ApplicationExtension.class)
class RecommendationsViewTest {

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path configDirectory;

    private static MemoryRecommendation expected;
    private Workbench workbench;

    @BeforeAll
    static void recommendWithoutTheUi() {
        expected = Recommender.recommend(BreakEvenFixture.document("30min").scenario(), RecommendOptions.DEFAULT, 1)
                .memory();
    }

    @Start
    void start(Stage stage) {
        workbench = LambdaSimApp.create(new DirectTaskRunner(), configDirectory);
        LambdaSimApp.show(stage, workbench);
    }

    @Test
    void theRecommendedMemoryIsShownWithItsSavingAndAppliedAsOneUndoableEdit(FxRobot robot) {
        robot.interact(() -> {
            workbench.context().currentDocument().replace("Open test scenario", BreakEvenFixture.text("30min"));
            workbench.showView("Recommendations");
        });
        robot.clickOn("#" + RecommendationsView.COMPUTE_ID);
        String memory = robot.lookup("#" + RecommendationsView.MEMORY_ID).queryAs(Label.class).getText();
        var saving = expected.current().evaluation().monthlyCostUsd()
                .subtract(expected.recommended().evaluation().monthlyCostUsd());
        assertThat(memory).startsWith(String.format("Recommended: %,d MB", expected.recommendedMemoryMb()))
                .contains("saves " + BreakEvenFormat.usd(saving) + " a month");

        Button apply = robot.lookup("#" + RecommendationsView.APPLY_MEMORY_ID).queryAs(Button.class);
        assertThat(apply.isDisabled()).isFalse();
        robot.clickOn(apply);
        var doc = workbench.context().currentDocument();
        assertThat(doc.scenario().spec().functions().get(0).memoryMb()).isEqualTo(expected.recommendedMemoryMb());
        assertThat(robot.lookup("#" + RecommendationsView.OUT_OF_DATE_ID).queryAs(Label.class).isVisible()).isTrue();
        assertThat(apply.isDisabled()).isTrue();
        robot.interact(doc::undo);
        assertThat(doc.scenario().spec().functions().get(0).memoryMb()).isEqualTo(1024);
    }
}
