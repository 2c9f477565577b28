package io.lambdasim.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RecommendFieldsTest {

    private static final String FILE = """
            {"format": "lambdasim-scenario/1", "name": "r",
             "functions": [{"name": "fn", "duration": "exp:100ms", "arrivals": {"type": "poisson", "rate_per_second": 1}}],
             %s}
            """;

    private static Scenario read(String extra) {
        return ScenarioReader.bundled().parse("r.json", FILE.formatted(extra));
    }

    @Test
    void readsTheRecommendBlockAndTheColdStartObjective() {
        Scenario s = read("""
                "objective": {"max_cold_start_share": 0.01},
                "recommend": {"cpu_share": 0.25, "handler_threads": 2}""");

        assertThat(s.recommend()).isEqualTo(new RecommendSettings(0.25, 2));
        assertThat(s.objective().maxColdStartShare()).isEqualTo(OptionalDouble.of(0.01));
    }

    @Test
    void withoutThemAllCpuSingleThreadedAndNoColdStartBound() {
        Scenario s = read("\"seed\": 2");

        assertThat(s.recommend()).isEqualTo(RecommendSettings.DEFAULT);
        assertThat(s.objective().maxColdStartShare()).isEmpty();
    }

    @Test
    void writtenScenariosReadBackEqual() {
        Scenario s = read("""
                "objective": {"p99_latency": "500ms", "max_cold_start_share": 0.05},
                "recommend": {"cpu_share": 0.4, "handler_threads": 3}""");

        assertThat(ScenarioReader.bundled().parse("again.json", ScenarioWriter.toJson(s))).isEqualTo(s);
    }

    @Test
    void outOfRangeValuesNameTheField() {
        assertThatThrownBy(() -> read("\"recommend\": {\"cpu_share\": 1.5}"))
                .hasMessageContaining("recommend.cpu_share: 1.5 is outside 0 to 1");
        assertThatThrownBy(() -> read("\"recommend\": {\"handler_threads\": 7}"))
                .hasMessageContaining("recommend.handler_threads: 7 is outside 1 to 6");
        assertThatThrownBy(() -> read("\"objective\": {\"max_cold_start_share\": -0.1}"))
                .hasMessageContaining("objective.max_cold_start_share");
    }
}
