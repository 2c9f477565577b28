package io.lambdasim.app.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.model.compare.Comparison;
import io.lambdasim.model.compare.DesignComparison;
import io.lambdasim.model.compare.DesignResult;
import io.lambdasim.model.scenario.Design;
import io.lambdasim.model.scenario.Objective;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example of the gallery opens from the app's resources and compares its designs (issue 6). */
class GalleryTest {

    /** The repository's examples folder, seen from the module directory Maven runs tests in. */
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Map<String, Comparison> RUNS = new ConcurrentHashMap<>();

    static Stream<GalleryExample> examples() {
        return Gallery.examples().stream();
    }

    private static Comparison compare(GalleryExample e) {
        return RUNS.computeIfAbsent(e.id(), id -> DesignComparison.run(e.scenario(), 2));
    }

    @Test
    void theGalleryHasTheSixUseCasesOfIssue6AndOpensOnTheHttpApi() {
        assertThat(Gallery.examples()).extracting(GalleryExample::id).containsExactly("http-api",
                "thumbnail-pipeline", "stream-processor", "website-backend", "mobile-launch-spike", "scheduled-job");
        assertThat(Gallery.defaultExample().id()).isEqualTo("http-api");
        assertThat(Gallery.find("no-such-example")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theAppCarriesTheVeryFileOfTheExamplesFolder(GalleryExample e) throws IOException {
        assertThat(e.file()).isEqualTo(e.id() + ".json");
        assertThat(e.text()).isEqualTo(Files.readString(EXAMPLES.resolve(e.file()), StandardCharsets.UTF_8));
        assertThat(e.scenario()).isEqualTo(ScenarioReader.read(EXAMPLES.resolve(e.file())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleHasLambdaAndServerDesignsAnObjectiveAndAStory(GalleryExample e) {
        Scenario s = e.scenario();
        assertThat(s.designs()).anyMatch(d -> d instanceof Design.Lambda);
        assertThat(s.designs()).anyMatch(d -> d instanceof Design.Fleet);
        assertThat(s.objective()).isNotEqualTo(Objective.DEFAULT);
        assertThat(s.objective().p99LatencyUs()).isPresent();
        assertThat(s.description()).hasSizeBetween(600, 2_000).doesNotContain("\n");
        assertThat(s.region()).isEqualTo(e.id().equals("scheduled-job") ? "eu-central-1" : "us-east-1");
        assertThat(s.priceDate()).hasToString("2026-11-01");
        assertThat(e.title()).isEqualTo(s.name());
        assertThat(e.summary()).hasSizeBetween(40, 110).doesNotContain("\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleComparesItsDesignsOnTheSameRequestsWithFiniteCosts(GalleryExample e) {
        Comparison c = compare(e);
        assertThat(c.designs()).hasSize(e.scenario().designs().size());
        double requests = c.designs().get(0).requests();
        assertThat(requests).isPositive();
        for (DesignResult d : c.designs()) {
            assertThat(d.requests()).as(d.name()).isEqualTo(requests);
            assertThat(d.monthlyCostUsd()).as(d.name()).isGreaterThan(BigDecimal.ZERO);
            assertThat(d.costUsd()).as(d.name()).isPositive();
            assertThat(d.p99LatencyMs()).as(d.name()).isFinite().isPositive();
        }
        assertThat(c.cheapestMeetingObjective()).as("some design meets the objective").isPresent();
    }

    @Test
    void theStreamProcessorGetsEightBatchesAtEachOfFourPollsASecond() {
        // 2 hours of polls every 250 ms, each bringing one batch per shard of the 8 shards.
        Comparison c = compare(Gallery.find("stream-processor").orElseThrow());
        assertThat(c.designs()).allSatisfy(d -> assertThat(d.requests()).isEqualTo(2 * 3_600 * 4 * 8));
    }

    @Test
    void theLaunchCrowdIsThrottledByTheCapAndServedWithoutIt() {
        Comparison c = compare(Gallery.find("mobile-launch-spike").orElseThrow());
        assertThat(c.design("lambda-reserved-30").failedShare()).isPositive();
        assertThat(c.design("lambda-reserved-300").failedShare()).isZero();
        assertThat(c.cheapestMeetingObjective()).contains("lambda-reserved-300");
    }

    @Test
    void aFleetOfTwoInstancesCostsAtLeastItsMinimumEveryMonth() {
        // Two t4g.small at $0.0168 an hour for 730 hours, before the load balancer: $24.53.
        Comparison c = compare(Gallery.find("website-backend").orElseThrow());
        assertThat(c.design("ec2-t4g-small-alb").monthlyCostUsd()).isGreaterThanOrEqualTo(new BigDecimal("24.53"));
    }
}
