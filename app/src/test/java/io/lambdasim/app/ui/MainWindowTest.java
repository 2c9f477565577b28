package io.lambdasim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.app.examples.CostExample;
import io.lambdasim.model.billing.Bill;
import io.lambdasim.model.billing.BillLine;
import io.lambdasim.model.calculator.CostCalculator;
import io.lambdasim.pricedata.PriceEditionLoader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real first window (the app's own start), opened headless on the built-in example. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** The engine's bill for the same example and date, computed without the UI. */
    private static Bill expected;
    private Stage stage;

    @BeforeAll
    static void priceTheExampleIndependently() {
        expected = new CostCalculator(PriceEditionLoader.loadBundled())
                .estimate(CostExample.loadDefault().toInput(TODAY)).bill();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new LambdaSimApp(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).start(stage);
    }

    @Test
    void totalLabelShowsTheEnginesTotal(FxRobot robot) {
        Label total = robot.lookup("#totalLabel").queryAs(Label.class);

        assertThat(expected.totalUsd()).isGreaterThan(BigDecimal.ZERO);
        assertThat(total.isVisible()).isTrue();
        assertThat(total.getText()).isEqualTo(String.format(Locale.US, "$%,.2f", expected.totalUsd()));
    }

    @Test
    void tableHasOneRowPerBillLine(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<BillLineRow> table = robot.lookup("#billTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).extracting(BillLineRow::item)
                .containsExactlyElementsOf(expected.lines().stream().map(BillLine::item).toList());
        assertThat(table.getItems()).extracting(BillLineRow::amountUsd)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(expected.lines().stream().map(BillLine::usd).toList());
        List<TableRow<?>> filledRows = robot.lookup(".table-row-cell").<TableRow<?>>queryAll().stream()
                .filter(r -> !r.isEmpty() && r.getItem() != null).toList();
        assertThat(filledRows).hasSize(expected.lines().size());
        assertThat(table.getColumns()).extracting(c -> c.getText())
                .containsExactly("Item", "Quantity", "Unit", "Unit price (USD)", "Amount (USD)");
    }

    @Test
    void eachRowsTooltipGivesTheRuleOfItsLine(FxRobot robot) {
        List<TableRow<?>> filledRows = robot.lookup(".table-row-cell").<TableRow<?>>queryAll().stream()
                .filter(r -> !r.isEmpty() && r.getItem() != null).toList();

        assertThat(filledRows).isNotEmpty().allSatisfy(r -> {
            BillLineRow row = (BillLineRow) r.getItem();
            assertThat(r.getTooltip()).isNotNull();
            assertThat(r.getTooltip().getText()).contains(row.rule());
        });
    }

    @Test
    void chartShowsOneBarPerBillLine(FxRobot robot) {
        ChartViewer viewer = robot.lookup("#costChart").queryAs(ChartViewer.class);

        assertThat(viewer.isVisible()).isTrue();
        assertThat(viewer.getWidth()).isGreaterThan(200);
        assertThat(viewer.getHeight()).isGreaterThan(200);
        CategoryDataset data = ((CategoryPlot) viewer.getChart().getPlot()).getDataset();
        assertThat(data.getColumnCount()).isEqualTo(expected.lines().size());
        for (int i = 0; i < expected.lines().size(); i++) {
            assertThat(new BigDecimal(data.getValue(0, i).toString()))
                    .isEqualByComparingTo(expected.lines().get(i).usd());
        }
    }

    @Test
    void headerNamesTheExampleItsRegionAndPriceEdition(FxRobot robot) {
        CostExample example = CostExample.loadDefault();

        assertThat(stage.getTitle()).isEqualTo("LambdaSim — " + example.name());
        assertThat(robot.lookup("#exampleName").queryAs(Label.class).getText()).isEqualTo(example.name());
        assertThat(robot.lookup("#exampleStory").queryAs(Label.class).getText()).isEqualTo(example.story());
        assertThat(robot.lookup("#regionLabel").queryAs(Label.class).getText()).isEqualTo(expected.region());
        assertThat(robot.lookup("#editionLabel").queryAs(Label.class).getText()).contains(expected.editionId());
        assertThat(robot.lookup("#errorLabel").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void windowFitsASmallLaptopScreen() {
        assertThat(stage.getWidth()).isLessThanOrEqualTo(1366);
        assertThat(stage.getHeight()).isLessThanOrEqualTo(768);
        assertThat(stage.getMinWidth()).isGreaterThan(0);
    }
}
