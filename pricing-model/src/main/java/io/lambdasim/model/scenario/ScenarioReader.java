package io.lambdasim.model.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.lambdasim.model.billing.BillingOptions;
import io.lambdasim.model.capacity.AccountSpec;
import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.capacity.InitDefaults;
import io.lambdasim.model.capacity.InvocationType;
import io.lambdasim.model.capacity.ScalingModel;
import io.lambdasim.model.capacity.SimulationSpec;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.Packaging;
import io.lambdasim.pricedata.PriceCatalog;
import io.lambdasim.pricedata.PriceEdition;
import io.lambdasim.pricedata.PriceEditionLoader;
import io.lambdasim.pricedata.RuntimeKind;
import io.lambdasim.workload.Workload;
import io.lambdasim.workload.distribution.Distributions;
import io.lambdasim.workload.distribution.DurationDistribution;
import io.lambdasim.workload.generator.WallClock;
import io.lambdasim.workload.time.TimeSpans;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads scenario files ({@code docs/scenario-format.md}) into {@link Scenario}s. Every problem, from malformed JSON to
 * a reserved concurrency that leaves too little unreserved, is a {@link ScenarioException} whose one-line message names
 * the file, the line and the JSON path: {@code examples/api.json:12: functions[0].memory_mb: 20000 is outside 128 to
 * 10,240 MB}. Unknown fields are refused (a misspelt field would otherwise be silently ignored).
 */
public final class ScenarioReader {

    static final Set<String> TOP = Fields.names("format", "name", "description", "seed", "replications", "horizon",
            "warmup", "bin", "start", "time_zone", "region", "price_date", "free_tier", "account", "functions", "designs", "objective",
            "recommend");
    static final Set<String> RECOMMEND = Fields.names("cpu_share", "handler_threads");
    static final Set<String> ACCOUNT = Fields.names("concurrency_limit", "min_unreserved", "scaling", "legacy_burst");
    static final Set<String> FUNCTION = Fields.names("name", "memory_mb", "architecture", "runtime", "runtime_kind",
            "packaging", "timeout", "reserved_concurrency", "invocation", "ephemeral_mb", "max_event_age",
            "keep_alive", "max_lifetime", "init", "duration", "arrivals", "provisioned_concurrency");
    static final Set<String> WINDOW = Fields.names("concurrency", "days", "from", "to");
    static final Set<String> STEPS = Fields.names("steps");
    static final Set<String> STEP = Fields.names("at", "concurrency");

    static final Map<String, ScalingModel> SCALING = ordered("per-function", ScalingModel.PER_FUNCTION_2023,
            "legacy-burst", ScalingModel.LEGACY_BURST, "unlimited", ScalingModel.UNLIMITED);
    static final Map<String, Packaging> PACKAGING = ordered("zip", Packaging.ZIP, "image", Packaging.CONTAINER_IMAGE);
    static final Map<String, RuntimeKind> RUNTIME_KIND = ordered("managed", RuntimeKind.MANAGED,
            "custom", RuntimeKind.CUSTOM);
    static final Map<String, InvocationType> INVOCATION = ordered("sync", InvocationType.SYNC,
            "async", InvocationType.ASYNC);
    static final Map<String, Architecture> ARCHITECTURE = ordered("x86_64", Architecture.X86_64,
            "arm64", Architecture.ARM64);

    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern CLOCK = Pattern.compile("(\\d{2}):(\\d{2})");
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static volatile ScenarioReader bundled;

    private final PriceCatalog catalog;
    private final InitDefaults initDefaults;

    /** A reader that prices scenarios from {@code catalog} and takes default INIT durations from {@code initDefaults}. */
    public ScenarioReader(PriceCatalog catalog, InitDefaults initDefaults) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.initDefaults = Objects.requireNonNull(initDefaults, "initDefaults");
    }

    /** The reader of the bundled price editions and cold-start measurements. */
    public static ScenarioReader bundled() {
        ScenarioReader r = bundled;
        if (r == null) {
            synchronized (ScenarioReader.class) {
                r = bundled;
                if (r == null) {
                    r = new ScenarioReader(PriceEditionLoader.loadBundled(), InitDefaults.bundled());
                    bundled = r;
                }
            }
        }
        return r;
    }

    /** Reads {@code file} with the bundled price editions; errors name the file as given. */
    public static Scenario read(Path file) {
        return bundled().readFile(file);
    }

    public Scenario readFile(Path file) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, 0, "", "no such file", e);
        } catch (CharacterCodingException e) {
            throw new ScenarioException(name, 0, "", "not UTF-8 text", e);
        } catch (IOException e) {
            throw new ScenarioException(name, 0, "", "cannot read: " + e.getMessage(), e);
        }
        return parse(name, text);
    }

    /** Reads a scenario from its JSON {@code text}; errors name it {@code source}. */
    public Scenario parse(String source, String text) {
        JsonInput in = new JsonInput(source, text);
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw in.syntaxError(e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ScenarioException(source, 0, "", "empty file: a scenario is a JSON object {...}");
        }
        return scenario(in, new Fields(in, root, Fields.Where.ROOT, TOP));
    }

    /**
     * Reads the scenario held by the top-level field {@code field} of a larger JSON document (a project file holds
     * one under {@code "scenario"}). The field's value is read exactly as a scenario file; errors name the document
     * {@code source}, the line in the document and the path from its root ({@code scenario.functions[0].memory_mb}).
     * Relative trace paths are resolved against {@code source}'s directory, as for a scenario file.
     *
     * @throws ScenarioException also when the document is malformed, or has no such field
     */
    public Scenario parseEmbedded(String source, String text, String field) {
        JsonInput in = new JsonInput(source, text);
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw in.syntaxError(e);
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioException(source, 0, "", "expected a JSON object {...}");
        }
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw in.error(Fields.Where.ROOT, "required field \"" + field + "\" missing");
        }
        return scenario(in, new Fields(in, node, Fields.Where.ROOT.field(field), TOP));
    }

    private Scenario scenario(JsonInput in, Fields top) {
        String format = top.text("format");
        if (!Scenario.FORMAT.equals(format)) {
            throw top.error("format", "\"" + format + "\" is not a format this version reads (expected "
                    + Scenario.FORMAT + ")");
        }
        String name = top.text("name");
        if (name.isBlank()) {
            throw top.error("name", "must not be blank");
        }
        String description = top.text("description", "");
        long seed = top.longValue("seed", Scenario.DEFAULT_SEED);
        int replications = top.integer("replications", ScenarioDefaults.REPLICATIONS, 1, Scenario.MAX_REPLICATIONS, "");
        long horizonUs = top.span("horizon", ScenarioDefaults.HORIZON_US, 1_000, ScenarioDefaults.MAX_HORIZON_US);
        long warmupUs = top.span("warmup", ScenarioDefaults.WARMUP_US, 0, ScenarioDefaults.MAX_HORIZON_US);
        if (warmupUs >= horizonUs) {
            throw top.error("warmup", top.text("warmup") + " is not shorter than the horizon "
                    + TimeSpans.format(horizonUs));
        }
        long binUs = top.span("bin", ScenarioDefaults.BIN_US, 1_000, ScenarioDefaults.MAX_HORIZON_US);
        if ((horizonUs + binUs - 1) / binUs > 10_000_000L) {
            throw top.error("bin", "more than 10 million bins over the horizon: widen the bins");
        }
        Instant start = top.has("start") ? instant(top, "start") : Scenario.DEFAULT_START;
        ZoneId zone = ScenarioDefaults.TIME_ZONE;
        if (top.has("time_zone")) {
            try {
                zone = ZoneId.of(top.text("time_zone"));
            } catch (DateTimeException e) {
                throw top.error("time_zone", "\"" + top.text("time_zone") + "\" is not a time zone (write for "
                        + "example UTC, Europe/Berlin or America/New_York)", e);
            }
        }
        String region = top.text("region", ScenarioDefaults.REGION);
        LocalDate priceDate = top.has("price_date") ? date(top, "price_date") : LocalDate.ofInstant(start, zone);
        PriceEdition edition = edition(top, region, priceDate);
        BillingOptions billing = new BillingOptions(top.bool("free_tier", ScenarioDefaults.FREE_TIER));
        AccountSpec account = account(top, region);

        List<Fields> fns = top.objects("functions", 1, FUNCTION);
        List<FunctionSpec> functions = new ArrayList<>();
        Map<String, ProvisionedPlan> plans = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        long reservedTotal = 0;
        for (int i = 0; i < fns.size(); i++) {
            Fields f = fns.get(i);
            FunctionSpec draft;
            try {
                draft = function(f, edition, account, new WallClock(start, zone), horizonUs).build();
            } catch (ScenarioException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw f.errorHere(e.getMessage(), e);
            }
            if (seen.putIfAbsent(draft.name(), i) != null) {
                throw f.error("name", "functions[" + seen.get(draft.name()) + "] has the same name");
            }
            if (draft.hasReservedConcurrency()) {
                reservedTotal += draft.reservedConcurrency();
                if (reservedTotal > account.concurrencyLimit() - account.minUnreserved()) {
                    throw f.error("reserved_concurrency", draft.reservedConcurrency() + " brings the reserved total to "
                            + Fields.grouped(reservedTotal) + ", leaving less than " + account.minUnreserved()
                            + " of the account limit " + Fields.grouped(account.concurrencyLimit()) + " unreserved");
                }
            }
            ProvisionedPlan plan = plan(f, account);
            if (!plan.isNone()) {
                if (draft.hasReservedConcurrency() && plan.maxLevel() > draft.reservedConcurrency()) {
                    throw f.error("provisioned_concurrency", plan.maxLevel() + " is more than the function's "
                            + "reserved_concurrency " + draft.reservedConcurrency());
                }
                if (edition.rates(draft.architecture()).provisionedConcurrency().isEmpty()) {
                    throw f.error("provisioned_concurrency", "price edition " + edition.id() + " has no prices for "
                            + "provisioned concurrency (it was introduced in December 2019; see price_date)");
                }
            }
            functions.add(draft);
            plans.put(draft.name(), plan);
        }
        // Provisioned concurrency of functions without reserved concurrency comes out of the unreserved pool.
        long taken = reservedTotal;
        for (int i = 0; i < functions.size(); i++) {
            FunctionSpec f = functions.get(i);
            if (!f.hasReservedConcurrency()) {
                taken += plans.get(f.name()).maxLevel();
                if (taken > account.concurrencyLimit() - account.minUnreserved()) {
                    throw fns.get(i).error("provisioned_concurrency", "reserved and provisioned concurrency come to "
                            + Fields.grouped(taken) + ", leaving less than " + account.minUnreserved()
                            + " of the account limit " + Fields.grouped(account.concurrencyLimit()) + " unreserved");
                }
            }
        }
        try {
            SimulationSpec spec = new SimulationSpec(functions, account, edition, billing, horizonUs, warmupUs, binUs,
                    seed);
            Scenario scenario = Scenario.of(name, description, replications, start, zone, priceDate, plans, spec);
            if (top.has("recommend")) {
                Fields r = top.object("recommend", RECOMMEND);
                scenario = scenario.withRecommend(new RecommendSettings(
                        r.number("cpu_share", RecommendSettings.DEFAULT.cpuShare(), 0, 1),
                        r.integer("handler_threads", RecommendSettings.DEFAULT.handlerThreads(), 1,
                                RecommendSettings.MAX_THREADS, "")));
            }
            if (!top.has("designs") && !top.has("objective")) {
                return scenario;
            }
            List<Design> designs = new ArrayList<>();
            if (top.has("designs")) {
                List<Fields> ds = top.objects("designs", 1, DesignFormat.DESIGN);
                Map<String, Integer> designNames = new HashMap<>();
                for (int i = 0; i < ds.size(); i++) {
                    Fields d = ds.get(i);
                    String fn = d.text("function");
                    Integer index = seen.get(fn);
                    if (index == null) {
                        throw d.error("function", "\"" + fn + "\" is not a function of the scenario (functions: "
                                + String.join(", ", seen.keySet()) + ")");
                    }
                    Design design = DesignFormat.type(d).equals("lambda")
                            ? lambdaDesign(in, d, fns.get(index), functions.get(index), edition, account,
                                    new WallClock(start, zone), horizonUs)
                            : DesignFormat.fleet(d);
                    if (designNames.putIfAbsent(design.name(), i) != null) {
                        throw d.error("name", "designs[" + designNames.get(design.name()) + "] has the same name");
                    }
                    designs.add(design);
                }
            }
            Objective objective = top.has("objective") ? DesignFormat.objective(top.object("objective",
                    DesignFormat.OBJECTIVE)) : Objective.DEFAULT;
            return scenario.withDesigns(designs, objective);
        } catch (ScenarioException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(in.source(), 0, "", e.getMessage(), e);
        }
    }

    /** A Lambda design: the function's own fields with the design's overrides laid over them, read as a function. */
    private Design.Lambda lambdaDesign(JsonInput in, Fields d, Fields base, FunctionSpec function, PriceEdition edition,
                                       AccountSpec account, WallClock clock, long horizonUs) {
        String name = d.text("name");
        JsonNode overrides = d.has("overrides") ? d.object("overrides", DesignFormat.OVERRIDABLE).node()
                : ScenarioReaderSupport.emptyObject();
        com.fasterxml.jackson.databind.node.ObjectNode merged =
                ((com.fasterxml.jackson.databind.node.ObjectNode) base.node()).deepCopy();
        overrides.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
        // Errors point into the overrides: only their values can be wrong, the function itself was read already.
        Fields f = new Fields(in, merged, d.where("overrides"), FUNCTION);
        FunctionSpec variant;
        try {
            variant = function(f, edition, account, clock, horizonUs).workload(function.workload()).build();
        } catch (ScenarioException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw d.errorHere(e.getMessage(), e);
        }
        ProvisionedPlan plan = plan(f, account);
        if (!plan.isNone()) {
            if (variant.hasReservedConcurrency() && plan.maxLevel() > variant.reservedConcurrency()) {
                throw f.error("provisioned_concurrency", plan.maxLevel() + " is more than the function's "
                        + "reserved_concurrency " + variant.reservedConcurrency());
            }
            if (edition.rates(variant.architecture()).provisionedConcurrency().isEmpty()) {
                throw f.error("provisioned_concurrency", "price edition " + edition.id() + " has no prices for "
                        + "provisioned concurrency (see price_date)");
            }
        }
        return new Design.Lambda(name, function.name(), overrides, plan, variant);
    }

    private PriceEdition edition(Fields top, String region, LocalDate date) {
        try {
            return catalog.edition(region, date);
        } catch (IllegalArgumentException e) {
            boolean regionKnown = catalog.regions().contains(region);
            throw top.error(regionKnown ? "price_date" : "region", e.getMessage(), e);
        }
    }

    private static AccountSpec account(Fields top, String region) {
        if (!top.has("account")) {
            return ScenarioDefaults.account(ScenarioDefaults.CONCURRENCY_LIMIT);
        }
        Fields a = top.object("account", ACCOUNT);
        int limit = a.integer("concurrency_limit", ScenarioDefaults.CONCURRENCY_LIMIT, 1,
                ScenarioDefaults.MAX_CONCURRENCY_LIMIT, "");
        int minUnreserved = a.integer("min_unreserved", ScenarioDefaults.minUnreserved(limit), 0, limit, "");
        ScalingModel scaling = a.choice("scaling", ScalingModel.PER_FUNCTION_2023, SCALING);
        if (scaling != ScalingModel.LEGACY_BURST && a.has("legacy_burst")) {
            throw a.error("legacy_burst", "applies only with \"scaling\": \"legacy-burst\"");
        }
        if (scaling == ScalingModel.LEGACY_BURST) {
            int burst = a.integer("legacy_burst", ScenarioDefaults.legacyBurst(region), 1, 100_000, "");
            AccountSpec legacy = AccountSpec.legacyBurst(limit, burst);
            return new AccountSpec(limit, minUnreserved, legacy.scaling(), legacy.scalingTokens(),
                    legacy.scalingPeriodUs());
        }
        AccountSpec today = ScenarioDefaults.account(limit);
        return new AccountSpec(limit, minUnreserved, scaling, today.scalingTokens(), today.scalingPeriodUs());
    }

    private FunctionSpec.Builder function(Fields f, PriceEdition edition, AccountSpec account, WallClock clock,
                                          long horizonUs) {
        String name = f.text("name");
        if (!FUNCTION_NAME.matcher(name).matches()) {
            throw f.error("name", "\"" + name + "\" is not a Lambda function name (1 to 64 letters, digits, - and _)");
        }
        int memoryMb = f.integer("memory_mb", ScenarioDefaults.MEMORY_MB, edition.memory().minMb(),
                edition.memory().maxMb(), "MB" + (edition.memory().maxMb() == 10_240 ? ""
                        : " (price edition " + edition.id() + ")"));
        if ((memoryMb - edition.memory().minMb()) % edition.memory().stepMb() != 0) {
            throw f.error("memory_mb", memoryMb + " is not in steps of " + edition.memory().stepMb() + " MB from "
                    + edition.memory().minMb() + " MB (price edition " + edition.id() + ")");
        }
        Architecture arch = f.choice("architecture", Architecture.X86_64, ARCHITECTURE);
        if (!edition.offers(arch)) {
            throw f.error("architecture", "price edition " + edition.id() + " has no " + arch.id() + " prices");
        }
        String runtime = f.text("runtime", ScenarioDefaults.RUNTIME);
        if (runtime.isBlank()) {
            throw f.error("runtime", "must not be blank");
        }
        RuntimeKind kind = f.choice("runtime_kind", defaultKind(runtime), RUNTIME_KIND);
        Packaging packaging = f.choice("packaging", Packaging.ZIP, PACKAGING);
        long timeoutUs = f.span("timeout", ScenarioDefaults.TIMEOUT_US, 1_000, FunctionSpec.MAX_TIMEOUT_US);
        int reserved = f.integer("reserved_concurrency", -1, 0, account.concurrencyLimit(), "");
        InvocationType invocation = f.choice("invocation", InvocationType.SYNC, INVOCATION);
        int ephemeralMb = f.integer("ephemeral_mb", ScenarioDefaults.EPHEMERAL_MB, 512, 10_240, "MB");
        long maxEventAgeUs = f.span("max_event_age", ScenarioDefaults.MAX_EVENT_AGE_US,
                ScenarioDefaults.MIN_EVENT_AGE_US, ScenarioDefaults.MAX_EVENT_AGE_US);
        DurationDistribution keepAlive = f.optionalDistribution("keep_alive")
                .orElseGet(() -> distribution(ScenarioDefaults.KEEP_ALIVE));
        long maxLifetimeUs = f.span("max_lifetime", 0, 1_000, ScenarioDefaults.MAX_HORIZON_US);
        DurationDistribution init = f.optionalDistribution("init").orElse(null);
        if (init == null) {
            try {
                init = initDefaults.forRuntime(runtime, packaging, arch);
            } catch (IllegalArgumentException e) {
                throw f.error(f.has("runtime") ? "runtime" : "init", e.getMessage(), e);
            }
        }
        DurationDistribution duration = f.distribution("duration");
        Workload workload = ArrivalsFormat.read(f, clock, horizonUs);
        return FunctionSpec.builder(name).memoryMb(memoryMb).architecture(arch).runtime(runtime, kind)
                .packaging(packaging).timeoutUs(timeoutUs).reservedConcurrency(reserved).invocationType(invocation)
                .ephemeralMb(ephemeralMb).maxEventAgeUs(maxEventAgeUs).keepAlive(keepAlive)
                .maxLifetimeUs(maxLifetimeUs).init(init).duration(duration).workload(workload);
    }

    /** Runtimes named {@code provided...} are custom runtimes; the others managed ones. */
    static RuntimeKind defaultKind(String runtime) {
        return runtime.startsWith("provided") ? RuntimeKind.CUSTOM : RuntimeKind.MANAGED;
    }

    private static ProvisionedPlan plan(Fields f, AccountSpec account) {
        String field = "provisioned_concurrency";
        if (!f.has(field)) {
            return ProvisionedPlan.NONE;
        }
        JsonNode v = f.required(field);
        int max = account.concurrencyLimit();
        if (v.isNumber()) {
            return new ProvisionedPlan.Constant(f.integer(field, 0, max, ""));
        }
        if (v.isArray()) {
            List<ProvisionedPlan.Window> windows = new ArrayList<>();
            for (Fields w : f.objects(field, 1, WINDOW)) {
                int concurrency = w.integer("concurrency", 1, max, "");
                Set<DayOfWeek> days;
                try {
                    days = ProvisionedPlan.parseDays(w.text("days", "daily"));
                } catch (IllegalArgumentException e) {
                    throw w.error("days", e.getMessage(), e);
                }
                windows.add(new ProvisionedPlan.Window(concurrency, days, clock(w, "from", false), clock(w, "to", true)));
            }
            return new ProvisionedPlan.Weekly(windows);
        }
        if (v.isObject()) {
            List<ProvisionedPlan.Step> steps = new ArrayList<>();
            long last = -1;
            for (Fields s : f.object(field, STEPS).objects("steps", 1, STEP)) {
                long at = s.span("at", 0, ScenarioDefaults.MAX_HORIZON_US);
                if (at <= last) {
                    throw s.error("at", s.text("at") + " is not after the previous step's "
                            + TimeSpans.format(last));
                }
                last = at;
                steps.add(new ProvisionedPlan.Step(at, s.integer("concurrency", 0, max, "")));
            }
            return new ProvisionedPlan.Steps(steps);
        }
        throw f.error(field, "expected a number, an array of weekly windows or {\"steps\": [...]}, found "
                + Fields.kind(v));
    }

    private static LocalTime clock(Fields w, String name, boolean endOfDayAllowed) {
        String t = w.text(name);
        Matcher m = CLOCK.matcher(t);
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (h == 24 && min == 0 && endOfDayAllowed) {
                return LocalTime.MIDNIGHT;
            }
            if (h < 24 && min < 60) {
                return LocalTime.of(h, min);
            }
        }
        throw w.error(name, "\"" + t + "\" is not a time of day; write HH:MM, 00:00 to 23:59"
                + (endOfDayAllowed ? " (or 24:00)" : ""));
    }

    private static Instant instant(Fields top, String name) {
        String t = top.text(name);
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw top.error(name, "\"" + t + "\" is not a date and time with an offset; write for example "
                    + "2026-01-05T00:00:00Z", e);
        }
    }

    private static LocalDate date(Fields top, String name) {
        String t = top.text(name);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw top.error(name, "\"" + t + "\" is not a date; write YYYY-MM-DD, for example 2026-11-01", e);
        }
    }

    /**
     * A distribution as scenario files and the command line write it: a spec ({@code "exp:100ms"}, see
     * {@code docs/distributions.md}) or a plain time span for a constant ({@code "600s"} is {@code const:600s}).
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static DurationDistribution distribution(String text) {
        if (text.indexOf(':') < 0) {
            try {
                return Distributions.parse("const:" + text.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("\"" + text + "\" is neither a time span (such as 600s) nor a "
                        + "distribution (such as exp:100ms; kinds: " + Distributions.KINDS + ")", e);
            }
        }
        return Distributions.parse(text);
    }

    private static <E> Map<String, E> ordered(String k1, E v1, String k2, E v2) {
        Map<String, E> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return Collections.unmodifiableMap(m);
    }

    private static <E> Map<String, E> ordered(String k1, E v1, String k2, E v2, String k3, E v3) {
        Map<String, E> m = new LinkedHashMap<>(ordered(k1, v1, k2, v2));
        m.put(k3, v3);
        return Collections.unmodifiableMap(m);
    }
}
