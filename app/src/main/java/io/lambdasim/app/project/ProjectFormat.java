package io.lambdasim.app.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.model.scenario.JsonLines;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioException;
import io.lambdasim.model.scenario.ScenarioReader;
import io.lambdasim.model.scenario.ScenarioWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project file format {@code lambdasim-project/1} ({@code docs/project-format.md}): a JSON object with the
 * {@code format}, the {@code scenario} (exactly a scenario file's object, read by {@link ScenarioReader}), the window's
 * {@code settings} and the {@code last_results}. Reading checks everything and reports problems as
 * {@link ProjectException}s naming the file, the line and the JSON path.
 */
public final class ProjectFormat {

    /** The format identifier every project file starts with. */
    public static final String FORMAT = "lambdasim-project/1";
    /** The version of {@link #FORMAT}. */
    public static final int VERSION = 1;
    /** The extension of project files. */
    public static final String EXTENSION = ".lsim";

    private static final Pattern PROJECT_FORMAT = Pattern.compile("lambdasim-project/(\\d{1,9})");
    private static final Set<String> TOP = Set.of("format", "scenario", "settings", "last_results");
    private static final Set<String> SETTINGS = Set.of("selected_design", "view", "paper_size");
    private static final Set<String> RESULTS = Set.of("lambdasim_version", "seed", "replications", "designs");
    private static final Set<String> DESIGN = Set.of("name", "type", "monthly_cost_usd", "p99_latency_ms",
            "cold_start_share");
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ProjectFormat() {
    }

    /** The project as the text of a project file, ending with a new line. */
    public static String toJson(Project p) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.set("scenario", ScenarioWriter.bundled().tree(p.scenario()));
        ObjectNode s = root.putObject("settings");
        p.settings().selectedDesign().ifPresent(d -> s.put("selected_design", d));
        s.put("view", p.settings().view().id());
        s.put("paper_size", p.settings().paperSize().id());
        p.lastResults().ifPresent(r -> {
            ObjectNode n = root.putObject("last_results");
            n.put("lambdasim_version", r.lambdasimVersion());
            n.put("seed", r.seed());
            n.put("replications", r.replications());
            ArrayNode designs = n.putArray("designs");
            for (DesignSummary d : r.designs()) {
                ObjectNode o = designs.addObject();
                o.put("name", d.name());
                o.put("type", d.type());
                o.put("monthly_cost_usd", d.monthlyCostUsd());
                o.put("p99_latency_ms", d.p99LatencyMs());
                if (d.coldStartShare().isPresent()) {
                    o.put("cold_start_share", d.coldStartShare().getAsDouble());
                }
            }
        });
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a project from the text of a project file named {@code source} (relative trace paths in the scenario are
     * resolved against {@code source}'s directory).
     *
     * @throws ProjectException for malformed JSON, another or a newer format, and any wrong or unknown field
     */
    public static Project read(String source, String text) {
        Reader r = new Reader(source, text);
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            String reason = e.getOriginalMessage().replaceAll("\\s+", " ").replaceAll("\\[Source: [^;\\]]*; ", "[")
                    .strip();
            throw new ProjectException(source, line, "", "malformed JSON: " + reason, e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ProjectException(source, 0, "", "empty file: a project is a JSON object {...}");
        }
        if (!root.isObject()) {
            throw r.error("", "", "expected a project, a JSON object {...}");
        }
        format(r, root);
        r.allowOnly(root, "", "", TOP);
        if (!root.hasNonNull("scenario")) {
            throw r.error("", "", "required field \"scenario\" missing");
        }
        Scenario scenario;
        try {
            scenario = ScenarioReader.bundled().parseEmbedded(source, text, "scenario");
        } catch (ScenarioException e) {
            throw new ProjectException(e.file(), e.line(), e.path(), e.reason(), e);
        }
        ProjectSettings settings = root.hasNonNull("settings") ? settings(r, root.get("settings"))
                : ProjectSettings.DEFAULT;
        Optional<ResultsSummary> results = root.hasNonNull("last_results")
                ? Optional.of(results(r, root.get("last_results"))) : Optional.empty();
        return new Project(scenario, settings, results);
    }

    private static void format(Reader r, JsonNode root) {
        JsonNode f = root.get("format");
        if (f == null || f.isNull()) {
            throw r.error("/format", "format", "required field missing (a project file starts with \"format\": \""
                    + FORMAT + "\")");
        }
        String text = f.isTextual() ? f.asText() : f.toString();
        if (FORMAT.equals(text)) {
            return;
        }
        Matcher m = PROJECT_FORMAT.matcher(text);
        if (m.matches() && Integer.parseInt(m.group(1)) > VERSION) {
            throw r.error("/format", "format", "this project was saved by a newer LambdaSim in format " + text
                    + "; this version reads " + FORMAT + " only: open it with a newer LambdaSim (the file is left "
                    + "as it is)");
        }
        if (text.equals(Scenario.FORMAT)) {
            throw r.error("/format", "format", "this is a scenario file (" + text + "), not a project: open it as a "
                    + "scenario, or save it as a project first");
        }
        throw r.error("/format", "format", "\"" + text + "\" is not a LambdaSim project format (expected " + FORMAT
                + ")");
    }

    private static ProjectSettings settings(Reader r, JsonNode n) {
        r.object(n, "/settings", "settings");
        r.allowOnly(n, "/settings", "settings", SETTINGS);
        Optional<String> design = n.hasNonNull("selected_design")
                ? Optional.of(r.text(n, "/settings", "settings", "selected_design")) : Optional.empty();
        if (design.isPresent() && design.get().isBlank()) {
            throw r.error("/settings/selected_design", "settings.selected_design", "must not be blank");
        }
        ProjectSettings.View view = ProjectSettings.DEFAULT.view();
        if (n.hasNonNull("view")) {
            String v = r.text(n, "/settings", "settings", "view");
            view = java.util.Arrays.stream(ProjectSettings.View.values()).filter(x -> x.id().equals(v)).findFirst()
                    .orElseThrow(() -> r.error("/settings/view", "settings.view", "\"" + v + "\" is not a view ("
                            + ProjectSettings.View.ids() + ")"));
        }
        ProjectSettings.PaperSize paper = ProjectSettings.DEFAULT.paperSize();
        if (n.hasNonNull("paper_size")) {
            String v = r.text(n, "/settings", "settings", "paper_size");
            paper = java.util.Arrays.stream(ProjectSettings.PaperSize.values()).filter(x -> x.id().equals(v))
                    .findFirst().orElseThrow(() -> r.error("/settings/paper_size", "settings.paper_size", "\"" + v
                            + "\" is not a paper size (" + ProjectSettings.PaperSize.ids() + ")"));
        }
        return new ProjectSettings(design, view, paper);
    }

    private static ResultsSummary results(Reader r, JsonNode n) {
        String p = "/last_results";
        String d = "last_results";
        r.object(n, p, d);
        r.allowOnly(n, p, d, RESULTS);
        String version = r.text(n, p, d, "lambdasim_version");
        long seed = r.whole(n, p, d, "seed", Long.MIN_VALUE, Long.MAX_VALUE);
        int replications = (int) r.whole(n, p, d, "replications", 1, Scenario.MAX_REPLICATIONS);
        JsonNode designs = r.required(n, p, d, "designs");
        if (!designs.isArray()) {
            throw r.error(p + "/designs", d + ".designs", "expected an array [...]");
        }
        List<DesignSummary> list = new ArrayList<>();
        for (int i = 0; i < designs.size(); i++) {
            list.add(design(r, designs.get(i), p + "/designs/" + i, d + ".designs[" + i + "]"));
        }
        return new ResultsSummary(version, seed, replications, list);
    }

    private static DesignSummary design(Reader r, JsonNode n, String p, String d) {
        r.object(n, p, d);
        r.allowOnly(n, p, d, DESIGN);
        String name = r.text(n, p, d, "name");
        String type = r.text(n, p, d, "type");
        if (!Set.of("lambda", "ec2", "fargate").contains(type)) {
            throw r.error(p + "/type", d + ".type", "\"" + type + "\" is not one of lambda, ec2, fargate");
        }
        BigDecimal cost = r.number(n, p, d, "monthly_cost_usd");
        if (cost.signum() < 0 || cost.stripTrailingZeros().scale() > 2) {
            throw r.error(p + "/monthly_cost_usd", d + ".monthly_cost_usd", cost.toPlainString()
                    + " is not an amount in dollars and whole cents >= 0");
        }
        BigDecimal p99 = r.number(n, p, d, "p99_latency_ms");
        if (p99.signum() < 0) {
            throw r.error(p + "/p99_latency_ms", d + ".p99_latency_ms", p99.toPlainString() + " is negative");
        }
        OptionalDouble cold = OptionalDouble.empty();
        if (n.hasNonNull("cold_start_share")) {
            BigDecimal c = r.number(n, p, d, "cold_start_share");
            if (c.signum() < 0 || c.compareTo(BigDecimal.ONE) > 0) {
                throw r.error(p + "/cold_start_share", d + ".cold_start_share", c.toPlainString()
                        + " is outside 0 to 1");
            }
            cold = OptionalDouble.of(c.doubleValue());
        }
        return new DesignSummary(name, type, cost, p99.doubleValue(), cold);
    }

    /** Typed access to the fields of the project file with errors at the value's line. */
    private record Reader(String source, String text) {

        ProjectException error(String pointer, String display, String reason) {
            return new ProjectException(source, lineOf(pointer), display, reason);
        }

        void object(JsonNode n, String pointer, String display) {
            if (!n.isObject()) {
                throw error(pointer, display, "expected an object {...}");
            }
        }

        void allowOnly(JsonNode n, String pointer, String display, Set<String> allowed) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!allowed.contains(name)) {
                    throw error(pointer + "/" + name, join(display, name), "unknown field (expected one of "
                            + String.join(", ", allowed.stream().sorted().toList()) + ")");
                }
            }
        }

        JsonNode required(JsonNode n, String pointer, String display, String name) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                throw error(pointer, join(display, name), "required field missing");
            }
            return v;
        }

        String text(JsonNode n, String pointer, String display, String name) {
            JsonNode v = required(n, pointer, display, name);
            if (!v.isTextual()) {
                throw error(pointer + "/" + name, join(display, name), "expected a string, found " + v);
            }
            return v.asText();
        }

        BigDecimal number(JsonNode n, String pointer, String display, String name) {
            JsonNode v = required(n, pointer, display, name);
            if (!v.isNumber()) {
                throw error(pointer + "/" + name, join(display, name), "expected a number, found " + v);
            }
            return v.decimalValue();
        }

        long whole(JsonNode n, String pointer, String display, String name, long min, long max) {
            JsonNode v = required(n, pointer, display, name);
            if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
                throw error(pointer + "/" + name, join(display, name), "expected a whole number from " + min
                        + " to " + max + ", found " + v);
            }
            return v.asLong();
        }

        private static String join(String display, String name) {
            return display.isEmpty() ? name : display + "." + name;
        }

        /** The 1-based line of the value at {@code pointer}, or of its closest enclosing value; 0 if unknown. */
        int lineOf(String pointer) {
            return JsonLines.lineOf(text, pointer);
        }
    }
}
