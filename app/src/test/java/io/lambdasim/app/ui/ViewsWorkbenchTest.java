package io.lambdasim.app.ui;

import io.lambdasim.app.ui.shell.LambdaSimApp;
import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.app.ui.run.DirectTaskRunner;
import io.lambdasim.app.ui.views.CapacityView;
import io.lambdasim.app.ui.views.CostView;
import io.lambdasim.app.ui.views.LatencyView;
import io.lambdasim.app.ui.shell.Workbench;
import io.lambdasim.model.compare.CostLine;
import io.lambdasim.model.compare.DesignResult;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Cost, Capacity and Latency views of the workbench, opened headless on the default example and run. */
@ExtendWith(ApplicationExtension.class)
class ViewsWorkbenchTest {

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path configDirectory;

    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = LambdaSimApp.create(new DirectTaskRunner(), configDirectory);
        LambdaSimApp.show(stage, workbench);
    }

    @Test
    void afterARunTheCostCapacityAndLatencyViewsHaveData(FxRobot robot) {
        robot.clickOn("#" + Workbench.RUN_BUTTON_ID);
        WaitForAsyncUtils.waitForFxEvents();
        var comparison = workbench.context().run().results().comparison();

        robot.interact(() -> workbench.showView("Cost"));
        ChartViewer bars = robot.lookup("#" + CostView.BARS_ID).queryAs(ChartViewer.class);
        CategoryPlot barPlot = (CategoryPlot) bars.getChart().getPlot();
        assertThat(barPlot.getDataset().getColumnCount()).isEqualTo(3);
        ChartViewer cumulative = robot.lookup("#" + CostView.CUMULATIVE_ID).queryAs(ChartViewer.class);
        assertThat(((XYPlot) cumulative.getChart().getPlot()).getDataset().getSeriesCount()).isEqualTo(3);
        @SuppressWarnings("unchecked")
        TableView<CostLine> lines = robot.lookup("#" + CostView.LINES_ID).queryAs(TableView.class);
        DesignResult first = comparison.designs().get(0);
        assertThat(lines.getItems()).containsExactlyElementsOf(first.monthlyLines());
        assertThat(robot.lookup("#" + CostView.TOTAL_ID).queryAs(Label.class).getText())
                .isEqualTo("Total $" + first.monthlyCostUsd().toPlainString());

        robot.interact(() -> workbench.showView("Capacity"));
        ChartViewer capacity = robot.lookup("#" + CapacityView.CHART_ID).queryAs(ChartViewer.class);
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) capacity.getChart().getPlot();
        assertThat(plot.getSubplots()).hasSize(3);
        assertThat(plot.getSubplots().get(0).getDataset().getItemCount(0)).isEqualTo(288);
        @SuppressWarnings("unchecked")
        ComboBox<String> design = robot.lookup("#" + CapacityView.DESIGN_ID).queryAs(ComboBox.class);
        robot.interact(() -> design.setValue("ec2-m7g-large-alb"));
        CombinedDomainXYPlot fleet = (CombinedDomainXYPlot) capacity.getChart().getPlot();
        assertThat(fleet.getSubplots().get(0).getRangeAxis().getLabel()).isEqualTo("Instances");

        robot.interact(() -> workbench.showView("Latency"));
        ChartViewer latency = robot.lookup("#" + LatencyView.CHART_ID).queryAs(ChartViewer.class);
        XYPlot cdf = (XYPlot) latency.getChart().getPlot();
        assertThat(cdf.getDataset().getSeriesCount()).isEqualTo(3);
        assertThat(cdf.getDomainAxis()).isInstanceOf(org.jfree.chart.axis.LogAxis.class);
        robot.clickOn("#" + LatencyView.LOG_ID);
        assertThat(cdf.getDomainAxis()).isInstanceOf(org.jfree.chart.axis.NumberAxis.class);
        assertThat(cdf.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(1);
    }
}
