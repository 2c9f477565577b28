package io.lambdasim.app.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.app.ui.shell.LambdaSimApp;
import io.lambdasim.app.ui.run.DirectTaskRunner;
import io.lambdasim.app.ui.shell.Workbench;
import io.lambdasim.model.breakeven.DesignCurve;
import io.lambdasim.model.breakeven.ScenarioBreakEven;
import io.lambdasim.model.breakeven.ScenarioBreakEvenResult;
import io.lambdasim.model.breakeven.SweepOptions;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench opened headless on a short Lambda-against-EC2 scenario; its break-even computed from the view. */
@ExtendWith(ApplicationExtension.class)
class BreakEvenViewTest {

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path configDirectory;

    /** The same sweep computed without the UI. */
    private static ScenarioBreakEvenResult expected;
    private Workbench workbench;

    @BeforeAll
    static void sweepWithoutTheUi() {
        expected = ScenarioBreakEven.run(BreakEvenFixture.document("30min").scenario(),
                new SweepOptions(0.5, 4, 4, true, 0.01), 1);
    }

    @Start
    void start(Stage stage) {
        workbench = LambdaSimApp.create(new DirectTaskRunner(), configDirectory);
        LambdaSimApp.show(stage, workbench);
    }

    /** "77.2 M req/month · 29.4 req/s", computed here from the volume and the 730-hour month. */
    private static String label(long requestsPerMonth) {
        return String.format(Locale.ROOT, "%.1f M req/month · %.1f req/s", requestsPerMonth / 1e6,
                requestsPerMonth / (730 * 3600.0));
    }

    @Test
    void computingTheBreakEvenLabelsEveryCrossingWithItsVolumeAndRate(FxRobot robot) {
        robot.interact(() -> {
            workbench.context().currentDocument().replace("Open test scenario", BreakEvenFixture.text("30min"));
            workbench.showView("Break-even");
        });
        robot.doubleClickOn("#" + BreakEvenView.FROM_ID).eraseText(3).write("0.5");
        robot.doubleClickOn("#" + BreakEvenView.TO_ID).eraseText(2).write("4");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.Spinner<Integer> points = robot.lookup("#" + BreakEvenView.POINTS_ID)
                    .queryAs(javafx.scene.control.Spinner.class);
            points.getValueFactory().setValue(4);
        });
        robot.clickOn("#" + BreakEvenView.COMPUTE_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#" + BreakEvenView.STATUS_ID).queryAs(Label.class).getText())
                .isEqualTo(expected.simulations() + " simulations; " + expected.crossings().size() + " crossing"
                        + (expected.crossings().size() == 1 ? "" : "s"));
        assertThat(expected.crossings()).isNotEmpty();
        ChartViewer viewer = robot.lookup("#" + BreakEvenView.CHART_ID).queryAs(ChartViewer.class);
        List<String> drawn = viewer.getChart().getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof XYPointerAnnotation).map(a -> ((XYPointerAnnotation) a).getText()).toList();
        assertThat(drawn).containsExactlyElementsOf(expected.crossings().stream()
                .map(c -> label(c.requestsPerMonth())).toList());
        String crossings = robot.lookup("#" + BreakEvenView.CROSSINGS_ID).queryAs(Label.class).getText();
        for (var c : expected.crossings()) {
            assertThat(crossings).contains(c.lambdaDesign() + " × " + c.otherDesign() + " at "
                    + label(c.requestsPerMonth()));
        }
    }

    @Test
    void theSliderReadsEachDesignsCostOffItsCurve(FxRobot robot) {
        robot.interact(() -> {
            workbench.context().currentDocument().replace("Open test scenario", BreakEvenFixture.text("30min"));
            workbench.showView("Break-even");
            robot.lookup("#" + BreakEvenView.FROM_ID).queryAs(TextField.class).setText("0.5");
            robot.lookup("#" + BreakEvenView.TO_ID).queryAs(TextField.class).setText("4");
            @SuppressWarnings("unchecked")
            javafx.scene.control.Spinner<Integer> points = robot.lookup("#" + BreakEvenView.POINTS_ID)
                    .queryAs(javafx.scene.control.Spinner.class);
            points.getValueFactory().setValue(4);
        });
        robot.clickOn("#" + BreakEvenView.COMPUTE_ID);
        robot.interact(() -> robot.lookup("#" + BreakEvenView.SLIDER_ID).queryAs(Slider.class).setValue(1));
        @SuppressWarnings("unchecked")
        TableView<BreakEvenCursor.Row> table = robot.lookup("#" + BreakEvenView.CURSOR_TABLE_ID)
                .queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(expected.curves().size());
        for (int i = 0; i < expected.curves().size(); i++) {
            DesignCurve c = expected.curves().get(i);
            assertThat(table.getItems().get(i).design()).isEqualTo(c.design());
            assertThat(table.getItems().get(i).usd()).isEqualByComparingTo(c.points().get(c.points().size() - 1).usd());
        }
    }
}
