package io.lambdasim.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.model.capacity.LambdaSimulation;
import io.lambdasim.model.capacity.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The scenarios in {@code examples/} are documentation: each must read and simulate, and tell what it shows. */
class ExamplesTest {

    /** The repository's examples folder, seen from the module directory Maven runs tests in. */
    static final Path EXAMPLES = Path.of("..", "examples");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    /** Each example's first replication, simulated once for all the tests of this class. */
    private static final Map<String, RunResult> RUNS = new ConcurrentHashMap<>();

    private static RunResult simulate(String file) {
        return RUNS.computeIfAbsent(file, f -> new LambdaSimulation(ScenarioReader.read(EXAMPLES.resolve(f)).spec(), 0)
                .run());
    }

    @Test
    void theDocumentedExamplesAreThere() throws IOException {
        assertThat(examples().map(p -> p.getFileName().toString())).contains("http-api.json",
                "provisioned-weekday.json", "async-burst.json", "simfaas-validation.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleReadsTellsItsStoryAndSimulates(Path file) {
        Scenario s = ScenarioReader.read(file);
        assertThat(s.description()).as("a one-paragraph story").hasSizeGreaterThan(200).doesNotContain("\n");
        // Every example runs in well under two seconds as it is, so none needs a shorter horizon here.
        RunResult r = simulate(file.getFileName().toString());
        assertThat(r.invocations()).isPositive();
        assertThat(r.served()).isPositive();
        assertThat(r.bill().totalUsd()).isNotNegative();
        assertThat(r.avgEnvironments()).isGreaterThanOrEqualTo(r.avgBusy());
    }

    @Test
    void asyncBurstRetriesAndDrops() {
        RunResult r = simulate("async-burst.json");
        assertThat(r.throttles()).isPositive();
        assertThat(r.retries()).isPositive();
        assertThat(r.drops()).isPositive();
        assertThat(r.syncThrottles()).isZero();
        assertThat(r.peakConcurrency()).isEqualTo(5);
    }

    @Test
    void provisionedWeekdayServesFromProvisionedEnvironmentsAndSpillsOver() {
        RunResult r = simulate("provisioned-weekday.json");
        assertThat(r.pcServed()).isPositive();
        assertThat(r.spillover()).isPositive();
        assertThat(r.pcUtilization()).isBetween(0.0, 1.0);
        // 6 environments for 5 × 12 hours of a 168-hour week.
        assertThat(r.avgProvisioned()).isCloseTo(6.0 * 60 / 168, within(1e-9));
        assertThat(r.bill().lines()).anyMatch(l -> l.item().startsWith("Provisioned concurrency"));
    }

    @Test
    void httpApiIsSynchronousAndUnthrottled() {
        RunResult r = simulate("http-api.json");
        assertThat(r.throttles()).isZero();
        assertThat(r.coldStartProbability()).isLessThan(0.001);
        assertThat(r.bill().totalUsd()).isPositive();
    }

    @Test
    void simfaasValidationAgreesWithLittlesLawAndSimFaaS() {
        RunResult r = simulate("simfaas-validation.json");
        double pCold = r.coldStartProbability();
        double lambda = (double) r.served() / 1_000_000;
        assertThat(r.avgBusy()).isCloseTo(lambda * (1.991 + pCold * 0.253), within(0.02 * 1.792));
        // SimFaaS's own run of this case reports P(cold) = 0.0014 and 7.66 environments on average.
        assertThat(pCold).isBetween(0.0007, 0.0025);
        assertThat(r.avgEnvironments()).isCloseTo(7.66, within(0.8));
        assertThat(r.throttles()).isZero();
        assertThat(List.of(r.timeouts(), r.drops())).containsOnly(0L);
    }
}
