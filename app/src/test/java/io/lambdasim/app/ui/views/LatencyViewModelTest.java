package io.lambdasim.app.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.app.ui.run.RunResults;
import io.lambdasim.model.capacity.LatencySummary;
import io.lambdasim.model.capacity.RunResult;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class LatencyViewModelTest {

    private final RunResults results = ExampleRun.results();

    @Test
    void everyDesignIsACurveThroughItsOwnP50AndP99() {
        LatencyViewModel m = new LatencyViewModel();
        m.show(results);
        XYSeriesCollection c = m.cdfProperty().get();
        assertThat(c.getSeriesCount()).isEqualTo(3);
        int p50 = LatencySummary.CDF_PERCENTILES.indexOf(50.0);
        int p99 = LatencySummary.CDF_PERCENTILES.indexOf(99.0);
        RunResult run = results.evaluation("lambda-arm64-1gb").orElseThrow().lambdaRun().orElseThrow();
        XYSeries s = c.getSeries("lambda-arm64-1gb");
        assertThat(s.getItemCount()).isEqualTo(LatencySummary.CDF_PERCENTILES.size());
        assertThat(s.getY(p50).doubleValue()).isEqualTo(50.0);
        assertThat(s.getX(p50).doubleValue()).isEqualTo(run.latency().p50Ms());
        assertThat(s.getX(p99).doubleValue()).isEqualTo(run.latency().p99Ms());
        for (int i = 1; i < s.getItemCount(); i++) {
            assertThat(s.getX(i).doubleValue()).isGreaterThanOrEqualTo(s.getX(i - 1).doubleValue());
        }
        assertThat(m.noteProperty().get()).contains("lambda-arm64-1gb p50");
    }

    @Test
    void warmAgainstColdSplitsTheLambdaDesignsAndKeepsTheFleet() {
        LatencyViewModel m = new LatencyViewModel();
        m.show(results);
        m.modeProperty().set(LatencyViewModel.Mode.WARM_COLD);
        XYSeriesCollection c = m.cdfProperty().get();
        assertThat(c.getSeries()).extracting(s -> ((XYSeries) s).getKey().toString()).containsExactly(
                "lambda-arm64-1gb (warm)", "lambda-arm64-1gb (cold)", "lambda-arm64-512mb (warm)",
                "lambda-arm64-512mb (cold)", "ec2-m7g-large-alb");
        // a cold start adds the initialisation (median 350 ms in the example) to the duration (median 45 ms)
        XYSeries warm = c.getSeries("lambda-arm64-1gb (warm)");
        XYSeries cold = c.getSeries("lambda-arm64-1gb (cold)");
        int p50 = LatencySummary.CDF_PERCENTILES.indexOf(50.0);
        assertThat(cold.getX(p50).doubleValue()).isGreaterThan(warm.getX(p50).doubleValue() + 200);
    }

    @Test
    void theObjectivesP99ComesFromTheScenario() {
        LatencyViewModel m = new LatencyViewModel();
        m.show(results);
        // examples/http-api.json: "p99_latency": "800ms"
        assertThat(m.objectiveP99MsProperty().get()).isEqualTo(800.0);
        m.show(null);
        assertThat(m.objectiveP99MsProperty().get()).isNaN();
        assertThat(m.cdfProperty().get().getSeriesCount()).isZero();
    }
}
