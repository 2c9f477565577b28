package io.lambdasim.app.ui.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.app.ui.run.RunResults;
import io.lambdasim.model.capacity.ProvisionedSchedule;
import io.lambdasim.model.capacity.TimeSeries;
import io.lambdasim.model.ec2.FleetTimeSeries;
import java.util.List;
import org.jfree.data.xy.TableXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;

class CapacityViewModelTest {

    private final RunResults results = ExampleRun.results();

    @Test
    void aLambdaDesignShowsConcurrencyAgainstTheAccountLimitOfTheScenarioFile() {
        CapacityViewModel m = new CapacityViewModel();
        m.show(results);
        assertThat(m.designs()).containsExactly("lambda-arm64-1gb", "lambda-arm64-512mb", "ec2-m7g-large-alb");
        List<CapacityViewModel.Panel> panels = m.panelsProperty().get();
        assertThat(panels).extracting(CapacityViewModel.Panel::axis)
                .containsExactly("Concurrency", "Environments", "Per bin");
        // examples/http-api.json: "concurrency_limit": 1000, no reserved or provisioned concurrency
        assertThat(panels.get(0).levels()).containsExactly(java.util.Map.entry("Account limit", 1000.0));
        assertThat(panels.get(0).limits().getSeriesCount()).isZero();
        assertThat(m.noteProperty().get()).contains("Account limit 1,000", "no reserved concurrency");
        TimeSeries ts = results.evaluation("lambda-arm64-1gb").orElseThrow().lambdaRun().orElseThrow().timeSeries();
        XYDataset conc = panels.get(0).data();
        assertThat(conc.getItemCount(0)).isEqualTo(ts.bins());
        for (int i = 0; i < ts.bins(); i++) {
            assertThat(conc.getYValue(0, i)).isEqualTo(ts.maxConcurrency()[i]);
            assertThat(conc.getYValue(1, i)).isEqualTo(ts.meanConcurrency()[i]);
            // the middle of 5-minute bins, in hours
            assertThat(conc.getXValue(0, i)).isCloseTo((i * 5 + 2.5) / 60.0, within(1e-9));
        }
    }

    @Test
    void busyAndIdleEnvironmentsStackUpToTheEnvironmentsThatExist() {
        TimeSeries ts = results.evaluation("lambda-arm64-512mb").orElseThrow().lambdaRun().orElseThrow().timeSeries();
        CapacityViewModel m = new CapacityViewModel();
        m.show(results);
        m.selectedProperty().set("lambda-arm64-512mb");
        TableXYDataset envs = (TableXYDataset) m.panelsProperty().get().get(1).data();
        for (int i = 0; i < ts.bins(); i++) {
            assertThat(envs.getYValue(0, i) + envs.getYValue(1, i)).isCloseTo(ts.meanEnvironments()[i],
                    within(1e-9));
            assertThat(envs.getYValue(1, i)).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void aFleetShowsUnitsInServiceAndBootingThatAddUpToTheUnitsBilled() {
        CapacityViewModel m = new CapacityViewModel();
        m.show(results);
        m.selectedProperty().set("ec2-m7g-large-alb");
        List<CapacityViewModel.Panel> panels = m.panelsProperty().get();
        assertThat(panels).extracting(CapacityViewModel.Panel::axis)
                .containsExactly("Instances", "Requests in the fleet", "Not served per bin");
        FleetTimeSeries ts = results.evaluation("ec2-m7g-large-alb").orElseThrow().fleetRun().orElseThrow()
                .timeSeries();
        TableXYDataset units = (TableXYDataset) panels.get(0).data();
        for (int i = 0; i < ts.bins(); i++) {
            assertThat(units.getYValue(0, i) + units.getYValue(1, i)).isCloseTo(ts.meanUnits()[i], within(1e-9));
        }
        // the example's fleet never has fewer than its minimum of 2 instances in service after booting
        assertThat(units.getYValue(0, ts.bins() / 2)).isGreaterThanOrEqualTo(2.0);
        assertThat(panels.get(1).data().getSeriesKey(0)).isEqualTo("Busy slots (mean)");
    }

    @Test
    void aProvisionedScheduleIsDrawnAsStepsToTheEndOfTheRun() {
        // 5 from the start, 10 from hour 1, over a run of 2 hours
        ProvisionedSchedule p = ProvisionedSchedule.steps(new long[] {0, 3_600_000_000L}, new int[] {5, 10});
        XYSeries s = CapacityViewModel.steps("PC", p, 7_200_000_000L);
        assertThat(s.getItemCount()).isEqualTo(3);
        assertThat(List.of(s.getX(0), s.getY(0), s.getX(1), s.getY(1), s.getX(2), s.getY(2)))
                .extracting(Number::doubleValue).containsExactly(0.0, 5.0, 1.0, 10.0, 2.0, 10.0);
    }

    @Test
    void withoutResultsThereIsNothingToDraw() {
        CapacityViewModel m = new CapacityViewModel();
        m.show(results);
        m.show(null);
        assertThat(m.designs()).isEmpty();
        assertThat(m.panelsProperty().get()).isEmpty();
    }
}
