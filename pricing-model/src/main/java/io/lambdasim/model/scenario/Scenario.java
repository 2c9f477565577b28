package io.lambdasim.model.scenario;

import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.capacity.ProvisionedSchedule;
import io.lambdasim.model.capacity.SimulationSpec;
import io.lambdasim.workload.generator.WallClock;
import io.lambdasim.workload.scale.ScaledWorkload;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A simulation as a scenario file describes it: what to simulate ({@link #spec()}, with the price edition and every
 * function's provisioned-concurrency schedule resolved), plus what the file says that the simulator does not need
 * but a reader does (name, story, number of replications, the wall-clock start, the price date, the provisioned
 * concurrency as planned). Read with {@link ScenarioReader}, write with {@link ScenarioWriter}; the format is in
 * {@code docs/scenario-format.md}.
 *
 * @param start        the wall-clock instant of simulated time 0; weekly provisioned-concurrency windows are placed
 *                     relative to it
 * @param timeZone     the zone in which weekly windows are read (UTC by default)
 * @param priceDate    the date whose price edition bills the run (the edition in {@code spec} is the one in force then)
 * @param designs      the designs to compare ({@code docs/compare.md}); empty: the functions as configured
 * @param objective    what a design must achieve to be chosen in a comparison
 * @param recommend    the CPU share and handler threads the memory recommendation assumes
 * @param provisioned  each function's provisioned-concurrency plan, by function name; every function's schedule in
 *                     {@code spec} is its plan's schedule for this start, zone and horizon
 */
public record Scenario(String name, String description, int replications, Instant start, ZoneId timeZone,
                       LocalDate priceDate, Map<String, ProvisionedPlan> provisioned, SimulationSpec spec,
                       List<Design> designs, Objective objective, RecommendSettings recommend) {

    /** The format identifier every scenario file starts with. */
    public static final String FORMAT = "lambdasim-scenario/1";
    /** Simulated time 0 when a file does not say: Monday 5 January 2026, 00:00 UTC. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-05T00:00:00Z");
    /** The master seed when a file does not say (ADR 0003: never a clock-seeded default). */
    public static final long DEFAULT_SEED = 1;
    /** The most replications a scenario may ask for. */
    public static final int MAX_REPLICATIONS = 10_000;

    public Scenario {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(priceDate, "priceDate");
        Objects.requireNonNull(spec, "spec");
        provisioned = Map.copyOf(provisioned);
        designs = List.copyOf(designs);
        Objects.requireNonNull(objective, "objective");
        recommend = recommend == null ? RecommendSettings.DEFAULT : recommend;
        if (name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            throw new IllegalArgumentException("replications must be 1 to " + MAX_REPLICATIONS + ", was " + replications);
        }
        Set<String> names = new HashSet<>();
        for (FunctionSpec f : spec.functions()) {
            names.add(f.name());
            ProvisionedPlan plan = provisioned.get(f.name());
            if (plan == null) {
                throw new IllegalArgumentException("function '" + f.name() + "' has no provisioned-concurrency plan");
            }
            if (!plan.schedule(start, timeZone, spec.horizonUs()).equals(f.provisioned())) {
                throw new IllegalArgumentException("function '" + f.name() + "': its provisioned-concurrency schedule "
                        + "is not the one its plan gives");
            }
        }
        if (!names.equals(provisioned.keySet())) {
            throw new IllegalArgumentException("provisioned-concurrency plans for functions that do not exist: "
                    + provisioned.keySet().stream().filter(n -> !names.contains(n)).sorted().toList());
        }
        Set<String> designNames = new HashSet<>();
        for (Design d : designs) {
            if (!designNames.add(d.name())) {
                throw new IllegalArgumentException("two designs are named '" + d.name() + "'");
            }
            if (!names.contains(d.function())) {
                throw new IllegalArgumentException("design '" + d.name() + "' serves function '" + d.function()
                        + "', which is not a function of the scenario");
            }
        }
    }

    /** A scenario with the default {@code recommend} settings. */
    public Scenario(String name, String description, int replications, Instant start, ZoneId timeZone,
                    LocalDate priceDate, Map<String, ProvisionedPlan> provisioned, SimulationSpec spec,
                    List<Design> designs, Objective objective) {
        this(name, description, replications, start, timeZone, priceDate, provisioned, spec, designs, objective,
                RecommendSettings.DEFAULT);
    }

    /** A scenario without designs (its functions as configured are the one design) and the default objective. */
    public Scenario(String name, String description, int replications, Instant start, ZoneId timeZone,
                    LocalDate priceDate, Map<String, ProvisionedPlan> provisioned, SimulationSpec spec) {
        this(name, description, replications, start, timeZone, priceDate, provisioned, spec, List.of(),
                Objective.DEFAULT);
    }

    /**
     * The same scenario with {@code designs} to compare against {@code objective}; Lambda designs' provisioned
     * schedules are laid out over this scenario's horizon.
     */
    public Scenario withDesigns(List<Design> designs, Objective objective) {
        return new Scenario(name, description, replications, start, timeZone, priceDate, provisioned, spec,
                laidOut(designs, start, timeZone, spec.horizonUs()), objective, recommend);
    }

    private static List<Design> laidOut(List<Design> designs, Instant start, ZoneId zone, long horizonUs) {
        List<Design> out = new ArrayList<>();
        for (Design d : designs) {
            if (d instanceof Design.Lambda l) {
                ProvisionedSchedule s = l.plan().schedule(start, zone, horizonUs);
                out.add(l.variant().provisioned().equals(s) ? l
                        : l.withVariant(l.variant().toBuilder().provisioned(s).build()));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    /** The same scenario with {@code settings} for the memory recommendation. */
    public Scenario withRecommend(RecommendSettings settings) {
        return new Scenario(name, description, replications, start, timeZone, priceDate, provisioned, spec, designs,
                objective, settings);
    }

    /** The same scenario judged against {@code o}. */
    public Scenario withObjective(Objective o) {
        return new Scenario(name, description, replications, start, timeZone, priceDate, provisioned, spec, designs,
                o, recommend);
    }

    /**
     * A scenario whose functions get their provisioned-concurrency schedules from {@code plans} (the schedules in
     * {@code spec} are replaced); a function without a plan gets none.
     */
    public static Scenario of(String name, String description, int replications, Instant start, ZoneId timeZone,
                              LocalDate priceDate, Map<String, ProvisionedPlan> plans, SimulationSpec spec) {
        Map<String, ProvisionedPlan> all = new LinkedHashMap<>();
        for (FunctionSpec f : spec.functions()) {
            all.put(f.name(), plans.getOrDefault(f.name(), ProvisionedPlan.NONE));
        }
        for (String n : plans.keySet()) {
            if (!all.containsKey(n)) {
                throw new IllegalArgumentException("a provisioned-concurrency plan for '" + n
                        + "', which is not a function of the scenario");
            }
        }
        return new Scenario(name, description, replications, start, timeZone, priceDate, all,
                scheduled(spec, all, start, timeZone, spec.horizonUs()));
    }

    private static SimulationSpec scheduled(SimulationSpec spec, Map<String, ProvisionedPlan> plans, Instant start,
                                            ZoneId zone, long horizonUs) {
        List<FunctionSpec> fs = new ArrayList<>();
        for (FunctionSpec f : spec.functions()) {
            ProvisionedSchedule s = plans.get(f.name()).schedule(start, zone, horizonUs);
            fs.add(f.provisioned().equals(s) ? f : f.toBuilder().provisioned(s).build());
        }
        return new SimulationSpec(fs, spec.account(), spec.edition(), spec.billing(), horizonUs, spec.warmupUs(),
                spec.binUs(), spec.seed());
    }

    /** The region whose prices bill the run. */
    public String region() {
        return spec.edition().region();
    }

    public long seed() {
        return spec.seed();
    }

    public long horizonUs() {
        return spec.horizonUs();
    }

    /** The provisioned-concurrency plan of function {@code functionName}. */
    public ProvisionedPlan plan(String functionName) {
        ProvisionedPlan p = provisioned.get(functionName);
        if (p == null) {
            throw new IllegalArgumentException("no function '" + functionName + "' in scenario '" + name + "'");
        }
        return p;
    }

    /** Simulated time 0 on the calendar: {@link #start} read in {@link #timeZone}, as daily traffic patterns use it. */
    public WallClock wallClock() {
        return new WallClock(start, timeZone);
    }

    /** Whether weekly windows are read in UTC. */
    public boolean isUtc() {
        return timeZone.normalized().equals(ZoneOffset.UTC);
    }

    public Scenario withSeed(long seed) {
        return new Scenario(name, description, replications, start, timeZone, priceDate, provisioned,
                spec.withSeed(seed), designs, objective, recommend);
    }

    public Scenario withReplications(int n) {
        return new Scenario(name, description, n, start, timeZone, priceDate, provisioned, spec, designs, objective,
                recommend);
    }

    /**
     * The same scenario simulated for {@code horizonUs}; weekly provisioned-concurrency windows are laid out again over
     * the new horizon.
     *
     * @throws IllegalArgumentException if the horizon is not longer than the warm-up, or needs too many time-series bins
     */
    public Scenario withHorizonUs(long horizonUs) {
        return new Scenario(name, description, replications, start, timeZone, priceDate, provisioned,
                scheduled(spec, provisioned, start, timeZone, horizonUs), laidOut(designs, start, timeZone, horizonUs),
                objective, recommend);
    }

    /**
     * The same scenario with every function's traffic {@code factor} times as large and of the same shape
     * ({@link ScaledWorkload}); Lambda designs' variants are scaled alike, fleets serve the scaled functions. Factors
     * compose: scaling a scaled scenario multiplies them.
     */
    public Scenario withTrafficScaledBy(double factor) {
        List<FunctionSpec> functions = new ArrayList<>();
        for (FunctionSpec f : spec.functions()) {
            functions.add(f.toBuilder().workload(ScaledWorkload.of(f.workload(), factor)).build());
        }
        List<Design> scaled = new ArrayList<>();
        for (Design d : designs) {
            if (d instanceof Design.Lambda l) {
                FunctionSpec v = l.variant();
                scaled.add(l.withVariant(v.toBuilder().workload(ScaledWorkload.of(v.workload(), factor)).build()));
            } else {
                scaled.add(d);
            }
        }
        return new Scenario(name, description, replications, start, timeZone, priceDate, provisioned,
                spec.withFunctions(functions), scaled, objective, recommend);
    }
}
