package io.lambdasim.workload.distribution;

import io.lambdasim.workload.time.TimeSpans;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads duration distributions from their spec strings ({@code "exp:1991ms"},
 * {@code "mix:0.9*exp:100ms+0.1*const:2s"}); the syntax is in {@code docs/distributions.md}, and each record's
 * {@link DurationDistribution#spec()} writes it.
 */
public final class Distributions {

    /** The kinds a spec may start with (and {@code scale}, which multiplies one of them: {@link ScaledDuration}). */
    public static final String KINDS = "const, exp, uniform, lognormal, gamma, empirical, mix";

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d*)?|\\.\\d+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Distributions() {
    }

    /**
     * Parses a spec. Whitespace is ignored.
     *
     * @throws IllegalArgumentException with a message that starts with the spec and names the bad part, for example
     *     {@code "lognormal:median=80ms,p99=50ms: p99 must exceed the median"}
     */
    public static DurationDistribution parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        try {
            return parseCompact(WHITESPACE.matcher(spec).replaceAll(""), true);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(spec + ": " + e.getMessage(), e);
        }
    }

    private static DurationDistribution parseCompact(String spec, boolean mixtureAllowed) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("write kind:parameters, for example exp:100ms (kinds: " + KINDS + ")");
        }
        String kind = spec.substring(0, colon);
        String body = spec.substring(colon + 1);
        if (body.isEmpty()) {
            throw new IllegalArgumentException("no parameters after \"" + kind + ":\"");
        }
        switch (kind) {
            case "const":
                return new ConstantDuration(span("the duration", body));
            case "exp":
                return new ExponentialDuration(span("the mean", body));
            case "uniform":
                return uniform(body);
            case "lognormal": {
                Map<String, String> p = parameters(body, Set.of("median", "p99"));
                return new LogNormalDuration(span("median", p.get("median")), span("p99", p.get("p99")));
            }
            case "gamma": {
                Map<String, String> p = parameters(body, Set.of("shape", "mean"));
                return new GammaDuration(number("shape", p.get("shape")).doubleValue(), span("mean", p.get("mean")));
            }
            case "empirical":
                return empirical(body);
            case "mix":
                if (!mixtureAllowed) {
                    throw new IllegalArgumentException("mixtures cannot be nested");
                }
                return mixture(body);
            case "scale":
                return scaled(body, mixtureAllowed);
            default:
                throw new IllegalArgumentException("unknown kind \"" + kind + "\" (kinds: " + KINDS + ")");
        }
    }

    private static UniformDuration uniform(String body) {
        int dots = body.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException("write the bounds as low..high, for example uniform:10ms..50ms");
        }
        return new UniformDuration(span("the lower bound", body.substring(0, dots)),
                span("the upper bound", body.substring(dots + 2)));
    }

    private static EmpiricalDuration empirical(String body) {
        List<EmpiricalDuration.Percentile> points = new ArrayList<>();
        for (String part : body.split(",", -1)) {
            int eq = part.indexOf('=');
            if (!part.startsWith("p") || eq < 0) {
                throw new IllegalArgumentException("\"" + part + "\" is not a percentile; write for example p50=80ms");
            }
            String percent = part.substring(1, eq);
            points.add(new EmpiricalDuration.Percentile(number(part, percent).doubleValue(),
                    span(part.substring(0, eq), part.substring(eq + 1))));
        }
        return new EmpiricalDuration(points);
    }

    private static MixtureDuration mixture(String body) {
        List<MixtureDuration.Component> components = new ArrayList<>();
        for (String part : body.split("\\+", -1)) {
            int star = part.indexOf('*');
            if (star < 0) {
                throw new IllegalArgumentException("\"" + part + "\" has no weight; write for example 0.9*exp:100ms");
            }
            String weight = part.substring(0, star);
            String component = part.substring(star + 1);
            DurationDistribution distribution;
            try {
                distribution = parseCompact(component, false);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(component + ": " + e.getMessage(), e);
            }
            components.add(new MixtureDuration.Component(number("the weight of " + component, weight).doubleValue(),
                    distribution));
        }
        return new MixtureDuration(components);
    }

    private static ScaledDuration scaled(String body, boolean mixtureAllowed) {
        int star = body.indexOf('*');
        if (star < 0) {
            throw new IllegalArgumentException("write scale:<factor>*<spec>, for example scale:0.5*exp:100ms");
        }
        String base = body.substring(star + 1);
        DurationDistribution distribution;
        try {
            distribution = parseCompact(base, mixtureAllowed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(base + ": " + e.getMessage(), e);
        }
        return new ScaledDuration(number("the factor", body.substring(0, star)).doubleValue(), distribution);
    }

    /** Splits {@code key=value,key=value}; every key of {@code keys} must appear once, and no other key. */
    private static Map<String, String> parameters(String body, Set<String> keys) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : body.split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("\"" + part + "\" is not name=value (names: " + names(keys) + ")");
            }
            String key = part.substring(0, eq);
            if (!keys.contains(key)) {
                throw new IllegalArgumentException("unknown parameter \"" + key + "\" (names: " + names(keys) + ")");
            }
            if (values.put(key, part.substring(eq + 1)) != null) {
                throw new IllegalArgumentException(key + " is given twice");
            }
        }
        for (String key : sorted(keys)) {
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("missing " + key);
            }
        }
        return values;
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    private static String names(Set<String> keys) {
        return String.join(", ", sorted(keys));
    }

    private static long span(String what, String text) {
        try {
            return TimeSpans.parseUs(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
    }

    private static BigDecimal number(String what, String text) {
        if (!NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException(what + ": \"" + text + "\" is not a non-negative decimal number");
        }
        return new BigDecimal(text);
    }

    /** Checks that {@code p} is a probability, for {@link DurationDistribution#quantileUs(double)}. */
    static void checkProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile order " + p + " is not within [0, 1]");
        }
    }
}
