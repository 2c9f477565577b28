package io.lambdasim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BreakevenCommandTest {

    private static final String EXAMPLE = Path.of("..", "examples", "api-lambda-vs-ec2.json").toString();

    private static JsonNode json(CliRun run) throws IOException {
        assertThat(run.status()).as("exit status; stderr: %s", run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void scenarioJsonHasCurvesCrossingsAndTheClosedForms() throws IOException {
        JsonNode root = json(CliRun.of("breakeven", EXAMPLE, "--json", "--from", "0.5", "--to", "4", "--points", "4",
                "--threads", "2"));
        assertThat(root.get("curves")).hasSize(3);
        int points = root.get("curves").get(0).get("points").size();
        for (JsonNode c : root.get("curves")) {
            assertThat(c.get("points")).hasSize(points);
            for (JsonNode p : c.get("points")) {
                assertThat(p.fieldNames()).toIterable().contains("factor", "requests_per_month", "avg_rps", "usd",
                        "meets_objective");
                // requests a month and the mean rate agree through the 730-hour month
                assertThat(p.get("avg_rps").asDouble()).isCloseTo(p.get("requests_per_month").asDouble() / 2_628_000,
                        within(0.001));
            }
        }
        // Both Lambda designs cross the fleet between today's traffic and 4 times it (docs/breakeven.md example).
        assertThat(root.get("crossings")).hasSize(2);
        for (JsonNode c : root.get("crossings")) {
            assertThat(c.fieldNames()).toIterable().contains("requests_per_month", "avg_rps", "lambda_usd", "ec2_usd",
                    "designs");
            assertThat(c.get("designs").get(1).asText()).isEqualTo("ec2-m7g-large-alb");
            assertThat(c.get("factor").asDouble()).isBetween(1.0, 4.0);
            // where the costs meet, they are equal to within the refinement's tolerance on the volume
            assertThat(c.get("lambda_usd").asDouble()).isCloseTo(c.get("ec2_usd").asDouble(),
                    within(c.get("ec2_usd").asDouble() * 0.03));
        }
        assertThat(root.get("pc_breakeven_utilization").asDouble()).isCloseTo(0.6, within(1e-6));
        assertThat(root.get("architecture").get("break_even_slowdown").asDouble()).isCloseTo(1.25, within(0.001));
        assertThat(root.get("current").get("avg_rps").asDouble()).isCloseTo(20, within(0.2));
    }

    @Test
    void quickModeBuildsOneLambdaDesignAndOneFleet() throws IOException {
        JsonNode root = json(CliRun.of("breakeven", "--memory-mb", "1024", "--avg-duration-ms", "200", "--arch", "arm64",
                "--instance-type", "m7g.large", "--rate-profile", "diurnal", "--horizon", "2h", "--rate", "5",
                "--points", "3", "--no-refine", "--json"));
        assertThat(root.get("curves")).extracting(c -> c.get("design").asText())
                .containsExactly("lambda-arm64-1024mb", "ec2-m7g.large");
        assertThat(root.has("crossings")).isTrue();
        // arm64 in us-east-1: 0.0000033334 / (0.0000133334 − 0.0000077778) = 0.600007
        assertThat(root.get("pc_breakeven_utilization").asDouble()).isCloseTo(0.600007, within(1e-6));
        // 200 ms exactly is billed 200 ms under either granularity
        assertThat(root.get("billing_granularity").get(0).get("monthly_saving_usd").asDouble()).isZero();
    }

    @Test
    void quickModeNeedsAnInstanceTypeAndSaysSo() {
        CliRun run = CliRun.of("breakeven", "--avg-duration-ms", "200");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--instance-type").doesNotContain("Exception");
    }

    @Test
    void anUnknownRateProfileIsNamed() {
        CliRun run = CliRun.of("breakeven", "--avg-duration-ms", "200", "--instance-type", "m7g.large",
                "--rate-profile", "lunar");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--rate-profile").contains("lunar");
    }

    @Test
    void quickModeOptionsDoNotMixWithAFile() {
        CliRun run = CliRun.of("breakeven", EXAMPLE, "--instance-type", "m7g.large");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("cannot be combined");
    }
}
