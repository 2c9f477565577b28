package io.lambdasim.app.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.app.ui.run.RunResults;
import io.lambdasim.model.compare.CostLine;
import io.lambdasim.model.compare.DesignResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;

class CostViewModelTest {

    private final RunResults results = ExampleRun.results();

    @Test
    void eachDesignsBarAddsUpToItsMonthlyBillToTheCent() {
        DefaultCategoryDataset d = CostViewModel.stacked(results.comparison(), CostViewModel.Period.MONTH);
        assertThat(d.getColumnKeys()).hasSize(3);
        for (DesignResult r : results.comparison().designs()) {
            double sum = 0;
            for (Object row : d.getRowKeys()) {
                Number v = d.getValue((Comparable<?>) row, r.name());
                sum += v == null ? 0 : v.doubleValue();
            }
            assertThat(BigDecimal.valueOf(sum).setScale(2, RoundingMode.HALF_UP))
                    .as(r.name()).isEqualByComparingTo(r.monthlyCostUsd());
        }
    }

    @Test
    void theHorizonBarsAddUpToTheSimulatedDaysBill() {
        DefaultCategoryDataset d = CostViewModel.stacked(results.comparison(), CostViewModel.Period.HORIZON);
        for (DesignResult r : results.comparison().designs()) {
            double sum = 0;
            for (Object row : d.getRowKeys()) {
                Number v = d.getValue((Comparable<?>) row, r.name());
                sum += v == null ? 0 : v.doubleValue();
            }
            assertThat(BigDecimal.valueOf(sum).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(r.costUsd());
        }
    }

    @Test
    void aSegmentPerBillLineAndTheSameItemIsOneSeriesAcrossDesigns() {
        DefaultCategoryDataset d = CostViewModel.stacked(results.comparison(), CostViewModel.Period.MONTH);
        DesignResult fleet = results.comparison().design("ec2-m7g-large-alb");
        for (CostLine l : fleet.monthlyLines()) {
            assertThat(d.getValue(l.item(), fleet.name()).doubleValue()).isEqualTo(l.usd().doubleValue());
        }
        // both Lambda designs bill requests: one "Requests" row, not two
        long requestRows = d.getRowKeys().stream().filter(k -> k.toString().startsWith("Requests")).count();
        assertThat(requestRows).isEqualTo(1);
    }

    @Test
    void theTableShowsTheSelectedDesignsLinesAndTheirTotalForEitherPeriod() {
        CostViewModel m = new CostViewModel();
        m.show(results);
        assertThat(m.selectedProperty().get()).isEqualTo("lambda-arm64-1gb");
        m.selectedProperty().set("ec2-m7g-large-alb");
        DesignResult fleet = results.comparison().design("ec2-m7g-large-alb");
        assertThat(m.lines()).containsExactlyElementsOf(fleet.monthlyLines());
        assertThat(m.totalProperty().get()).isEqualByComparingTo(fleet.monthlyCostUsd());
        m.periodProperty().set(CostViewModel.Period.HORIZON);
        assertThat(m.lines()).containsExactlyElementsOf(fleet.lines());
        assertThat(m.totalProperty().get()).isEqualByComparingTo(fleet.costUsd());
    }

    @Test
    void aNewRunKeepsTheSelectedDesignAndNoResultsEmptyTheView() {
        CostViewModel m = new CostViewModel();
        m.show(results);
        m.selectedProperty().set("lambda-arm64-512mb");
        m.show(results);
        assertThat(m.selectedProperty().get()).isEqualTo("lambda-arm64-512mb");
        m.show(null);
        assertThat(m.lines()).isEmpty();
        assertThat(m.totalProperty().get()).isNull();
        assertThat(m.barsProperty().get().getColumnCount()).isZero();
    }

    @Test
    void theCumulativeCurvesStartAtZeroNeverFallAndSpanTheHorizon() {
        CostViewModel m = new CostViewModel();
        m.show(results);
        assertThat(m.cumulativeProperty().get().getSeriesCount()).isEqualTo(3);
        for (Object o : m.cumulativeProperty().get().getSeries()) {
            XYSeries s = (XYSeries) o;
            assertThat(s.getX(0).doubleValue()).isZero();
            assertThat(s.getY(0).doubleValue()).isZero();
            assertThat(s.getMaxX()).isEqualTo(24.0);
            for (int i = 1; i < s.getItemCount(); i++) {
                assertThat(s.getY(i).doubleValue()).isGreaterThanOrEqualTo(s.getY(i - 1).doubleValue());
            }
        }
        assertThat(m.cumulativeNoteProperty().get()).contains("marginal rates").contains("not the bill");
    }

    @Test
    void theFleetsCurveEndsNearItsBillForTheDay() {
        // the 60 s minimum and whole seconds aside, units billed × price per hour is the compute line
        CostViewModel m = new CostViewModel();
        m.show(results);
        XYSeries fleet = m.cumulativeProperty().get().getSeries("ec2-m7g-large-alb");
        double end = fleet.getY(fleet.getItemCount() - 1).doubleValue();
        double bill = results.comparison().design("ec2-m7g-large-alb").costUsd().doubleValue();
        assertThat(end).isCloseTo(bill, org.assertj.core.data.Percentage.withPercentage(1));
    }

    @Test
    void withSeveralReplicationsTheBarsSayTheyAreTheFirstReplicationsLines() {
        RunResults three = ExampleRun.run(io.lambdasim.app.examples.Gallery.defaultExample().scenario()
                .withReplications(3).withHorizonUs(3_600_000_000L));
        CostViewModel m = new CostViewModel();
        m.show(three);
        assertThat(m.barsNoteProperty().get()).contains("first of 3 replications");
    }
}
