package io.lambdasim.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.model.capacity.SimulationRunner;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioDefaults;
import io.lambdasim.model.scenario.ScenarioReader;
import io.lambdasim.model.scenario.ScenarioWriter;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.workload.time.TimeSpans;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code lambdasim simulate}: runs the discrete-event simulator on a scenario file, or on one function described by
 * options (quick mode), and prints counts, latencies, environments and the bill.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Simulates Lambda invocation by invocation: cold starts, keep-alive, concurrency limits, throttling, "
                    + "retries, provisioned concurrency, and the bill of what ran.",
            "Give a scenario file (format: docs/scenario-format.md), or describe one function with --rate and "
                    + "--duration (quick mode).",
            "Durations and keep-alives are distributions (exp:1991ms, lognormal:median=80ms,p99=900ms, const:600s; "
                    + "docs/distributions.md) or plain spans (600s = const:600s). Spans: 250ms, 30s, 10min, 2h, 1d."},
        footer = {"", "Examples:",
            "  lambdasim simulate examples/http-api.json",
            "  lambdasim simulate examples/provisioned-weekday.json --replications 8 \\",
            "      --horizon 1d --json",
            "  lambdasim simulate --rate 0.9 --duration exp:1991ms --init exp:253ms \\",
            "      --keep-alive 600s --scaling-rate-limit off --horizon 1000000s --json",
            "", "The bill prices the simulated horizon as if it were a whole month (the monthly free tier included)."})
final class SimulateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.json",
            description = "A scenario file. Leave out for quick mode.")
    Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N",
            description = "Master seed of every random stream (default: the file's, or 1 in quick mode).")
    Long seed;

    @Option(names = "--replications", paramLabel = "N",
            description = "Independent replications, 1 to 10,000 (default: the file's, or 1). With more than one, "
                    + "--json prints means and 95 %% confidence half-widths.")
    Integer replications;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads running replications (default: all cores). The results do not depend on it.")
    Integer threads;

    @Option(names = "--horizon", paramLabel = "SPAN",
            description = "Simulated time, up to 366d (default: the file's, or 1d in quick mode).")
    String horizon;

    @Option(names = "--json", description = "Print JSON instead of a summary.")
    boolean json;

    @Option(names = "--save-scenario", paramLabel = "FILE",
            description = "Also write the scenario simulated (quick mode, or the file with the overrides above) as a "
                    + "scenario file.")
    Path saveScenario;

    // Quick mode: one function with Poisson arrivals, described by the options below (null when not given).

    @Option(names = "--rate", paramLabel = "PER_SECOND",
            description = "Quick mode, without a scenario file: Poisson arrivals per second (required, like --duration); "
                    + "the options from here on describe the function.")
    Double rate;

    @Option(names = "--duration", paramLabel = "DIST", description = "Invocation duration (required).")
    String duration;

    @Option(names = "--init", paramLabel = "DIST",
            description = "INIT (cold start) duration (default: measured for --runtime, see docs).")
    String init;

    @Option(names = "--keep-alive", paramLabel = "DIST",
            description = "How long an idle environment is kept (default: const:10min).")
    String keepAlive;

    @Option(names = "--memory-mb", paramLabel = "MB", description = "Memory, 128 to 10,240 MB (default: 128).")
    Integer memoryMb;

    @Option(names = "--arch", paramLabel = "ARCH", description = "x86_64 or arm64 (default: x86_64).")
    String arch;

    @Option(names = "--runtime", paramLabel = "NAME",
            description = "Runtime, such as nodejs22.x, python3.12, java21 (default: nodejs22.x).")
    String runtime;

    @Option(names = "--timeout", paramLabel = "SPAN",
            description = "Function timeout (default: 900s, the maximum, so that drawn durations are not cut; "
                    + "Lambda's own default is 3s).")
    String timeout;

    @Option(names = "--invocation", paramLabel = "TYPE", description = "sync or async (default: sync).")
    String invocation;

    @Option(names = "--reserved", paramLabel = "N", description = "Reserved concurrency (default: none).")
    Integer reserved;

    @Option(names = "--pc", paramLabel = "N", description = "Provisioned concurrency for the whole run (default: 0).")
    Integer pc;

    @Option(names = "--concurrency-limit", paramLabel = "N",
            description = "Account concurrency limit (default: 1000).")
    Integer concurrencyLimit;

    @Option(names = "--scaling-rate-limit", paramLabel = "on|off", arity = "1", converter = OnOff.class,
            description = "Limit new environments to 1,000 per 10 s (on, default) or not at all (off).")
    Boolean scalingRateLimit;

    @Option(names = "--warmup", paramLabel = "SPAN",
            description = "Leave the first SPAN out of counts and averages (default: 0s).")
    String warmup;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region (default: us-east-1).")
    String region;

    @Option(names = "--price-date", paramLabel = "YYYY-MM-DD",
            description = "Use the prices in force that day (default: 2026-01-05, the simulated start).")
    String priceDate;

    @Option(names = "--free-tier", negatable = true, description = "Apply the monthly free tier (default: on).")
    Boolean freeTier;

    @Override
    public Integer call() {
        Scenario scenario = scenario();
        int threadCount = RunOptions.threads(threads);
        if (saveScenario != null) {
            try {
                ScenarioWriter.write(scenario, saveScenario);
            } catch (IOException e) {
                String why = e instanceof java.nio.file.NoSuchFileException ? "no such folder" : e.getMessage();
                throw new IllegalArgumentException("--save-scenario: cannot write " + saveScenario + ": " + why, e);
            }
        }
        SimulationRunner.Report report = SimulationRunner.run(scenario.spec(), scenario.replications(), threadCount);
        SimulationOutput output = new SimulationOutput(scenario, report);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = BillJson.mapper();
            ObjectNode root = output.json(mapper);
            out.println(BillJson.write(mapper, root));
        } else {
            output.printText(out);
        }
        out.flush();
        return 0;
    }

    /** The scenario to simulate: the file's or quick mode's, with the overrides applied. */
    Scenario scenario() {
        Scenario s;
        if (scenarioFile != null) {
            if (quickModeGiven()) {
                throw new IllegalArgumentException("quick-mode options such as --rate cannot be combined with a "
                        + "scenario file; edit the file instead");
            }
            s = ScenarioReader.read(scenarioFile);
            if (horizon != null) {
                long us = span("--horizon", horizon);
                if (us <= s.spec().warmupUs()) {
                    throw new IllegalArgumentException("--horizon " + horizon + " is not longer than the scenario's "
                            + "warm-up " + TimeSpans.format(s.spec().warmupUs()));
                }
                if (us > ScenarioDefaults.MAX_HORIZON_US) {
                    throw new IllegalArgumentException("--horizon " + horizon + " is longer than "
                            + TimeSpans.format(ScenarioDefaults.MAX_HORIZON_US));
                }
                try {
                    s = s.withHorizonUs(us);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--horizon " + horizon + ": " + e.getMessage(), e);
                }
            }
        } else {
            if (rate == null || duration == null) {
                throw new IllegalArgumentException("give a scenario file, or --rate and --duration for quick mode "
                        + "(see 'lambdasim simulate --help')");
            }
            s = quickScenario();
        }
        s = RunOptions.apply(s, seed, replications);
        return s;
    }

    private boolean quickModeGiven() {
        return Stream.of(rate, duration, init, keepAlive, memoryMb, arch, runtime, timeout, invocation,
                reserved, pc, concurrencyLimit, scalingRateLimit, warmup, region, priceDate, freeTier)
                .anyMatch(Objects::nonNull);
    }

    private static long span(String option, String text) {
        try {
            return TimeSpans.parseUs(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    /**
     * Quick mode writes the options as a scenario and reads it with the scenario reader, so that both modes share
     * every default and every check; errors name the option instead of the field.
     */
    private Scenario quickScenario() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", Scenario.FORMAT);
        root.put("name", QuickMode.SOURCE);
        putIfGiven(root, "horizon", horizon);
        putIfGiven(root, "warmup", warmup);
        putIfGiven(root, "region", region);
        putIfGiven(root, "price_date", priceDate);
        if (freeTier != null) {
            root.put("free_tier", freeTier);
        }
        ObjectNode account = root.putObject("account");
        if (concurrencyLimit != null) {
            account.put("concurrency_limit", concurrencyLimit);
        }
        if (scalingRateLimit != null) {
            account.put("scaling", scalingRateLimit ? "per-function" : "unlimited");
        }
        ObjectNode f = root.putArray("functions").addObject();
        f.put("name", "function");
        if (memoryMb != null) {
            f.put("memory_mb", memoryMb);
        }
        if (arch != null) {
            try {
                f.put("architecture", Architecture.fromId(arch).id());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--arch: " + e.getMessage(), e);
            }
        }
        putIfGiven(f, "runtime", runtime);
        f.put("timeout", timeout != null ? timeout : "900s");
        putIfGiven(f, "invocation", invocation);
        if (reserved != null) {
            f.put("reserved_concurrency", reserved);
        }
        putIfGiven(f, "keep_alive", keepAlive);
        putIfGiven(f, "init", init);
        f.put("duration", duration);
        ObjectNode arrivals = f.putObject("arrivals");
        arrivals.put("type", "poisson");
        arrivals.put("rate_per_second", rate);
        if (pc != null) {
            f.put("provisioned_concurrency", pc);
        }
        return QuickMode.read(root, OPTIONS);
    }

    /** The option behind each field that quick mode writes. */
    private static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("horizon", "--horizon");
        OPTIONS.put("warmup", "--warmup");
        OPTIONS.put("region", "--region");
        OPTIONS.put("price_date", "--price-date");
        OPTIONS.put("account.concurrency_limit", "--concurrency-limit");
        OPTIONS.put("functions[0].memory_mb", "--memory-mb");
        OPTIONS.put("functions[0].architecture", "--arch");
        OPTIONS.put("functions[0].runtime", "--runtime");
        OPTIONS.put("functions[0].timeout", "--timeout");
        OPTIONS.put("functions[0].invocation", "--invocation");
        OPTIONS.put("functions[0].reserved_concurrency", "--reserved");
        OPTIONS.put("functions[0].keep_alive", "--keep-alive");
        OPTIONS.put("functions[0].init", "--init");
        OPTIONS.put("functions[0].duration", "--duration");
        OPTIONS.put("functions[0].arrivals.rate_per_second", "--rate");
        OPTIONS.put("functions[0].provisioned_concurrency", "--pc");
    }

    private static void putIfGiven(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    /** {@code on}/{@code off} (also true/false, yes/no). */
    static final class OnOff implements CommandLine.ITypeConverter<Boolean> {
        @Override
        public Boolean convert(String value) {
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "on", "true", "yes" -> true;
                case "off", "false", "no" -> false;
                default -> throw new CommandLine.TypeConversionException("expected on or off, was '" + value + "'");
            };
        }
    }
}
