package io.lambdasim.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.capacity.SimulationSpec;
import io.lambdasim.workload.InvocationSource;
import io.lambdasim.workload.Workload;
import io.lambdasim.workload.distribution.Distributions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioWriterTest {

    private static final ScenarioReader READER = ScenarioReader.bundled();

    static Stream<Path> examples() throws IOException {
        return ExamplesTest.examples();
    }

    private static Scenario roundTrip(Scenario s, Path dir) throws IOException {
        Path file = dir.resolve("saved.json");
        ScenarioWriter.write(s, file);
        return ScenarioReader.read(file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readingWhatWasWrittenGivesTheSameScenario(Path example, @TempDir Path dir) throws IOException {
        Scenario s = ScenarioReader.read(example);
        assertThat(roundTrip(s, dir)).isEqualTo(s);
    }

    @Test
    void roundTripsWindowsStepsLegacyScalingTimeZonesAndEveryOption(@TempDir Path dir) throws IOException {
        String json = ScenarioReaderTest.scenario("""
                  "description": "all of it",
                  "seed": 99,
                  "replications": 2,
                  "horizon": "3.5d",
                  "warmup": "90s",
                  "start": "2026-07-01T00:30:00Z",
                  "time_zone": "America/New_York",
                  "region": "eu-central-1",
                  "account": {"concurrency_limit": 2000, "min_unreserved": 150, "scaling": "legacy-burst", "legacy_burst": 700}""",
                """
                      "memory_mb": 3000,
                      "runtime": "provided.al2023",
                      "runtime_kind": "managed",
                      "packaging": "image",
                      "reserved_concurrency": 300,
                      "invocation": "async",
                      "max_event_age": "61s",
                      "keep_alive": "mix:0.5*const:5min+0.5*exp:20min",
                      "max_lifetime": "2h",
                      "provisioned_concurrency": [
                        {"concurrency": 10, "days": "mon-fri", "from": "08:00", "to": "20:00"},
                        {"concurrency": 3, "days": "sat,sun", "from": "22:00", "to": "24:00"},
                        {"concurrency": 1, "from": "23:00", "to": "01:00"}
                      ]""")
                .replace("  ]\n}", "    ,{\"name\": \"second\", \"duration\": \"uniform:1ms..2ms\", \"timeout\": \"900s\","
                        + " \"arrivals\": {\"type\": \"poisson\", \"rate_per_second\": 0.123456789},"
                        + " \"provisioned_concurrency\": {\"steps\": [{\"at\": \"1us\", \"concurrency\": 2},"
                        + " {\"at\": \"1.25h\", \"concurrency\": 0}]}}\n  ]\n}");
        Scenario s = READER.parse("all.json", json);
        Scenario back = roundTrip(s, dir);
        assertThat(back).isEqualTo(s);
        assertThat(back.plan("fn")).isInstanceOf(ProvisionedPlan.Weekly.class);
        assertThat(back.plan("second")).isInstanceOf(ProvisionedPlan.Steps.class);
    }

    @Test
    void leavesOutTheDefaultInitSoThatItFollowsTheRuntime() {
        Scenario s = READER.parse("t.json", ScenarioReaderTest.scenario("", ""));
        String json = ScenarioWriter.toJson(s);
        assertThat(json).doesNotContain("\"init\"").doesNotContain("runtime_kind").contains("\"runtime\": \"nodejs22.x\"");
        Scenario explicit = READER.parse("t.json", ScenarioReaderTest.scenario("", "      \"init\": \"exp:1s\""));
        assertThat(ScenarioWriter.toJson(explicit)).contains("\"init\": \"exp:1s\"");
    }

    @Test
    void writesAReadableFile() {
        Scenario s = READER.parse("t.json", ScenarioReaderTest.scenario("", "      \"provisioned_concurrency\": "
                + "[{\"concurrency\": 5, \"days\": \"weekdays\", \"from\": \"08:00\", \"to\": \"24:00\"}]"));
        String json = ScenarioWriter.toJson(s);
        assertThat(json).startsWith("{\n  \"format\": \"lambdasim-scenario/1\",\n  \"name\": \"test\",")
                .contains("\"horizon\": \"1d\"").contains("\"keep_alive\": \"const:10min\"")
                .contains("\"days\": \"mon-fri\"").contains("\"to\": \"24:00\"")
                .contains("\"rate_per_second\": 2\n").endsWith("}\n");
    }

    @Test
    void replacesAnExistingFileAtomicallyAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Scenario s = READER.parse("t.json", ScenarioReaderTest.scenario("", ""));
        Path file = dir.resolve("scenario.json");
        Files.writeString(file, "old content");
        ScenarioWriter.write(s, file);
        ScenarioWriter.write(s.withSeed(7), file);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(ScenarioReader.read(file).seed()).isEqualTo(7);
    }

    @Test
    void refusesArrivalsTheFormatCannotExpress() {
        Scenario s = READER.parse("t.json", ScenarioReaderTest.scenario("", ""));
        Workload custom = new Workload() {
            @Override
            public InvocationSource open(UniformRandomProvider rng, long horizonUs) {
                return () -> InvocationSource.END;
            }

            @Override
            public double meanRatePerSecond() {
                return Double.NaN;
            }

            @Override
            public String describe() {
                return "a trace";
            }
        };
        SimulationSpec spec = s.spec();
        FunctionSpec f = spec.functions().get(0).toBuilder().workload(custom).build();
        Scenario odd = s.withReplications(1);
        Scenario withTrace = new Scenario(odd.name(), odd.description(), 1, odd.start(), odd.timeZone(),
                odd.priceDate(), odd.provisioned(), spec.withFunctions(List.of(f)));
        assertThatThrownBy(() -> ScenarioWriter.toJson(withTrace)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("arrivals \"a trace\" cannot be written");
    }

    @Test
    void horizonOverridesLayWeeklyWindowsOutAgain() {
        Scenario s = READER.parse("t.json", ScenarioReaderTest.scenario("  \"horizon\": \"7d\"",
                "      \"provisioned_concurrency\": [{\"concurrency\": 5, \"days\": \"mon-fri\", \"from\": \"08:00\", "
                        + "\"to\": \"20:00\"}]"));
        assertThat(s.spec().functions().get(0).provisioned().stepCount()).isEqualTo(10);
        Scenario oneDay = s.withHorizonUs(86_400_000_000L);
        assertThat(oneDay.spec().functions().get(0).provisioned().stepCount()).isEqualTo(2);
        assertThat(oneDay.plan("fn")).isEqualTo(s.plan("fn"));
        assertThat(oneDay.withHorizonUs(7 * 86_400_000_000L)).isEqualTo(s);
        assertThatThrownBy(() -> new Scenario(s.name(), s.description(), 1, s.start(), s.timeZone(), s.priceDate(),
                s.provisioned(), oneDay.spec().withFunctions(s.spec().functions())))
                .as("a schedule that is not its plan's").isInstanceOf(IllegalArgumentException.class);
        assertThat(Distributions.parse("const:10min")).isEqualTo(s.spec().functions().get(0).keepAlive());
    }
}
