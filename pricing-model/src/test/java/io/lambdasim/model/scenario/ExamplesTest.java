package io.lambdasim.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.model.capacity.LambdaSimulation;
import io.lambdasim.model.capacity.RunResult;
import io.lambdasim.model.capacity.TimeSeries;
import io.lambdasim.model.compare.Comparison;
import io.lambdasim.model.compare.DesignComparison;
import io.lambdasim.model.compare.DesignResult;
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
                "provisioned-weekday.json", "async-burst.json", "simfaas-validation.json", "mobile-launch-spike.json",
                "scheduled-job.json", "thumbnail-pipeline.json", "stream-processor.json", "website-backend.json");
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
    void mobileLaunchSpikePeaksInTheEveningAndThrottlesOnlyInTheLaunchCrowd() {
        RunResult r = simulate("mobile-launch-spike.json");
        TimeSeries ts = r.timeSeries();
        int perHour = (int) (3_600_000_000L / ts.binUs());
        // Monday (time 0 is midnight in New York): 18:00–22:00 around the 20:00 peak against 06:00–10:00 around the
        // trough. With a = (6 − 1) / (6 + 1), the four hours around the peak hold 4 + a (24 / π) sin(π / 6) = 6.73
        // average hours' worth of requests, those around the trough 4 − 2.73 = 1.27: a ratio of 5.3.
        double evening = sum(ts.invocations(), 18 * perHour, 22 * perHour);
        double morning = sum(ts.invocations(), 6 * perHour, 10 * perHour);
        assertThat(evening / morning).isCloseTo(6.73 / 1.27, within(0.3));
        // The launch at 42 h (Tuesday 18:00) multiplies the rate by 25: the crowd hits the reserved concurrency of 30.
        assertThat(r.peakConcurrency()).isEqualTo(30);
        assertThat(r.throttles()).isPositive();
        assertThat(sum(ts.throttles(), 42 * perHour, 45 * perHour)).isEqualTo(r.throttles());
        int busiest = 0;
        for (int b = 0; b < ts.bins(); b++) {
            busiest = ts.invocations()[b] > ts.invocations()[busiest] ? b : busiest;
        }
        assertThat(busiest).isBetween(42 * perHour, 42 * perHour + perHour / 2);
    }

    @Test
    void scheduledJobFansOutEveryFiveMinutesAndRunsTheNightlyExportOnWorkingDays() {
        RunResult r = simulate("scheduled-job.json");
        // 12 firings an hour for 7 days, 50 invocations each, plus 02:00 on Monday to Friday.
        assertThat(r.invocations()).isEqualTo(12 * 24 * 7 * 50 + 5);
        assertThat(r.throttles()).isZero();
        assertThat(r.peakConcurrency()).isBetween(30, 50);
        assertThat(r.avgBusy()).isLessThan(1);
        // Environments outlive the 5-minute gap (10 minutes of keep-alive): few of the 100,805 invocations start cold.
        assertThat(r.coldStartProbability()).isLessThan(0.05);
        assertThat(r.coldStarts()).isGreaterThanOrEqualTo(50 + 5);
    }

    private static long sum(long[] values, int from, int to) {
        long s = 0;
        for (int i = from; i < to; i++) {
            s += values[i];
        }
        return s;
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

    @Test
    void apiLambdaVsEc2ComparesThreeDesignsOnTheSameRequestsAndArmWins() {
        Scenario s = ScenarioReader.read(EXAMPLES.resolve("api-lambda-vs-ec2.json"));
        Comparison c = DesignComparison.run(s, 4);
        assertThat(c.designs()).extracting(DesignResult::name)
                .containsExactly("lambda-x86-1gb", "lambda-arm64-1gb", "ec2-m7g-large-alb");
        assertThat(c.designs()).allSatisfy(d -> assertThat(d.requests()).isEqualTo(c.designs().get(0).requests()));
        assertThat(c.designs()).allSatisfy(d -> assertThat(d.meetsObjective()).isTrue());
        assertThat(c.cheapestMeetingObjective()).contains("lambda-arm64-1gb");
    }
}
