package io.lambdasim.model.recommend;

import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.capacity.RunResult;
import io.lambdasim.model.capacity.SimulationSpec;
import io.lambdasim.model.scenario.Objective;
import io.lambdasim.model.scenario.RecommendSettings;
import io.lambdasim.model.scenario.Scenario;
import java.util.List;
import java.util.Optional;

/**
 * Recommends a memory size and provisioned concurrency for one function of a scenario ({@code docs/recommendations.md}).
 * The function is simulated alone (as a Lambda design of a comparison is), with the scenario's traffic, seed and
 * replications; every candidate sees the same requests. Results are the same at any thread count.
 */
public final class Recommender {

    private Recommender() {
    }

    /**
     * The recommendations for {@code scenario} with {@code options}, simulating on {@code threads} threads.
     *
     * @throws IllegalArgumentException naming the function when {@code options} names one the scenario lacks
     */
    public static Recommendation recommend(Scenario scenario, RecommendOptions options, int threads) {
        FunctionSpec function = function(scenario, options);
        RecommendSettings settings = scenario.recommend();
        if (options.cpuShare().isPresent()) {
            settings = settings.withCpuShare(options.cpuShare().getAsDouble());
        }
        if (options.handlerThreads().isPresent()) {
            settings = settings.withHandlerThreads(options.handlerThreads().getAsInt());
        }
        Objective objective = scenario.objective();
        if (options.maxColdStartShare().isPresent()) {
            objective = objective.withMaxColdStartShare(options.maxColdStartShare().getAsDouble());
        }
        SimulationSpec alone = scenario.spec().withFunctions(List.of(function));
        Evaluator evaluator = new Evaluator(scenario.replications(), threads);
        MemoryRecommendation memory = MemorySweep.run(alone, function, settings, options.memorySizes(), objective,
                evaluator);
        Optional<PcRecommendation> pc = Optional.empty();
        if (objective.maxColdStartShare().isPresent()) {
            List<RunResult> currentRuns = evaluator.runs(alone);
            Evaluation current = Evaluator.evaluate(alone, currentRuns);
            pc = Optional.of(new ProvisionedConcurrencySearch(scenario, alone, function, objective,
                    objective.maxColdStartShare().getAsDouble(), evaluator, current.peakConcurrency())
                    .run(current, currentRuns));
        }
        return new Recommendation(scenario.name(), function.name(), scenario.seed(), scenario.replications(),
                scenario.horizonUs(), objective, memory, pc);
    }

    private static FunctionSpec function(Scenario scenario, RecommendOptions options) {
        List<FunctionSpec> fs = scenario.spec().functions();
        if (options.function().isEmpty()) {
            return fs.get(0);
        }
        String name = options.function().get();
        return fs.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no function \"" + name + "\" in scenario '"
                        + scenario.name() + "' (functions: " + String.join(", ", fs.stream().map(FunctionSpec::name)
                        .toList()) + ")"));
    }
}
