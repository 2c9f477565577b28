package io.lambdasim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.model.calculator.CalculatorInput;
import io.lambdasim.model.calculator.CostCalculator;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.PriceEditionLoader;
import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A workload that cannot be priced opens a window that says why, with no bill and no exception. */
@ExtendWith(ApplicationExtension.class)
class MainWindowErrorTest {

    @Start
    void start(Stage stage) {
        CalculatorInput nowhere = CalculatorInput.onDemand("xx-nowhere-1", Architecture.ARM64, 1024, 1_000_000,
                BigDecimal.TEN, LocalDate.of(2026, 11, 26));
        BillViewModel model = new BillViewModel(new CostCalculator(PriceEditionLoader.loadBundled()), nowhere);
        LambdaSimApp.show(stage, "Nowhere", "A region without prices.", model);
    }

    @Test
    void showsTheReasonAndNoBill(FxRobot robot) {
        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("xx-nowhere-1");
        assertThat(robot.lookup("#totalLabel").queryAs(Label.class).getText()).isEqualTo(DisplayFormat.NONE);
        assertThat(robot.lookup("#billTable").queryAs(TableView.class).getItems()).isEmpty();
        ChartViewer viewer = robot.lookup("#costChart").queryAs(ChartViewer.class);
        assertThat(((CategoryPlot) viewer.getChart().getPlot()).getDataset().getColumnCount()).isZero();
    }
}
