package io.lambdasim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    /** The repository's examples, seen from the app module's directory. */
    private static final Path EXAMPLES = Path.of("..", "examples");

    private static final String[] FIGURES = {"invocations", "served", "cold_starts", "cold_start_probability",
        "throttles", "throttle_probability", "retries", "drops", "timeouts", "pc_served", "spillover",
        "avg_environments", "avg_busy_environments", "avg_idle_environments", "peak_concurrency", "avg_provisioned",
        "pc_utilization", "latency_ms", "warm_latency_ms", "cold_latency_ms", "cost_usd"};

    private static String[] quick(String... extra) {
        List<String> args = new ArrayList<>(List.of("simulate", "--rate", "5", "--duration",
                "lognormal:median=80ms,p99=900ms", "--horizon", "2h", "--json"));
        args.addAll(List.of(extra));
        return args.toArray(new String[0]);
    }

    private static JsonNode json(CliRun run) throws IOException {
        assertThat(run.status()).as("exit status; stderr: %s", run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return new ObjectMapper().readTree(run.out());
    }

    private static void assertOneLineUsageError(CliRun run, String expected) {
        assertThat(run.status()).isEqualTo(LambdaSimCommand.EXIT_USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("lambdasim simulate: " + expected + System.lineSeparator());
    }

    @Test
    void quickModeJsonHasEveryFigureAndTheBill() throws IOException {
        JsonNode root = json(CliRun.of(quick("--seed", "3")));
        assertThat(root.get("scenario").asText()).isEqualTo("quick mode");
        assertThat(root.get("seed").asLong()).isEqualTo(3);
        assertThat(root.get("replications").asInt()).isEqualTo(1);
        assertThat(root.get("horizon").asText()).isEqualTo("2h");
        assertThat(root.get("warmup").asText()).isEqualTo("0ms");
        for (String key : FIGURES) {
            assertThat(root.has(key)).as(key).isTrue();
        }
        for (String key : List.of("latency_ms", "warm_latency_ms", "cold_latency_ms")) {
            assertThat(root.get(key).fieldNames()).toIterable().containsExactly("mean", "p50", "p90", "p99", "max");
        }
        assertThat(root.get("invocations").isIntegralNumber()).isTrue();
        assertThat(root.get("invocations").asLong()).isBetween(34_000L, 38_000L);
        assertThat(root.get("pc_utilization").isNull()).as("no provisioned concurrency").isTrue();
        assertThat(root.has("ci95_half_width")).isFalse();
        JsonNode bill = root.get("bill");
        assertThat(bill.fieldNames()).toIterable().startsWith("total_usd", "lines", "region", "price_edition");
        assertThat(bill.get("lines").get(0).fieldNames()).toIterable()
                .contains("item", "quantity", "unit", "unit_price_usd", "usd", "exact_usd", "rule");
        assertThat(root.get("cost_usd").decimalValue()).isEqualByComparingTo(bill.get("total_usd").decimalValue());
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode l : bill.get("lines")) {
            sum = sum.add(l.get("usd").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo(bill.get("total_usd").decimalValue());
        assertThat(bill.get("region").asText()).isEqualTo("us-east-1");
    }

    @Test
    void theSameSeedGivesByteIdenticalJson() {
        CliRun a = CliRun.of(quick("--seed", "11"));
        CliRun b = CliRun.of(quick("--seed", "11"));
        CliRun c = CliRun.of(quick("--seed", "12"));
        assertThat(a.status()).isZero();
        assertThat(b.out()).isEqualTo(a.out());
        assertThat(c.out()).isNotEqualTo(a.out());
    }

    @Test
    void theThreadCountDoesNotChangeTheResults() throws IOException {
        CliRun one = CliRun.of(quick("--replications", "4", "--threads", "1"));
        CliRun four = CliRun.of(quick("--replications", "4", "--threads", "4"));
        assertThat(four.out()).isEqualTo(one.out());
        JsonNode root = json(one);
        assertThat(root.get("replications").asInt()).isEqualTo(4);
        JsonNode ci = root.get("ci95_half_width");
        for (String key : FIGURES) {
            assertThat(ci.has(key)).as(key).isTrue();
        }
        assertThat(ci.get("invocations").asDouble()).isPositive();
        assertThat(ci.get("latency_ms").get("p99").asDouble()).isPositive();
        assertThat(root.get("invocations").isIntegralNumber()).as("a mean").isFalse();
        assertThat(root.get("cost_usd_by_replication")).hasSize(4);
        assertThat(root.get("bill").get("replication").asInt()).isEqualTo(1);
    }

    @Test
    void runsAScenarioFileWithOverrides() throws IOException {
        JsonNode root = json(CliRun.of("simulate", EXAMPLES.resolve("provisioned-weekday.json").toString(),
                "--horizon", "1d", "--seed", "5", "--json"));
        assertThat(root.get("scenario").asText()).isEqualTo("Provisioned concurrency on weekdays");
        assertThat(root.get("seed").asLong()).isEqualTo(5);
        assertThat(root.get("horizon").asText()).isEqualTo("1d");
        assertThat(root.get("pc_served").asLong()).isPositive();
        // Monday's window only: 6 environments for 12 of 24 hours.
        assertThat(root.get("avg_provisioned").asDouble()).isCloseTo(3.0, within(1e-9));
        assertThat(root.get("bill").get("region").asText()).isEqualTo("eu-central-1");
    }

    @Test
    void printsAReadableSummary() {
        CliRun run = CliRun.of("simulate", EXAMPLES.resolve("async-burst.json").toString(), "--horizon", "1h");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Scenario \"Asynchronous events with low reserved concurrency\"")
                .contains("async retries").contains("async drops").containsPattern("throttles\\s+[\\d,]+ +\\(\\d+\\.\\d+ %")
                .contains("Latency (ms)").containsPattern("warm\\s+\\d").contains("Environments")
                .contains("Item").containsPattern("Total\\s+\\d").contains("How each line was computed");
    }

    @Test
    void aBrokenScenarioFileExitsWithOneLineNamingFileLineAndField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        String text = Files.readString(EXAMPLES.resolve("http-api.json")).replace("\"memory_mb\": 1024",
                "\"memory_mb\": 20000");
        Files.writeString(file, text);
        int line = (int) text.substring(0, text.indexOf("20000")).chars().filter(c -> c == '\n').count() + 1;
        assertOneLineUsageError(CliRun.of("simulate", file.toString()),
                file + ":" + line + ": functions[0].memory_mb: 20000 is outside 128 to 10,240 MB");
    }

    @Test
    void malformedAndMissingFilesAreOneLineErrorsToo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"format\": \"lambdasim-scenario/1\",\n  \"name\": \"x\"\n  \"functions\": []\n}\n");
        CliRun run = CliRun.of("simulate", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("lambdasim simulate: " + file + ":4: ").contains("malformed JSON")
                .hasLineCount(1);
        assertOneLineUsageError(CliRun.of("simulate", dir.resolve("none.json").toString()),
                dir.resolve("none.json") + ": no such file");
    }

    @Test
    void quickModeErrorsNameTheOption() {
        assertOneLineUsageError(CliRun.of(quick("--memory-mb", "20000")),
                "--memory-mb: 20000 is outside 128 to 10,240 MB");
        assertOneLineUsageError(CliRun.of("simulate", "--rate", "1", "--duration", "exp:-5ms"),
                "--duration: exp:-5ms: the mean: \"-5ms\" is negative; a time span cannot be");
        assertOneLineUsageError(CliRun.of(quick("--keep-alive", "forever")),
                "--keep-alive: \"forever\" is neither a time span (such as 600s) nor a distribution (such as "
                        + "exp:100ms; kinds: const, exp, uniform, lognormal, gamma, empirical, mix)");
        assertOneLineUsageError(CliRun.of("simulate", "--rate", "0", "--duration", "exp:1s"),
                "--rate: 0 is outside (0, 1000000]");
        assertOneLineUsageError(CliRun.of(quick("--arch", "sparc")),
                "--arch: unknown architecture 'sparc' (expected x86_64 or arm64)");
        assertOneLineUsageError(CliRun.of(quick("--reserved", "10", "--pc", "20")),
                "--pc: 20 is more than the function's reserved_concurrency 10");
        assertOneLineUsageError(CliRun.of("simulate", "--rate", "1"),
                "give a scenario file, or --rate and --duration for quick mode (see 'lambdasim simulate --help')");
        assertOneLineUsageError(CliRun.of("simulate"),
                "give a scenario file, or --rate and --duration for quick mode (see 'lambdasim simulate --help')");
        CliRun badSwitch = CliRun.of(quick("--scaling-rate-limit", "maybe"));
        assertThat(badSwitch.status()).isEqualTo(2);
        assertThat(badSwitch.err()).contains("expected on or off, was 'maybe'").hasLineCount(1);
    }

    @Test
    void quickOptionsCannotBeCombinedWithAFileAndOverridesAreChecked() {
        String file = EXAMPLES.resolve("http-api.json").toString();
        assertOneLineUsageError(CliRun.of("simulate", file, "--rate", "3"), "quick-mode options such as --rate cannot "
                + "be combined with a scenario file; edit the file instead");
        assertOneLineUsageError(CliRun.of("simulate", file, "--horizon", "5min"),
                "--horizon 5min is not longer than the scenario's warm-up 10min");
        assertOneLineUsageError(CliRun.of("simulate", file, "--replications", "0"),
                "--replications must be 1 to 10000, was 0");
        assertOneLineUsageError(CliRun.of("simulate", file, "--threads", "0"), "--threads must be at least 1, was 0");
    }

    @Test
    void aSavedScenarioReproducesTheRun(@TempDir Path dir) throws IOException {
        Path saved = dir.resolve("quick.json");
        CliRun first = CliRun.of(quick("--seed", "4", "--pc", "2", "--save-scenario", saved.toString()));
        assertThat(first.status()).as(first.err()).isZero();
        CliRun again = CliRun.of("simulate", saved.toString(), "--json");
        assertThat(again.out()).isEqualTo(first.out());
        assertThat(Files.readString(saved)).contains("\"provisioned_concurrency\": 2").contains("\"timeout\": \"15min\"");
    }

    @Test
    void theSimFaasCaseObeysLittlesLawAndHasFewColdStarts() throws IOException {
        JsonNode root = json(CliRun.of("simulate", "--rate", "0.9", "--duration", "exp:1991ms", "--init", "exp:253ms",
                "--keep-alive", "600s", "--concurrency-limit", "1000", "--scaling-rate-limit", "off",
                "--horizon", "1000000s", "--seed", "1", "--json"));
        double pCold = root.get("cold_start_probability").asDouble();
        double lambda = root.get("served").asDouble() / 1_000_000;
        double busy = root.get("avg_busy_environments").asDouble();
        // Little's law: busy environments = arrival rate × mean time an invocation holds one (INIT included).
        assertThat(busy).isCloseTo(lambda * (1.991 + pCold * 0.253), within(0.02 * 0.9 * 1.991));
        assertThat(lambda).isCloseTo(0.9, within(0.005));
        assertThat(pCold).isPositive().isLessThan(0.01);
        // SimFaaS (Mahmoudi and Khazaei) reports 0.0014 for this case from one run of the same length.
        assertThat(pCold).isBetween(0.0007, 0.0025);
        assertThat(root.get("throttles").asLong()).isZero();
        assertThat(root.get("avg_environments").asDouble()).isCloseTo(7.66, within(0.8));
        assertThat(root.get("avg_idle_environments").asDouble())
                .isCloseTo(root.get("avg_environments").asDouble() - busy, within(1e-9));
    }

    @Test
    void theTopLevelHelpListsSimulate() {
        CliRun run = CliRun.of("--help");
        assertThat(run.out()).contains("simulate");
        CliRun help = CliRun.of("simulate", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--rate").contains("--scaling-rate-limit").contains("900s")
                .contains("Quick mode");
    }
}
