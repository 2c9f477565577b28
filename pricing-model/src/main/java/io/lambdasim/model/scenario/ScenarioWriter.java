package io.lambdasim.model.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.model.capacity.AccountSpec;
import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.capacity.InitDefaults;
import io.lambdasim.model.capacity.InvocationType;
import io.lambdasim.model.capacity.ScalingModel;
import io.lambdasim.model.capacity.SimulationSpec;
import io.lambdasim.pricedata.Packaging;
import io.lambdasim.pricedata.files.AtomicFiles;
import io.lambdasim.workload.distribution.DurationDistribution;
import io.lambdasim.workload.generator.WallClock;
import io.lambdasim.workload.time.TimeSpans;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;

/**
 * Writes {@link Scenario}s as scenario files that {@link ScenarioReader} reads back into equal scenarios. Fields at
 * their defaults that depend on others are left out ({@code init} when it is the runtime's default, so that it follows
 * a change of runtime; {@code runtime_kind} when the runtime's name implies it); everything else is written.
 */
public final class ScenarioWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static volatile ScenarioWriter bundled;

    private final InitDefaults initDefaults;

    /** A writer that leaves out INIT distributions equal to {@code initDefaults}' default for the runtime. */
    public ScenarioWriter(InitDefaults initDefaults) {
        this.initDefaults = Objects.requireNonNull(initDefaults, "initDefaults");
    }

    /** The writer matching {@link ScenarioReader#bundled()}. */
    public static ScenarioWriter bundled() {
        ScenarioWriter w = bundled;
        if (w == null) {
            synchronized (ScenarioWriter.class) {
                w = bundled;
                if (w == null) {
                    w = new ScenarioWriter(InitDefaults.bundled());
                    bundled = w;
                }
            }
        }
        return w;
    }

    /** Writes {@code scenario} to {@code file} atomically (see {@link #writeFile}). */
    public static void write(Scenario scenario, Path file) throws IOException {
        bundled().writeFile(scenario, file);
    }

    /** The scenario as the text of a scenario file. */
    public static String toJson(Scenario scenario) {
        return bundled().json(scenario);
    }

    /**
     * Writes {@code scenario} to {@code file}: first to a temporary file next to it, then moved over it atomically, so
     * that a reader (or a crash) never sees half a file.
     *
     * @throws IllegalArgumentException if the scenario holds something the format cannot express (arrivals other than
     *                                  the format's types, or a daily pattern read on another wall clock than the
     *                                  scenario's; a scaling bucket of a size the format does not know)
     */
    public void writeFile(Scenario scenario, Path file) throws IOException {
        AtomicFiles.writeString(file, json(scenario));
    }

    /** The scenario as the text of a scenario file, ending with a new line. */
    public String json(Scenario s) {
        try {
            return MAPPER.writer(printer()).writeValueAsString(tree(s)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The scenario as a JSON tree, exactly what {@link #json} prints: for files that embed a scenario (a project file
     * holds one under {@code "scenario"}, read back with {@link ScenarioReader#parseEmbedded}).
     */
    public ObjectNode tree(Scenario s) {
        SimulationSpec spec = s.spec();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", Scenario.FORMAT);
        root.put("name", s.name());
        if (!s.description().isEmpty()) {
            root.put("description", s.description());
        }
        root.put("seed", spec.seed());
        root.put("replications", s.replications());
        root.put("horizon", TimeSpans.format(spec.horizonUs()));
        root.put("warmup", TimeSpans.format(spec.warmupUs()));
        root.put("bin", TimeSpans.format(spec.binUs()));
        root.put("start", s.start().toString());
        if (!s.isUtc()) {
            root.put("time_zone", s.timeZone().getId());
        }
        root.put("region", s.region());
        root.put("price_date", s.priceDate().toString());
        root.put("free_tier", spec.billing().freeTier());
        account(root.putObject("account"), spec.account());
        ArrayNode fns = root.putArray("functions");
        for (FunctionSpec f : spec.functions()) {
            function(fns.addObject(), f, s.plan(f.name()), s.wallClock());
        }
        DesignFormat.write(root, s.designs(), s.objective());
        if (!s.recommend().equals(RecommendSettings.DEFAULT)) {
            ObjectNode r = root.putObject("recommend");
            r.put("cpu_share", s.recommend().cpuShare());
            r.put("handler_threads", s.recommend().handlerThreads());
        }
        return root;
    }

    private static DefaultPrettyPrinter printer() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        DefaultPrettyPrinter p = new DefaultPrettyPrinter(separators);
        p.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return p;
    }

    private static void account(ObjectNode n, AccountSpec a) {
        n.put("concurrency_limit", a.concurrencyLimit());
        n.put("min_unreserved", a.minUnreserved());
        n.put("scaling", key(ScenarioReader.SCALING, a.scaling()));
        if (a.scaling() == ScalingModel.LEGACY_BURST) {
            AccountSpec expected = AccountSpec.legacyBurst(a.concurrencyLimit(), a.scalingTokens());
            if (expected.scalingPeriodUs() != a.scalingPeriodUs()) {
                throw new IllegalArgumentException("a legacy burst that refills at other than 500 a minute cannot be "
                        + "written to a scenario file");
            }
            n.put("legacy_burst", a.scalingTokens());
        } else {
            AccountSpec today = ScenarioDefaults.account(a.concurrencyLimit());
            if (a.scalingTokens() != today.scalingTokens() || a.scalingPeriodUs() != today.scalingPeriodUs()) {
                throw new IllegalArgumentException("a scaling rate other than 1,000 environments per 10 s cannot be "
                        + "written to a scenario file");
            }
        }
    }

    private void function(ObjectNode n, FunctionSpec f, ProvisionedPlan plan, WallClock clock) {
        n.put("name", f.name());
        n.put("memory_mb", f.memoryMb());
        n.put("architecture", f.architecture().id());
        n.put("runtime", f.runtime());
        if (f.runtimeKind() != ScenarioReader.defaultKind(f.runtime())) {
            n.put("runtime_kind", key(ScenarioReader.RUNTIME_KIND, f.runtimeKind()));
        }
        n.put("packaging", key(ScenarioReader.PACKAGING, f.packaging()));
        n.put("timeout", TimeSpans.format(f.timeoutUs()));
        if (f.hasReservedConcurrency()) {
            n.put("reserved_concurrency", f.reservedConcurrency());
        }
        n.put("invocation", key(ScenarioReader.INVOCATION, f.invocationType()));
        n.put("ephemeral_mb", f.ephemeralMb());
        if (f.invocationType() == InvocationType.ASYNC || f.maxEventAgeUs() != ScenarioDefaults.MAX_EVENT_AGE_US) {
            n.put("max_event_age", TimeSpans.format(f.maxEventAgeUs()));
        }
        n.put("keep_alive", f.keepAlive().spec());
        if (f.maxLifetimeUs() > 0) {
            n.put("max_lifetime", TimeSpans.format(f.maxLifetimeUs()));
        }
        if (!f.init().equals(defaultInit(f.runtime(), f.packaging(), f))) {
            n.put("init", f.init().spec());
        }
        n.put("duration", f.duration().spec());
        ArrivalsFormat.write(n.putObject("arrivals"), f.workload(), clock, f.name());
        plan(n, plan);
    }

    private DurationDistribution defaultInit(String runtime, Packaging packaging, FunctionSpec f) {
        try {
            return initDefaults.forRuntime(runtime, packaging, f.architecture());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Writes {@code plan} as the {@code provisioned_concurrency} field of the function object {@code n} (nothing for
     * a constant 0); an existing field of that name is replaced.
     */
    public static void plan(ObjectNode n, ProvisionedPlan plan) {
        n.remove("provisioned_concurrency");
        String field = "provisioned_concurrency";
        if (plan instanceof ProvisionedPlan.Constant c) {
            if (c.concurrency() > 0) {
                n.put(field, c.concurrency());
            }
        } else if (plan instanceof ProvisionedPlan.Weekly w) {
            ArrayNode a = n.putArray(field);
            for (ProvisionedPlan.Window win : w.windows()) {
                ObjectNode o = a.addObject();
                o.put("concurrency", win.concurrency());
                o.put("days", ProvisionedPlan.formatDays(win.days()));
                o.put("from", clock(win.from(), false));
                o.put("to", clock(win.to(), true));
            }
        } else if (plan instanceof ProvisionedPlan.Steps st) {
            ArrayNode a = n.putObject(field).putArray("steps");
            for (ProvisionedPlan.Step step : st.steps()) {
                ObjectNode o = a.addObject();
                o.put("at", TimeSpans.format(step.atUs()));
                o.put("concurrency", step.concurrency());
            }
        }
    }

    private static String clock(LocalTime t, boolean end) {
        return end && t.equals(LocalTime.MIDNIGHT) ? "24:00" : t.toString();
    }

    private static <E> String key(Map<String, E> choices, E value) {
        return choices.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no name for " + value));
    }
}
