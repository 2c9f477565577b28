package io.lambdasim.app.ui.editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

class WorkloadPreviewTest {

    private static Scenario scenario(String arrivals) {
        return ScenarioReader.bundled().parse("p.json", """
                {"format": "lambdasim-scenario/1", "name": "p", "horizon": "1d", "seed": 3,
                 "functions": [{"name": "api", "duration": "const:50ms", "arrivals": %s}]}
                """.formatted(arrivals));
    }

    @Test
    void aSteadyRateIsPreviewedAtThatRate() {
        // 10 a second for a day: 864,000 arrivals, Poisson sd 930; each 6-minute bin has mean 3,600 (sd 60).
        WorkloadPreview p = WorkloadPreview.of(scenario("{\"type\": \"poisson\", \"rate_per_second\": 10}"), "api");
        assertThat(p.ratePerSecond()).hasSize(WorkloadPreview.BINS);
        assertThat(p.binSeconds()).isEqualTo(360);
        assertThat((double) p.arrivals()).isCloseTo(864_000, within(4 * 930.0));
        assertThat(p.meanRatePerSecond()).isCloseTo(10, within(0.05));
        for (double r : p.ratePerSecond()) {
            assertThat(r).isCloseTo(10, within(5 * 60 / 360.0 + 0.01));
        }
    }

    @Test
    void aDailyCurvePeaksAtItsPeakHour() {
        // Peak at 14:00 UTC, peak 4 times the trough: 1.6 times the average at 14:00, 0.4 at 02:00.
        WorkloadPreview p = WorkloadPreview.of(scenario("""
                {"type": "profile", "base_rate_per_second": 20, "daily": {"peak_hour": 14, "peak_to_trough": 4}}"""),
                "api");
        int peakBin = (int) (14 * 3600 / p.binSeconds());
        int troughBin = (int) (2 * 3600 / p.binSeconds());
        assertThat(p.ratePerSecond()[peakBin]).isCloseTo(32, within(2.0));
        assertThat(p.ratePerSecond()[troughBin]).isCloseTo(8, within(1.0));
    }
}
