package io.lambdasim.app.ui.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.scenario.ProvisionedPlan;
import io.lambdasim.model.scenario.RecommendSettings;
import io.lambdasim.workload.distribution.Distributions;
import org.junit.jupiter.api.Test;

class RecommendationEditsTest {

    private final ScenarioDocument document = BreakEvenFixture.document("30min");

    @Test
    void theCpuShareIsRestatedForTheNewSize() {
        // 20 % CPU at 1,024 MB; at 512 MB the CPU part doubles: 0.4 of 1.2, a third.
        assertThat(RecommendationEdits.cpuShareAt(new RecommendSettings(0.2, 1), 1024, 512)).isEqualTo(0.333333);
        // At 2,048 MB a single thread gains only up to 1,769 MB: CPU part 0.2 × (1024/1769) / 1 = 0.115772…;
        // share 0.115772 / (0.115772 + 0.8) = 0.126419.
        assertThat(RecommendationEdits.cpuShareAt(new RecommendSettings(0.2, 1), 1024, 2048))
                .isCloseTo(0.126419, within(1e-6));
        assertThat(RecommendationEdits.cpuShareAt(new RecommendSettings(1, 1), 1024, 512)).isEqualTo(1.0);
        assertThat(RecommendationEdits.cpuShareAt(new RecommendSettings(0, 1), 1024, 512)).isEqualTo(0.0);
    }

    @Test
    void applyingAMemorySizeScalesTheDurationsAsTheModelSays() {
        FunctionSpec api = document.scenario().spec().functions().get(0);
        RecommendSettings settings = document.scenario().recommend();
        assertThat(document.edit("Apply", t -> RecommendationEdits.applyMemory(t, api, settings, 512))).isEmpty();

        FunctionSpec after = document.scenario().spec().functions().get(0);
        assertThat(after.memoryMb()).isEqualTo(512);
        // 0.2 × (1024 / 512) + 0.8 = 1.2: every quantile 1.2 times the one measured at 1,024 MB.
        var original = Distributions.parse("lognormal:median=60ms,p99=600ms");
        assertThat(after.duration().quantileUs(0.5)).isCloseTo(1.2 * original.quantileUs(0.5), within(1e-6));
        assertThat(after.duration().quantileUs(0.99)).isCloseTo(1.2 * original.quantileUs(0.99), within(1e-3));
        assertThat(document.tree().path("functions").get(0).path("duration").asText()).startsWith("scale:1.2*");
        assertThat(document.scenario().recommend().cpuShare()).isEqualTo(0.333333);
        assertThat(document.scenario().recommend().handlerThreads()).isEqualTo(1);
    }

    @Test
    void applyingTheConfiguredSizeChangesNothingButTheField() {
        FunctionSpec api = document.scenario().spec().functions().get(0);
        ObjectNode tree = document.tree();
        RecommendationEdits.applyMemory(tree, api, document.scenario().recommend(), 1024);
        assertThat(tree).isEqualTo(document.tree());
    }

    @Test
    void aProvisionedLevelOrScheduleIsWrittenAsTheFileFormatHasIt() {
        ObjectNode tree = document.tree();
        RecommendationEdits.applyProvisioned(tree, "api", new ProvisionedPlan.Constant(3));
        assertThat(tree.path("functions").get(0).path("provisioned_concurrency").asInt()).isEqualTo(3);
        RecommendationEdits.applyProvisioned(tree, "api", new ProvisionedPlan.Constant(0));
        assertThat(tree.path("functions").get(0).has("provisioned_concurrency")).isFalse();
    }

    @Test
    void anUnknownFunctionIsNamed() {
        assertThatThrownBy(() -> RecommendationEdits.applyProvisioned(document.tree(), "gone",
                new ProvisionedPlan.Constant(1))).hasMessage("the scenario has no function \"gone\" any more");
    }
}
