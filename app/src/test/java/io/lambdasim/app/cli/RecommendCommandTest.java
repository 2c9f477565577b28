package io.lambdasim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendCommandTest {

    private static final String EXAMPLE = Path.of("..", "examples", "api-lambda-vs-ec2.json").toString();

    /** One second of pure CPU work at 128 MB; INIT not billed (2025-01 prices); objective p99 300 ms. */
    private static final String PURE_CPU = """
            {"format": "lambdasim-scenario/1", "name": "pure CPU", "seed": 5, "horizon": "30min",
             "price_date": "2025-01-01", "free_tier": false,
             "functions": [{"name": "fn", "memory_mb": 128, "duration": "const:1000ms", "init": "const:1ms",
                            "timeout": "10s", "arrivals": {"type": "poisson", "rate_per_second": 2}}],
             "objective": {"p99_latency": "300ms"}}
            """;

    private static JsonNode json(CliRun run) throws IOException {
        assertThat(run.status()).as("exit status; stderr: %s", run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void recommendsTheCheapestSizeMeetingTheLatencyObjective(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("pure-cpu.json"), PURE_CPU);

        // 1 s at 128 MB is 250 ms at 512 MB and 500 ms at 256 MB, for the same 128,000 MB-ms per request; 448 MB
        // bills 286 ms × 448 = 128,128 MB-ms. So 512 MB is the cheapest size within 300 ms, at no extra cost.
        JsonNode root = json(CliRun.of("recommend", file.toString(), "--json", "--cpu-share", "1",
                "--memory-sizes", "256,448,512,1536", "--threads", "2"));

        JsonNode mem = root.get("memory");
        assertThat(mem.get("recommended_mb").asInt()).isEqualTo(512);
        assertThat(mem.get("current_mb").asInt()).isEqualTo(128);
        assertThat(mem.get("saving_monthly_usd").decimalValue()).isEqualByComparingTo("0");
        assertThat(mem.get("curve")).extracting(n -> n.get("memory_mb").asInt())
                .containsExactly(128, 256, 448, 512, 1536);
        assertThat(mem.get("curve").get(0).get("current").asBoolean()).isTrue();
        assertThat(root.get("provisioned_concurrency").isNull()).isTrue();
    }

    @Test
    void theExamplePrintsTheCurveAndBothRecommendationsWithTheirSavings() {
        CliRun run = CliRun.of("recommend", EXAMPLE, "--memory-sizes", "512,1024,2048");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("memory MB", "avg ms", "p99 ms", "USD/month", "current", "recommended",
                "Recommended memory:", "Provisioned concurrency at 1,024 MB", "Recommended:", "a month");
    }

    @Test
    void oneAndTwoThreadsPrintTheSameJson() {
        CliRun a = CliRun.of("recommend", EXAMPLE, "--json", "--memory-sizes", "512,2048", "--threads", "1");
        CliRun b = CliRun.of("recommend", EXAMPLE, "--json", "--memory-sizes", "512,2048", "--threads", "2");

        assertThat(a.status()).as(a.err()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
    }

    @Test
    void badInputIsOneLine() {
        CliRun run = CliRun.of("recommend", EXAMPLE, "--cpu-share", "1.5");

        assertThat(run.status()).isEqualTo(LambdaSimCommand.EXIT_USAGE);
        assertThat(run.err()).isEqualTo("lambdasim recommend: --cpu-share must be 0 to 1, was 1.5"
                + System.lineSeparator());
    }

    @Test
    void anUnknownFunctionIsNamed() {
        CliRun run = CliRun.of("recommend", EXAMPLE, "--function", "nope");

        assertThat(run.status()).isEqualTo(LambdaSimCommand.EXIT_USAGE);
        assertThat(run.err()).contains("no function \"nope\"").contains("functions: api");
    }
}
