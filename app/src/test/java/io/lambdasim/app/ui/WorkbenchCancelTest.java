package io.lambdasim.app.ui;

import io.lambdasim.app.ui.shell.LambdaSimApp;
import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.app.ui.run.FxTaskRunner;
import io.lambdasim.app.ui.run.RunResults;
import io.lambdasim.app.ui.shell.Workbench;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A long run in the background is cancelled from the tool bar; the window stays usable and keeps its results. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchCancelTest {

    @TempDir
    static Path configDirectory;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = LambdaSimApp.create(new FxTaskRunner(), configDirectory);
        LambdaSimApp.show(stage, workbench);
    }

    @Test
    void cancellingALongRunLeavesThePreviousResultsInPlace(FxRobot robot) throws Exception {
        var run = workbench.context().run();
        robot.clickOn("#" + Workbench.RUN_BUTTON_ID);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> run.results() != null && !run.isRunning());
        RunResults first = run.results();

        // A year of traffic: minutes of simulation.
        robot.interact(() -> workbench.context().currentDocument().edit("Longer horizon",
                t -> t.put("horizon", "366d")));
        robot.clickOn("#" + Workbench.RUN_BUTTON_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, run::isRunning);
        robot.clickOn("#" + Workbench.CANCEL_BUTTON_ID);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !run.isRunning());

        assertThat(run.results()).isSameAs(first);
        Label status = robot.lookup("#" + Workbench.STATUS_ID).queryAs(Label.class);
        assertThat(status.getText()).startsWith("Cancelled");
    }
}
