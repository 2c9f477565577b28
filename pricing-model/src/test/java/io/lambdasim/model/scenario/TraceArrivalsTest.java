package io.lambdasim.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.model.capacity.LambdaSimulation;
import io.lambdasim.model.capacity.RunResult;
import io.lambdasim.workload.trace.InvocationRecord;
import io.lambdasim.workload.trace.InvocationStatus;
import io.lambdasim.workload.trace.TraceWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceArrivalsTest {

    private static final Path CLOUDWATCH = Path.of("..", "workload-generator", "src", "test", "resources", "fixtures",
            "cloudwatch", "get-metric-data-two-functions.json").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private Path scenario(String arrivals, String horizon) throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, """
                {"format": "lambdasim-scenario/1", "name": "t", "seed": 1, "horizon": "%s",
                 "functions": [{"name": "orders-api", "memory_mb": 512, "duration": "const:100ms", "init": "const:0ms",
                                "arrivals": %s}]}
                """.formatted(horizon, arrivals));
        return f;
    }

    @Test
    void replaysATraceNextToTheScenario() throws Exception {
        try (TraceWriter w = TraceWriter.to(dir.resolve("api.lstrace")).open()) {
            for (int i = 0; i < 10; i++) {
                w.invocation(new InvocationRecord(1_772_409_600_000_000L + i * 1_000_000L, "orders-api", 5_000, -1,
                        -1, -1, -1, 512, -1, InvocationStatus.SUCCESS, null, null));
            }
            w.commit();
        }
        Scenario s = ScenarioReader.read(scenario("{\"type\": \"trace\", \"file\": \"api.lstrace\"}", "1h"));
        RunResult r = new LambdaSimulation(s.spec(), 0).run();
        assertThat(r.invocations()).isEqualTo(10);
        // The recorded 5 ms, not the 100 ms of the duration distribution: 10 × 5 ms × 512 MB.
        assertThat(r.usage().of(io.lambdasim.pricedata.Architecture.X86_64).onDemandMbMs().longValueExact())
                .isEqualTo(10L * 5 * 512);
        // Written back as written.
        Path copy = dir.resolve("copy.json");
        ScenarioWriter.write(s, copy);
        assertThat(Files.readString(copy)).containsPattern("\"file\"\\s*:\\s*\"api.lstrace\"");
        assertThat(ScenarioReader.read(copy)).isEqualTo(s);
    }

    @Test
    void importsACloudWatchExportWhenTheScenarioIsRead() throws Exception {
        Scenario s = ScenarioReader.read(scenario(
                "{\"type\": \"trace\", \"file\": \"" + CLOUDWATCH.toString().replace("\\", "\\\\") + "\"}", "4h"));
        RunResult r = new LambdaSimulation(s.spec(), 0).run();
        // The fixture's orders-api Invocations add up to 24,170 (GetMetricDataImporterTest).
        assertThat(r.invocations()).isEqualTo(24_170);
    }

    @Test
    void theTraceSourceOfALambdaSimTraceIsTheFileItselfWithNoImportToReport() throws Exception {
        try (TraceWriter w = TraceWriter.to(dir.resolve("api.lstrace")).open()) {
            w.invocation(new InvocationRecord(1_772_409_600_000_000L, "orders-api", 5_000, -1, -1, -1, -1, 512, -1,
                    InvocationStatus.SUCCESS, null, null));
            w.commit();
        }
        Scenario s = ScenarioReader.read(scenario("{\"type\": \"trace\", \"file\": \"api.lstrace\"}", "1h"));
        TraceSource t = TraceSource.of(s.spec().functions().get(0).workload()).orElseThrow();
        assertThat(t.file()).isEqualTo("api.lstrace");
        assertThat(t.trace()).isEqualTo(dir.resolve("api.lstrace").toAbsolutePath());
        assertThat(t.function()).isEqualTo("orders-api");
        assertThat(t.imported()).isEmpty();
    }

    @Test
    void theTraceSourceOfAnExportImportedAsTheScenarioIsReadKeepsWhatTheImportRejected() throws Exception {
        Path csv = Path.of("..", "workload-generator", "src", "test", "resources", "fixtures", "cloudwatch",
                "console-bad-cells.csv").toAbsolutePath().normalize();
        Scenario s = ScenarioReader.read(scenario("{\"type\": \"trace\", \"file\": \""
                + csv.toString().replace("\\", "\\\\") + "\", \"function\": \"console-bad-cells\"}", "1h"));
        TraceSource t = TraceSource.of(s.spec().functions().get(0).workload()).orElseThrow();
        // The fixture's five bad cells and rows (ConsoleCsvImporterTest), two good rows.
        assertThat(t.imported()).hasValueSatisfying(r -> {
            assertThat(r.rejectedCount()).isEqualTo(5);
            assertThat(r.acceptedCount()).isEqualTo(2);
            assertThat(r.rejections().get(0).toString()).contains("console-bad-cells.csv:3: Invocations");
        });
        assertThat(t.trace()).isNotEqualTo(csv);
    }

    @Test
    void generatedArrivalsHaveNoTraceSource() throws Exception {
        Scenario s = ScenarioReader.read(scenario("{\"type\": \"poisson\", \"rate_per_second\": 1}", "1h"));
        assertThat(TraceSource.of(s.spec().functions().get(0).workload())).isEmpty();
    }

    @Test
    void aFunctionMissingFromTheTraceIsNamedWithThoseItHas() throws Exception {
        Path f = scenario("{\"type\": \"trace\", \"file\": \"" + CLOUDWATCH.toString().replace("\\", "\\\\")
                + "\", \"function\": \"checkout\"}", "1h");
        assertThatThrownBy(() -> ScenarioReader.read(f)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("functions[0].arrivals.function").hasMessageContaining("\"checkout\" is not in")
                .hasMessageContaining("orders-api").hasMessageContaining("resize-image");
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        Path f = scenario("{\"type\": \"trace\", \"file\": \"nope.lstrace\"}", "1h");
        assertThatThrownBy(() -> ScenarioReader.read(f)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("functions[0].arrivals.file").hasMessageContaining("nope.lstrace: no such file");
    }
}
