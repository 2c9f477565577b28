package io.lambdasim.pricedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ColdStartTableTest {

    private final ColdStartTable table = ColdStartTable.bundled();

    @Test
    void carriesItsSourceAndDate() {
        assertThat(table.source().toString()).contains("lambda-perf");
        assertThat(table.measuredOn()).isEqualTo(LocalDate.of(2026, 8, 22));
    }

    @Test
    void looksUpByRuntimePackagingAndArchitecture() {
        ColdStartTable.Measurement python = table.lookup("python3.12", Packaging.ZIP, Architecture.ARM64).orElseThrow();
        assertThat(python.lowMs()).isEqualTo(73);
        assertThat(python.highMs()).isEqualTo(85);
        assertThat(python.meanMs()).isEqualTo(79);
        ColdStartTable.Measurement image = table.lookup("nodejs22.x", Packaging.CONTAINER_IMAGE, Architecture.X86_64)
                .orElseThrow();
        assertThat(image.lowMs()).isEqualTo(229);
    }

    @Test
    void fallsBackToTheClosestMeasurement() {
        // No arm64 measurement of java21: the x86_64 ZIP one.
        assertThat(table.lookup("java21", Packaging.ZIP, Architecture.ARM64).orElseThrow().architecture())
                .isEqualTo(Architecture.X86_64);
        // No container image of ruby3.3: its ZIP one.
        assertThat(table.lookup("RUBY3.3", Packaging.CONTAINER_IMAGE, Architecture.X86_64).orElseThrow().packaging())
                .isEqualTo(Packaging.ZIP);
        assertThat(table.lookup("cobol85", Packaging.ZIP, Architecture.X86_64)).isEmpty();
    }

    @Test
    void rejectsAMalformedRangeNamingTheField() throws Exception {
        var json = new ObjectMapper().readTree("{\"source\": \"https://x\", \"measured_on\": \"2026-01-01\", "
                + "\"runtimes\": [{\"runtime\": \"a\", \"kind\": \"managed\", \"zip_x86_64\": [90, 80]}]}");
        assertThatThrownBy(() -> ColdStartTable.parse("t.json", json)).isInstanceOf(PriceDataException.class)
                .hasMessageContaining("t.json: runtimes[0].zip_x86_64");
    }
}
