package io.lambdasim.model.recommend;

import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioReader;

/** Small scenarios whose answers can be worked out by hand. */
final class Scenarios {

    private Scenarios() {
    }

    /**
     * One second of pure CPU work at 128 MB, 2 requests a second for an hour; INIT not billed (price date before
     * August 2025) and 1 ms long; objective p99 300 ms.
     */
    static Scenario pureCpu() {
        return ScenarioReader.bundled().parse("pure-cpu.json", """
                {"format": "lambdasim-scenario/1", "name": "pure CPU", "seed": 5, "horizon": "1h",
                 "price_date": "2025-01-01", "free_tier": false,
                 "functions": [{"name": "fn", "memory_mb": 128, "duration": "const:1000ms", "init": "const:1ms",
                                "timeout": "10s", "arrivals": {"type": "poisson", "rate_per_second": 2}}],
                 "objective": {"p99_latency": "300ms"},
                 "recommend": {"cpu_share": 1, "handler_threads": 1}}
                """);
    }

    /**
     * 20 requests a second of exponential 100-ms work (offered load 2) with no keep-alive, so that every request that
     * finds all provisioned environments busy starts cold: the cold-start share is Erlang B(k, 2).
     */
    static Scenario erlang(String horizon) {
        return ScenarioReader.bundled().parse("erlang.json", """
                {"format": "lambdasim-scenario/1", "name": "erlang", "seed": 3, "horizon": "%s",
                 "price_date": "2026-11-01", "free_tier": false,
                 "functions": [{"name": "fn", "memory_mb": 512, "duration": "exp:100ms", "init": "const:50ms",
                                "keep_alive": "const:0ms",
                                "arrivals": {"type": "poisson", "rate_per_second": 20}}],
                 "objective": {"max_cold_start_share": 0.02}}
                """.formatted(horizon));
    }
}
