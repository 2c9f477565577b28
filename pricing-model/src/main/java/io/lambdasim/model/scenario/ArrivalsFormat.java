package io.lambdasim.model.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.workload.PoissonWorkload;
import io.lambdasim.workload.Workload;
import io.lambdasim.workload.generator.BatchSize;
import io.lambdasim.workload.generator.DailyCurve;
import io.lambdasim.workload.generator.Growth;
import io.lambdasim.workload.generator.HourlyWeights;
import io.lambdasim.workload.generator.MmppWorkload;
import io.lambdasim.workload.generator.ProfileWorkload;
import io.lambdasim.workload.generator.RateFactor;
import io.lambdasim.workload.generator.Schedule;
import io.lambdasim.workload.generator.ScheduledWorkload;
import io.lambdasim.workload.generator.Spike;
import io.lambdasim.workload.generator.WallClock;
import io.lambdasim.workload.generator.WeeklyWeights;
import io.lambdasim.workload.time.TimeSpans;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A function's {@code arrivals} object in scenario files, read into a {@link Workload} and written back: Poisson,
 * {@code profile} (a time-varying rate), {@code mmpp} (bursts) and {@code scheduled} (cron-like jobs), as
 * {@code docs/scenario-format.md} describes them. Each type has its own fields; any other field is refused.
 */
final class ArrivalsFormat {

    static final Set<String> POISSON = Fields.names("type", "rate_per_second");
    static final Set<String> PROFILE = Fields.names("type", "base_rate_per_second", "daily", "weekly", "growth",
            "spikes");
    static final Set<String> MMPP = Fields.names("type", "on_rate_per_second", "off_rate_per_second", "mean_on",
            "mean_off");
    static final Set<String> TRACE = Fields.names("type", "file", "function", "format", "origin");
    static final Set<String> SCHEDULED = Fields.names("type", "every", "first_at", "minutes", "hours", "days",
            "jitter", "batch", "spread");
    /** The fields of each type, by type name, in the order error messages list them. */
    static final Map<String, Set<String>> TYPES;
    /** Every field of every type: what an object of an unknown type is first checked against. */
    static final Set<String> ANY;

    static final Set<String> DAILY = Fields.names("peak_hour", "peak_to_trough", "hourly_weights");
    static final Set<String> WEEKLY = Fields.names("weights");
    static final Set<String> GROWTH = Fields.names("per_month", "shape");
    static final Set<String> SPIKE = Fields.names("at", "multiplier", "plateau", "half_life");
    static final Set<String> BATCH = Fields.names("min", "max", "poisson_mean");
    static final Map<String, Growth.Shape> GROWTH_SHAPES;

    /** The largest weight accepted in hourly and weekly weights (only their proportions matter). */
    static final double MAX_WEIGHT = 1e9;

    static {
        Map<String, Set<String>> types = new LinkedHashMap<>();
        types.put("poisson", POISSON);
        types.put("profile", PROFILE);
        types.put("mmpp", MMPP);
        types.put("scheduled", SCHEDULED);
        types.put("trace", TRACE);
        TYPES = Collections.unmodifiableMap(types);
        Set<String> any = new LinkedHashSet<>();
        types.values().forEach(any::addAll);
        ANY = Collections.unmodifiableSet(any);
        Map<String, Growth.Shape> shapes = new LinkedHashMap<>();
        shapes.put("exponential", Growth.Shape.EXPONENTIAL);
        shapes.put("linear", Growth.Shape.LINEAR);
        GROWTH_SHAPES = Collections.unmodifiableMap(shapes);
    }

    private ArrivalsFormat() {
    }

    /**
     * The workload described by {@code f}'s field {@code arrivals}; daily, weekly and clock-time patterns are read on
     * {@code clock} (the scenario's start and time zone).
     */
    static Workload read(Fields f, WallClock clock, long horizonUs) {
        String field = "arrivals";
        JsonNode node = f.required(field);
        JsonNode type = node.isObject() ? node.get("type") : null;
        Set<String> allowed = type != null && type.isTextual() ? TYPES.getOrDefault(type.asText(), ANY) : ANY;
        Fields a = f.object(field, allowed);
        String t = a.text("type");
        Workload w;
        try {
            w = switch (t) {
                case "poisson" -> new PoissonWorkload(a.positive("rate_per_second",
                        ScenarioDefaults.MAX_RATE_PER_SECOND));
                case "profile" -> profile(a, clock, horizonUs);
                case "mmpp" -> mmpp(a);
                case "scheduled" -> scheduled(a, clock);
                case "trace" -> TraceArrivals.read(a, clock, f.text("name", ""));
                default -> throw a.error("type", "\"" + t + "\" is not an arrival process this version knows (known: "
                        + String.join(", ", TYPES.keySet()) + ")");
            };
        } catch (ScenarioException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw a.errorHere(e.getMessage(), e);
        }
        return w;
    }

    private static ProfileWorkload profile(Fields a, WallClock clock, long horizonUs) {
        double base = a.positive("base_rate_per_second", ScenarioDefaults.MAX_RATE_PER_SECOND);
        List<RateFactor> factors = new ArrayList<>();
        a.optionalObject("daily", DAILY).ifPresent(d -> factors.add(daily(d)));
        a.optionalObject("weekly", WEEKLY).ifPresent(wk -> factors.add(
                guarded(wk, "weights", () -> new WeeklyWeights(wk.numbers("weights", 7, 0, MAX_WEIGHT)))));
        a.optionalObject("growth", GROWTH).ifPresent(g -> {
            double perMonth = g.number("per_month", -1, Growth.MAX_PER_MONTH);
            if (perMonth == -1) {
                throw g.error("per_month", "-1 would stop all traffic at once; a decline must be above -1");
            }
            factors.add(new Growth(perMonth, g.choice("shape", Growth.Shape.EXPONENTIAL, GROWTH_SHAPES)));
        });
        if (a.has("spikes")) {
            for (Fields s : a.objects("spikes", 0, SPIKE)) {
                long at = s.span("at", 0, ScenarioDefaults.MAX_HORIZON_US);
                double multiplier = s.number("multiplier", 0, Spike.MAX_MULTIPLIER);
                if (multiplier == 0) {
                    throw s.error("multiplier", "0 is outside (0, " + Fields.plain(Spike.MAX_MULTIPLIER) + "]");
                }
                long plateau = s.span("plateau", 0, 0, ScenarioDefaults.MAX_HORIZON_US);
                long halfLife = s.span("half_life", 0, 0, ScenarioDefaults.MAX_HORIZON_US);
                if (plateau == 0 && halfLife == 0) {
                    throw s.errorHere("a spike needs a plateau or a half_life (or both), else it lasts no time");
                }
                factors.add(new Spike(at, multiplier, plateau, halfLife));
            }
        }
        ProfileWorkload w = new ProfileWorkload(base, factors, clock);
        double peak = w.rate(horizonUs).maxRatePerSecond();
        if (peak > ScenarioDefaults.MAX_RATE_PER_SECOND) {
            throw a.errorHere("the rate can reach " + Fields.grouped(Math.round(peak)) + " per second over the "
                    + "horizon (the base rate times each factor's peak), more than "
                    + Fields.grouped((long) ScenarioDefaults.MAX_RATE_PER_SECOND));
        }
        return w;
    }

    private static RateFactor daily(Fields d) {
        if (d.has("hourly_weights")) {
            for (String other : List.of("peak_hour", "peak_to_trough")) {
                if (d.has(other)) {
                    throw d.error(other, "give either hourly_weights or peak_hour and peak_to_trough, not both");
                }
            }
            return guarded(d, "hourly_weights", () -> new HourlyWeights(d.numbers("hourly_weights", 24, 0,
                    MAX_WEIGHT)));
        }
        double peakHour = d.number("peak_hour", 0, 24);
        if (peakHour == 24) {
            throw d.error("peak_hour", "24 is outside 0 to less than 24 (midnight is 0)");
        }
        return new DailyCurve(peakHour, d.number("peak_to_trough", 1, DailyCurve.MAX_PEAK_TO_TROUGH));
    }

    private static MmppWorkload mmpp(Fields a) {
        double on = a.number("on_rate_per_second", 0, ScenarioDefaults.MAX_RATE_PER_SECOND);
        double off = a.number("off_rate_per_second", 0, ScenarioDefaults.MAX_RATE_PER_SECOND);
        if (on == 0 && off == 0) {
            throw a.error("on_rate_per_second", "a state needs a rate above 0");
        }
        long meanOn = a.span("mean_on", MmppWorkload.MIN_MEAN_SOJOURN_US, ScenarioDefaults.MAX_HORIZON_US);
        long meanOff = a.span("mean_off", MmppWorkload.MIN_MEAN_SOJOURN_US, ScenarioDefaults.MAX_HORIZON_US);
        return new MmppWorkload(on, off, meanOn, meanOff);
    }

    private static ScheduledWorkload scheduled(Fields a, WallClock clock) {
        Schedule schedule;
        if (a.has("every")) {
            for (String cron : List.of("minutes", "hours", "days")) {
                if (a.has(cron)) {
                    throw a.error(cron, "give either every or minutes (with hours and days), not both");
                }
            }
            schedule = new Schedule.Every(a.span("every", 1_000, ScenarioDefaults.MAX_HORIZON_US),
                    a.span("first_at", 0, 0, ScenarioDefaults.MAX_HORIZON_US));
        } else if (a.has("minutes")) {
            if (a.has("first_at")) {
                throw a.error("first_at", "applies only with every; minutes fire on the wall clock");
            }
            List<Integer> minutes = a.integers("minutes", 0, 59);
            List<Integer> hours = a.has("hours") ? a.integers("hours", 0, 23) : Schedule.Cron.ALL_HOURS;
            Set<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);
            if (a.has("days")) {
                try {
                    days = ProvisionedPlan.parseDays(a.text("days"));
                } catch (IllegalArgumentException e) {
                    throw a.error("days", e.getMessage(), e);
                }
            }
            schedule = new Schedule.Cron(minutes, hours, days, clock);
        } else {
            throw a.errorHere("a scheduled job needs every (a period such as \"5min\") or minutes (a list such as "
                    + "[0, 30])");
        }
        long jitter = a.span("jitter", 0, 0, ScenarioDefaults.MAX_HORIZON_US);
        long spread = a.span("spread", 0, 0, ScenarioDefaults.MAX_HORIZON_US);
        if (jitter + spread >= schedule.minGapUs()) {
            throw a.error(a.has("jitter") ? "jitter" : "spread", "jitter " + TimeSpans.format(jitter) + " and spread "
                    + TimeSpans.format(spread) + " must together be shorter than the shortest gap between firings, "
                    + TimeSpans.format(schedule.minGapUs()));
        }
        return new ScheduledWorkload(schedule, jitter, batch(a), spread);
    }

    private static BatchSize batch(Fields a) {
        String field = "batch";
        if (!a.has(field)) {
            return new BatchSize.Fixed(1);
        }
        JsonNode v = a.required(field);
        if (v.isNumber()) {
            return new BatchSize.Fixed(a.integer(field, 1, BatchSize.MAX, ""));
        }
        if (!v.isObject()) {
            throw a.error(field, "expected a whole number, {\"min\": ..., \"max\": ...} or {\"poisson_mean\": ...}, "
                    + "found " + Fields.kind(v));
        }
        Fields b = a.object(field, BATCH);
        if (b.has("poisson_mean")) {
            for (String other : List.of("min", "max")) {
                if (b.has(other)) {
                    throw b.error(other, "give either min and max or poisson_mean, not both");
                }
            }
            double mean = b.positive("poisson_mean", BatchSize.MAX);
            return new BatchSize.Poisson(mean);
        }
        int min = b.integer("min", 0, BatchSize.MAX, "");
        int max = b.integer("max", Math.max(min, 1), BatchSize.MAX, "");
        return new BatchSize.Uniform(min, max);
    }

    /** Runs {@code read}, reporting an invalid value (weights all 0) at {@code name}. */
    private static <T> T guarded(Fields f, String name, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ScenarioException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw f.error(name, e.getMessage(), e);
        }
    }

    /**
     * Writes {@code w} into the {@code arrivals} object {@code n}.
     *
     * @throws IllegalArgumentException if the format cannot express {@code w} (another kind of workload, or a daily,
     *                                  weekly or clock-time pattern read on another wall clock than the scenario's)
     */
    static void write(ObjectNode n, Workload w, WallClock clock, String function) {
        if (w instanceof PoissonWorkload p) {
            n.put("type", "poisson");
            putNumber(n, "rate_per_second", p.ratePerSecond());
        } else if (w instanceof ProfileWorkload p) {
            sameClock(p.followsCalendar(), p.wallClock(), clock, w, function);
            writeProfile(n, p);
        } else if (w instanceof MmppWorkload m) {
            n.put("type", "mmpp");
            putNumber(n, "on_rate_per_second", m.onRatePerSecond());
            putNumber(n, "off_rate_per_second", m.offRatePerSecond());
            n.put("mean_on", TimeSpans.format(m.meanOnUs()));
            n.put("mean_off", TimeSpans.format(m.meanOffUs()));
        } else if (w instanceof ScheduledWorkload s) {
            if (s.schedule() instanceof Schedule.Cron c) {
                sameClock(true, c.wallClock(), clock, w, function);
            }
            writeScheduled(n, s);
        } else if (w instanceof TraceArrivals t) {
            TraceArrivals.write(n, t);
        } else {
            throw new IllegalArgumentException("function '" + function + "': arrivals \"" + w.describe()
                    + "\" cannot be written to a scenario file (only " + String.join(", ", TYPES.keySet())
                    + " arrivals can)");
        }
    }

    private static void sameClock(boolean matters, WallClock own, WallClock scenario, Workload w, String function) {
        if (matters && !own.equals(scenario)) {
            throw new IllegalArgumentException("function '" + function + "': arrivals \"" + w.describe()
                    + "\" follow the wall clock of " + own.start() + " in " + own.zone() + ", not the scenario's "
                    + scenario.start() + " in " + scenario.zone() + ", and cannot be written to a scenario file");
        }
    }

    private static void writeProfile(ObjectNode n, ProfileWorkload p) {
        n.put("type", "profile");
        putNumber(n, "base_rate_per_second", p.baseRatePerSecond());
        p.daily().ifPresent(d -> {
            ObjectNode o = n.putObject("daily");
            if (d instanceof DailyCurve c) {
                putNumber(o, "peak_hour", c.peakHour());
                putNumber(o, "peak_to_trough", c.peakToTrough());
            } else {
                putNumbers(o.putArray("hourly_weights"), ((HourlyWeights) d).weights());
            }
        });
        p.weekly().ifPresent(wk -> putNumbers(n.putObject("weekly").putArray("weights"), wk.weights()));
        p.growth().ifPresent(g -> {
            ObjectNode o = n.putObject("growth");
            putNumber(o, "per_month", g.perMonth());
            o.put("shape", GROWTH_SHAPES.entrySet().stream().filter(e -> e.getValue() == g.shape())
                    .map(Map.Entry::getKey).findFirst().orElseThrow());
        });
        List<Spike> spikes = p.spikes();
        if (!spikes.isEmpty()) {
            ArrayNode a = n.putArray("spikes");
            for (Spike s : spikes) {
                ObjectNode o = a.addObject();
                o.put("at", TimeSpans.format(s.atUs()));
                putNumber(o, "multiplier", s.multiplier());
                if (s.plateauUs() > 0) {
                    o.put("plateau", TimeSpans.format(s.plateauUs()));
                }
                if (s.halfLifeUs() > 0) {
                    o.put("half_life", TimeSpans.format(s.halfLifeUs()));
                }
            }
        }
    }

    private static void writeScheduled(ObjectNode n, ScheduledWorkload s) {
        n.put("type", "scheduled");
        if (s.schedule() instanceof Schedule.Every e) {
            n.put("every", TimeSpans.format(e.periodUs()));
            n.put("first_at", TimeSpans.format(e.firstUs()));
        } else {
            Schedule.Cron c = (Schedule.Cron) s.schedule();
            ArrayNode minutes = n.putArray("minutes");
            c.minutes().forEach(minutes::add);
            ArrayNode hours = n.putArray("hours");
            c.hours().forEach(hours::add);
            n.put("days", ProvisionedPlan.formatDays(c.days()));
        }
        n.put("jitter", TimeSpans.format(s.jitterUs()));
        if (s.batch() instanceof BatchSize.Fixed f) {
            n.put("batch", f.size());
        } else if (s.batch() instanceof BatchSize.Uniform u) {
            ObjectNode o = n.putObject("batch");
            o.put("min", u.min());
            o.put("max", u.max());
        } else {
            putNumber(n.putObject("batch"), "poisson_mean", ((BatchSize.Poisson) s.batch()).mean());
        }
        n.put("spread", TimeSpans.format(s.spreadUs()));
    }

    /** A number as a whole number when it is one ({@code 2}, not {@code 2.0}), as the reader's rules want. */
    static void putNumber(ObjectNode n, String name, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            n.put(name, (long) value);
        } else {
            n.put(name, value);
        }
    }

    private static void putNumbers(ArrayNode a, List<Double> values) {
        for (double v : values) {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                a.add((long) v);
            } else {
                a.add(v);
            }
        }
    }
}
