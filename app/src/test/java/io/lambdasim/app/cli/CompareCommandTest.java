package io.lambdasim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CompareCommandTest {

    private static final String EXAMPLE = Path.of("..", "examples", "api-lambda-vs-ec2.json").toString();

    private static JsonNode json(CliRun run) throws IOException {
        assertThat(run.status()).as("exit status; stderr: %s", run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void jsonHasEveryDesignWithItsFiguresAndTheWinner() throws IOException {
        JsonNode root = json(CliRun.of("compare", EXAMPLE, "--json"));
        assertThat(root.fieldNames()).toIterable().containsExactly("scenario", "seed", "replications", "horizon",
                "objective", "designs", "cheapest_meeting_objective");
        assertThat(root.get("designs")).hasSize(3);
        for (JsonNode d : root.get("designs")) {
            assertThat(d.fieldNames()).toIterable().contains("name", "type", "monthly_cost_usd", "cost_usd",
                    "cost_per_million_requests_usd", "latency_ms", "utilization", "meets_objective", "reason", "lines",
                    "monthly_lines");
            assertThat(d.get("latency_ms").fieldNames()).toIterable().containsExactly("p50", "p99");
            if (d.get("type").asText().equals("lambda")) {
                assertThat(d.has("cold_start_probability")).isTrue();
                assertThat(d.has("throttle_probability")).isTrue();
            } else {
                assertThat(d.has("unserved_share")).isTrue();
                assertThat(d.has("cold_start_probability")).isFalse();
            }
        }
        assertThat(root.get("cheapest_meeting_objective").asText()).isEqualTo("lambda-arm64-1gb");
    }

    @Test
    void theSameSeedPrintsTheSameJson() {
        CliRun a = CliRun.of("compare", EXAMPLE, "--json", "--seed", "3");
        CliRun b = CliRun.of("compare", EXAMPLE, "--json", "--seed", "3");
        assertThat(a.status()).isZero();
        assertThat(a.out()).isEqualTo(b.out()).contains("\"seed\" : 3");
    }

    @Test
    void theTableNamesTheWinnerAndEachLosersReason() {
        CliRun run = CliRun.of("compare", EXAMPLE);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Cheapest design meeting the objective: lambda-arm64-1gb")
                .contains("more than lambda-arm64-1gb");
    }

    @Test
    void badInputIsOneLine() {
        CliRun run = CliRun.of("compare", EXAMPLE, "--replications", "0");
        assertThat(run.status()).isEqualTo(LambdaSimCommand.EXIT_USAGE);
        assertThat(run.err()).isEqualTo("lambdasim compare: --replications must be 1 to 10000, was 0"
                + System.lineSeparator());
    }
}
