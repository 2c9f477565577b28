package io.lambdasim.model.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.model.ec2.Capacity;
import io.lambdasim.model.ec2.Compute;
import io.lambdasim.model.ec2.FleetSpec;
import io.lambdasim.model.ec2.FrontDoor;
import io.lambdasim.model.ec2.Scaling;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.ec2.PricingPlan;
import io.lambdasim.pricedata.ec2.ReservationTerm;
import io.lambdasim.pricedata.ec2.SavingsPlanKind;
import io.lambdasim.workload.time.TimeSpans;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The {@code designs} and {@code objective} of a scenario file: reading fleets and objectives, writing all designs
 * ({@code docs/scenario-format.md}). Lambda designs are read by {@link ScenarioReader}, which reads functions.
 */
final class DesignFormat {

    static final Set<String> DESIGN = Fields.names("name", "type", "function", "overrides", "instance_type",
            "pricing_plan", "vcpu", "memory_gb", "architecture", "capacity", "scaling", "boot_time", "queue_limit",
            "request_timeout", "front_door");
    static final Set<String> LAMBDA = Fields.names("name", "type", "function", "overrides");
    static final Set<String> EC2 = Fields.names("name", "type", "function", "instance_type", "pricing_plan",
            "capacity", "scaling", "boot_time", "queue_limit", "request_timeout", "front_door");
    static final Set<String> FARGATE = Fields.names("name", "type", "function", "vcpu", "memory_gb", "architecture",
            "capacity", "scaling", "boot_time", "queue_limit", "request_timeout", "front_door");
    static final Set<String> OVERRIDABLE = overridable();
    static final Set<String> PLAN = Fields.names("type", "discount", "kind");
    static final Set<String> CAPACITY = Fields.names("cpu_per_request", "target_cpu", "speed_factor",
            "requests_per_second", "slots");
    static final Set<String> SCALING = Fields.names("fixed", "min", "max", "target", "per_az_min", "azs",
            "metric_period", "scale_in_cooldown", "initial");
    static final Set<String> OBJECTIVE = Fields.names("p99_latency", "max_failed_share", "max_cold_start_share");
    static final Map<String, String> TYPES = Map.of("lambda", "lambda", "ec2", "ec2", "fargate", "fargate");
    static final Map<String, String> FRONT_DOORS = Map.of("none", "none", "alb", "alb", "http-api", "http-api",
            "rest-api", "rest-api");
    /** The payload size assumed for HTTP API metering (one 512-KB increment). */
    static final long HTTP_API_PAYLOAD_BYTES = 1024;

    private static final long MAX_SPAN_US = ScenarioDefaults.MAX_HORIZON_US;

    private DesignFormat() {
    }

    private static Set<String> overridable() {
        Set<String> s = new LinkedHashSet<>(ScenarioReader.FUNCTION);
        s.remove("name");
        s.remove("arrivals");
        return s;
    }

    static String type(Fields d) {
        String t = d.text("type");
        if (!TYPES.containsKey(t)) {
            throw d.error("type", "\"" + t + "\" is not one of lambda, ec2, fargate");
        }
        Set<String> allowed = t.equals("lambda") ? LAMBDA : t.equals("ec2") ? EC2 : FARGATE;
        d.node().fieldNames().forEachRemaining(n -> {
            if (!allowed.contains(n)) {
                throw d.error(n, "not a field of " + (t.startsWith("e") ? "an " : "a ") + t + " design");
            }
        });
        String name = d.text("name");
        if (name.isBlank()) {
            throw d.error("name", "must not be blank");
        }
        return t;
    }

    static Design.Fleet fleet(Fields d) {
        String type = d.text("type");
        FleetSpec.Builder b = FleetSpec.builder(d.text("function")).name(d.text("name"));
        try {
            if (type.equals("ec2")) {
                String instanceType = d.text("instance_type");
                if (instanceType.isBlank()) {
                    throw d.error("instance_type", "must not be blank");
                }
                b.ec2(instanceType, d.has("pricing_plan") ? plan(d.object("pricing_plan", PLAN))
                        : PricingPlan.onDemand());
            } else {
                Architecture arch = d.choice("architecture", Architecture.X86_64, ScenarioReader.ARCHITECTURE);
                BigDecimal vcpu = decimal(d, "vcpu");
                BigDecimal memory = decimal(d, "memory_gb");
                try {
                    b.compute(new Compute.Fargate(vcpu, memory, arch));
                } catch (IllegalArgumentException e) {
                    throw d.error("vcpu", e.getMessage(), e);
                }
            }
            b.capacity(capacity(d.object("capacity", CAPACITY)));
            b.scaling(scaling(d.object("scaling", SCALING)));
            if (d.has("boot_time")) {
                b.bootUs(d.span("boot_time", 0, 0, MAX_SPAN_US));
            }
            b.queueLimit(d.integer("queue_limit", FleetSpec.UNLIMITED_QUEUE, 0, Integer.MAX_VALUE, ""));
            b.requestTimeoutUs(d.span("request_timeout", 0, 1_000, MAX_SPAN_US));
            b.frontDoor(frontDoor(d.choice("front_door", "none", FRONT_DOORS)));
            return new Design.Fleet(b.build());
        } catch (ScenarioException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw d.errorHere(e.getMessage(), e);
        }
    }

    private static BigDecimal decimal(Fields d, String name) {
        var v = d.required(name);
        if (!v.isNumber()) {
            throw d.error(name, "expected a number, found " + Fields.kind(v));
        }
        return v.decimalValue();
    }

    private static PricingPlan plan(Fields p) {
        String t = p.text("type");
        switch (t) {
            case "on-demand" -> {
                refuse(p, t, "discount", "kind");
                return PricingPlan.onDemand();
            }
            case "reserved-1y", "reserved-3y" -> {
                refuse(p, t, "discount", "kind");
                return PricingPlan.reserved(t.equals("reserved-1y") ? ReservationTerm.ONE_YEAR
                        : ReservationTerm.THREE_YEARS);
            }
            case "savings-plan" -> {
                SavingsPlanKind kind = p.choice("kind", SavingsPlanKind.COMPUTE,
                        Map.of("compute", SavingsPlanKind.COMPUTE, "ec2-instance", SavingsPlanKind.EC2_INSTANCE));
                BigDecimal discount = decimal(p, "discount");
                try {
                    return PricingPlan.savingsPlan(kind, discount);
                } catch (IllegalArgumentException e) {
                    throw p.error("discount", e.getMessage(), e);
                }
            }
            default -> throw p.error("type", "\"" + t + "\" is not one of on-demand, reserved-1y, reserved-3y, "
                    + "savings-plan");
        }
    }

    private static void refuse(Fields f, String type, String... names) {
        for (String n : names) {
            if (f.has(n)) {
                throw f.error(n, "applies only to a savings-plan, not to " + type);
            }
        }
    }

    private static Capacity capacity(Fields c) {
        if (c.has("requests_per_second") || c.has("slots")) {
            refuse2(c, "cpu_per_request", "target_cpu", "speed_factor");
            return new Capacity.Measured(c.positive("requests_per_second", 1e9),
                    c.integer("slots", 1, 1_000_000, ""));
        }
        double cpu = c.positive("cpu_per_request", 1_000);
        double target = c.number("target_cpu", 0.000001, 1);
        double speed = c.has("speed_factor") ? c.positive("speed_factor", 1_000) : 1.0;
        return new Capacity.CpuShare(cpu, target, speed);
    }

    private static void refuse2(Fields c, String... names) {
        for (String n : names) {
            if (c.has(n)) {
                throw c.error(n, "give either cpu_per_request and target_cpu, or requests_per_second and slots");
            }
        }
    }

    private static Scaling scaling(Fields s) {
        if (s.has("fixed")) {
            for (String n : SCALING) {
                if (!n.equals("fixed") && s.has(n)) {
                    throw s.error(n, "not allowed with \"fixed\"");
                }
            }
            return Scaling.fixed(s.integer("fixed", 1, 100_000, ""));
        }
        int min = s.integer("min", 1, 0, 100_000, "");
        int max = s.integer("max", 0, 100_000, "");
        double target = s.number("target", 0.6, 0.01, 1);
        Scaling.TargetTracking t = Scaling.targetTracking(target, min, max)
                .withMetricPeriodUs(s.span("metric_period", 60_000_000L, 1_000_000L, MAX_SPAN_US))
                .withScaleInCooldownUs(s.span("scale_in_cooldown", 300_000_000L, 0, MAX_SPAN_US))
                .withAzMinimum(s.integer("per_az_min", 0, 0, 100_000, ""), s.integer("azs", 1, 1, 6, ""));
        if (s.has("initial")) {
            t = t.withInitialSize(s.integer("initial", 1, 100_000, ""));
        }
        return t;
    }

    private static FrontDoor frontDoor(String id) {
        return switch (id) {
            case "alb" -> FrontDoor.alb();
            case "http-api" -> FrontDoor.httpApi(HTTP_API_PAYLOAD_BYTES);
            case "rest-api" -> FrontDoor.restApi();
            default -> FrontDoor.none();
        };
    }

    static Objective objective(Fields o) {
        OptionalLong p99 = o.has("p99_latency") ? OptionalLong.of(o.span("p99_latency", 1, MAX_SPAN_US))
                : OptionalLong.empty();
        OptionalDouble cold = o.has("max_cold_start_share")
                ? OptionalDouble.of(o.number("max_cold_start_share", 0, 0, 1)) : OptionalDouble.empty();
        return new Objective(p99, o.number("max_failed_share", 0, 0, 1), cold);
    }

    // ----- writing

    static void write(ObjectNode root, List<Design> designs, Objective objective) {
        if (!designs.isEmpty()) {
            ArrayNode a = root.putArray("designs");
            for (Design d : designs) {
                ObjectNode n = a.addObject();
                n.put("name", d.name());
                n.put("type", d.type());
                n.put("function", d.function());
                if (d instanceof Design.Lambda l) {
                    if (l.overrides().size() > 0) {
                        n.set("overrides", l.overrides().deepCopy());
                    }
                } else {
                    fleet(n, ((Design.Fleet) d).fleet());
                }
            }
        }
        if (!objective.equals(Objective.DEFAULT)) {
            ObjectNode o = root.putObject("objective");
            objective.p99LatencyUs().ifPresent(us -> o.put("p99_latency", TimeSpans.format(us)));
            o.put("max_failed_share", objective.maxFailedShare());
            objective.maxColdStartShare().ifPresent(c -> o.put("max_cold_start_share", c));
        }
    }

    private static void fleet(ObjectNode n, FleetSpec f) {
        if (f.compute() instanceof Compute.Ec2 e) {
            n.put("instance_type", e.instanceType());
            ObjectNode p = n.putObject("pricing_plan");
            if (e.plan() instanceof PricingPlan.Reserved r) {
                p.put("type", r.term() == ReservationTerm.ONE_YEAR ? "reserved-1y" : "reserved-3y");
            } else if (e.plan() instanceof PricingPlan.SavingsPlan s) {
                p.put("type", "savings-plan");
                p.put("kind", s.kind() == SavingsPlanKind.COMPUTE ? "compute" : "ec2-instance");
                p.put("discount", s.discount());
            } else {
                p.put("type", "on-demand");
            }
        } else {
            Compute.Fargate g = (Compute.Fargate) f.compute();
            n.put("vcpu", g.vcpu());
            n.put("memory_gb", g.memoryGb());
            n.put("architecture", g.architecture().id());
        }
        ObjectNode c = n.putObject("capacity");
        if (f.capacity() instanceof Capacity.CpuShare s) {
            c.put("cpu_per_request", s.cpuPerRequest());
            c.put("target_cpu", s.targetCpuUtilisation());
            if (s.speedFactor() != 1.0) {
                c.put("speed_factor", s.speedFactor());
            }
        } else {
            Capacity.Measured m = (Capacity.Measured) f.capacity();
            c.put("requests_per_second", m.requestsPerSecond());
            c.put("slots", m.slots());
        }
        ObjectNode s = n.putObject("scaling");
        if (f.scaling() instanceof Scaling.Fixed x) {
            s.put("fixed", x.units());
        } else {
            Scaling.TargetTracking t = (Scaling.TargetTracking) f.scaling();
            s.put("min", t.minSize());
            s.put("max", t.maxSize());
            s.put("target", t.targetUtilisation());
            s.put("per_az_min", t.minPerAz());
            s.put("azs", t.azCount());
            s.put("metric_period", TimeSpans.format(t.metricPeriodUs()));
            s.put("scale_in_cooldown", TimeSpans.format(t.scaleInCooldownUs()));
            if (t.initialSize() >= 0) {
                s.put("initial", t.initialSize());
            }
        }
        n.put("boot_time", TimeSpans.format(f.bootUs()));
        if (f.queueLimit() != FleetSpec.UNLIMITED_QUEUE) {
            n.put("queue_limit", f.queueLimit());
        }
        if (f.requestTimeoutUs() > 0) {
            n.put("request_timeout", TimeSpans.format(f.requestTimeoutUs()));
        }
        FrontDoor door = f.frontDoor();
        n.put("front_door", door instanceof FrontDoor.Alb ? "alb" : door instanceof FrontDoor.HttpApi ? "http-api"
                : door instanceof FrontDoor.RestApi ? "rest-api" : "none");
    }
}
