package io.lambdasim.model.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.Packaging;
import io.lambdasim.workload.distribution.DurationDistribution;
import org.junit.jupiter.api.Test;

class InitDefaultsTest {

    private final InitDefaults defaults = InitDefaults.bundled();

    @Test
    void meanIsTheMiddleOfTheMeasuredRangeAndP99ThreeTimesTheMedian() {
        // python3.12 ZIP arm64 measured 73 to 85 ms: mean 79 ms.
        DurationDistribution d = defaults.forRuntime("python3.12", Packaging.ZIP, Architecture.ARM64);
        assertThat(d.meanUs()).isCloseTo(79_000, within(5.0));
        assertThat(d.quantileUs(0.99) / d.quantileUs(0.5)).isCloseTo(3.0, within(0.001));
    }

    @Test
    void containerImagesStartSlowerThanZip() {
        double zip = defaults.forRuntime("nodejs22.x", Packaging.ZIP, Architecture.X86_64).meanUs();
        double image = defaults.forRuntime("nodejs22.x", Packaging.CONTAINER_IMAGE, Architecture.X86_64).meanUs();
        assertThat(zip).isCloseTo(139_000, within(5.0));
        assertThat(image).isCloseTo(291_500, within(5.0));
    }

    @Test
    void unknownRuntimeAsksForAnExplicitDistribution() {
        assertThatThrownBy(() -> defaults.forRuntime("cobol85", Packaging.ZIP, Architecture.X86_64))
                .hasMessageContaining("cobol85").hasMessageContaining("\"init\"").hasMessageContaining("python3.12");
    }
}
