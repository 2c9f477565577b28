package io.lambdasim.model.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.scenario.RecommendSettings;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioReader;
import io.lambdasim.workload.distribution.ScaledDuration;
import org.junit.jupiter.api.Test;

class DurationModelTest {

    private static DurationModel model(double cpuShare, int threads, int baseMb) {
        return new DurationModel(new RecommendSettings(cpuShare, threads), baseMb);
    }

    @Test
    void singleThreadedCodeGainsNothingAboveOneVcpu() {
        // s(1769) = 1 and s(3538) = min(2, 1 thread, 6) = 1: the same speed.
        assertThat(model(1, 1, 1769).factor(3538)).isEqualTo(1.0);
        assertThat(model(1, 1, 1769).factor(10240)).isEqualTo(1.0);
    }

    @Test
    void twoThreadsHalveCpuWorkFromOneToTwoVcpus() {
        assertThat(model(1, 2, 1769).factor(3538)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void doublingMemoryBelowOneVcpuHalvesTheCpuPartOnly() {
        assertThat(model(1, 1, 128).factor(256)).isCloseTo(0.5, within(1e-12));
        // 40 % CPU: 0.4 × 1/2 + 0.6 = 0.8
        assertThat(model(0.4, 1, 128).factor(256)).isCloseTo(0.8, within(1e-12));
        // no CPU work: nothing changes
        assertThat(model(0, 1, 128).factor(10240)).isEqualTo(1.0);
    }

    @Test
    void sixThreadsScaleUpToTheLargestSize() {
        // s(10240) = 10240 / 1769 = 5.79 vCPUs < 6 threads; from one vCPU the CPU work takes 1769/10240 of the time.
        assertThat(model(1, 6, 1769).factor(10240)).isCloseTo(1769.0 / 10240, within(1e-12));
        // smaller memory: slower, 1769 → 128 multiplies CPU work by 1769/128
        assertThat(model(1, 1, 1769).factor(128)).isCloseTo(1769.0 / 128, within(1e-12));
    }

    @Test
    void functionAtAnotherSizeHasItsDurationsScaledAndItsInitUnchanged() {
        Scenario s = ScenarioReader.bundled().parse("t.json", """
                {"format": "lambdasim-scenario/1", "name": "t",
                 "functions": [{"name": "fn", "memory_mb": 512, "duration": "const:100ms", "init": "const:300ms",
                                "arrivals": {"type": "poisson", "rate_per_second": 1}}]}
                """);
        FunctionSpec f = s.spec().functions().get(0);
        DurationModel m = model(0.5, 1, 512);

        FunctionSpec at1024 = m.at(f, 1024);

        assertThat(at1024.memoryMb()).isEqualTo(1024);
        assertThat(at1024.duration()).isEqualTo(ScaledDuration.of(f.duration(), 0.75));
        assertThat(at1024.duration().meanUs()).isCloseTo(75_000, within(1e-6));
        assertThat(at1024.init()).isEqualTo(f.init());
        assertThat(m.at(f, 512)).isSameAs(f);
    }
}
