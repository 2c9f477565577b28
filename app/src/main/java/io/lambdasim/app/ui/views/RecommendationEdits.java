package io.lambdasim.app.ui.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.recommend.DurationModel;
import io.lambdasim.model.scenario.ProvisionedPlan;
import io.lambdasim.model.scenario.RecommendSettings;
import io.lambdasim.model.scenario.ScenarioWriter;
import io.lambdasim.workload.distribution.ScaledDuration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What "Apply to scenario" writes into the scenario's JSON tree (docs/scenario-format.md), for the function a
 * recommendation concerns.
 *
 * <p>A memory size is applied the way the recommendation modelled it (docs/recommendations.md): the configured
 * durations are what the function takes at its configured memory, so moving it to another size also scales its
 * duration distribution by the model's factor ({@code scale:F*...}, the same draws stretched), and the
 * {@code recommend.cpu_share} is restated for the new size (the CPU part of a duration is a different share of the
 * scaled duration), so that the file stays the same model: a later recommendation finds the same curve.
 */
public final class RecommendationEdits {

    private RecommendationEdits() {
    }

    /**
     * Moves {@code function} (as configured: its memory and duration distribution) to {@code memoryMb}.
     *
     * @param tree     the scenario's JSON tree, changed in place
     * @param function the function as the scenario reads it now
     * @param settings the CPU share and handler threads the recommendation used
     * @param memoryMb the recommended size
     * @throws IllegalArgumentException if the tree has no such function
     */
    public static void applyMemory(ObjectNode tree, FunctionSpec function, RecommendSettings settings, int memoryMb) {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(settings, "settings");
        ObjectNode f = functionNode(tree, function.name());
        DurationModel model = new DurationModel(settings, function.memoryMb());
        // To nine significant digits, for a tidy file: 0.2 × 2 + 0.8 is 1.2, not 1.2000000000000002; a draw
        // changes by less than a microsecond in a thousand seconds.
        double factor = new BigDecimal(model.factor(memoryMb)).round(new java.math.MathContext(9)).doubleValue();
        f.put("memory_mb", memoryMb);
        if (factor != 1.0) {
            f.put("duration", ScaledDuration.of(function.duration(), factor).spec());
        }
        double share = cpuShareAt(settings, function.memoryMb(), memoryMb);
        if (share != settings.cpuShare()) {
            JsonNode r = tree.get("recommend");
            ObjectNode recommend = r instanceof ObjectNode o ? o : tree.putObject("recommend");
            recommend.put("cpu_share", share);
        }
    }

    /**
     * The CPU share of a duration at {@code toMb}, when it is {@code settings.cpuShare()} at {@code fromMb}: the CPU
     * part scaled by s(from) / s(to), over the whole scaled duration; rounded half up to 6 decimals.
     */
    public static double cpuShareAt(RecommendSettings settings, int fromMb, int toMb) {
        double c = settings.cpuShare();
        if (c == 0 || c == 1 || fromMb == toMb) {
            return c;
        }
        int t = settings.handlerThreads();
        double cpu = c * DurationModel.vcpus(fromMb, t) / DurationModel.vcpus(toMb, t);
        double share = cpu / (cpu + 1 - c);
        return BigDecimal.valueOf(share).setScale(6, RoundingMode.HALF_UP).doubleValue();
    }

    /** Writes {@code plan} as {@code function}'s provisioned concurrency (a constant 0 removes it). */
    public static void applyProvisioned(ObjectNode tree, String function, ProvisionedPlan plan) {
        Objects.requireNonNull(plan, "plan");
        ScenarioWriter.plan(functionNode(tree, function), plan);
    }

    private static ObjectNode functionNode(ObjectNode tree, String name) {
        JsonNode fs = tree.get("functions");
        if (fs != null && fs.isArray()) {
            for (JsonNode f : fs) {
                if (f instanceof ObjectNode o && name.equals(o.path("name").asText())) {
                    return o;
                }
            }
        }
        throw new IllegalArgumentException("the scenario has no function \"" + name + "\" any more");
    }
}
