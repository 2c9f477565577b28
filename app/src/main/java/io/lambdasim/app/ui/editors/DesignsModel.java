package io.lambdasim.app.ui.editors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.app.ui.document.ScenarioDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The designs of a scenario as a list to add to, duplicate, rename and delete from: each change is one edit of the
 * scenario document's {@code designs} array (checked by the scenario reader, undoable).
 */
public final class DesignsModel {

    private final ScenarioDocument document;

    public DesignsModel(ScenarioDocument document) {
        this.document = Objects.requireNonNull(document, "document");
    }

    /** The designs' names, in order. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (JsonNode d : document.tree().path("designs")) {
            out.add(d.path("name").asText());
        }
        return out;
    }

    /** The design's type ({@code lambda}, {@code ec2}, {@code fargate}), or empty. */
    public String type(int index) {
        return document.tree().path("designs").path(index).path("type").asText("");
    }

    /**
     * Adds a design of {@code type} for the scenario's first function with sensible starting values (a Lambda design
     * as the function is configured; a fleet of m7g.large or of 1-vCPU Fargate tasks, each request keeping a quarter of
     * a vCPU busy, two to ten units); its name, or the refusal.
     */
    public Result add(String type) {
        String function = document.scenario().spec().functions().get(0).name();
        String name = unique(type + "-" + (names().size() + 1));
        Optional<String> refused = document.edit("Add " + type + " design", t -> {
            ObjectNode d = designs(t).addObject();
            d.put("name", name);
            d.put("type", type);
            d.put("function", function);
            if (!type.equals("lambda")) {
                if (type.equals("ec2")) {
                    d.put("instance_type", "m7g.large");
                } else {
                    d.put("vcpu", 1);
                    d.put("memory_gb", 2);
                }
                ObjectNode c = d.putObject("capacity");
                c.put("cpu_per_request", 0.25);
                c.put("target_cpu", 0.6);
                ObjectNode s = d.putObject("scaling");
                s.put("min", 2);
                s.put("max", 10);
            }
        });
        return new Result(refused.isEmpty() ? name : "", refused);
    }

    /** Adds a copy of design {@code index} named "NAME copy"; its name, or the refusal. */
    public Result duplicate(int index) {
        String name = unique(names().get(index) + " copy");
        Optional<String> refused = document.edit("Duplicate design", t -> {
            ObjectNode copy = ((ObjectNode) designs(t).get(index)).deepCopy();
            copy.put("name", name);
            designs(t).insert(index + 1, copy);
        });
        return new Result(refused.isEmpty() ? name : "", refused);
    }

    /** Renames design {@code index}; the refusal (blank, taken), or empty. */
    public Optional<String> rename(int index, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return Optional.of("a design needs a name");
        }
        if (names().contains(n) && !names().get(index).equals(n)) {
            return Optional.of("another design is already named '" + n + "'");
        }
        return document.edit("Rename design", t -> ((ObjectNode) designs(t).get(index)).put("name", n));
    }

    /** Deletes design {@code index}. */
    public Optional<String> delete(int index) {
        return document.edit("Delete design " + names().get(index), t -> designs(t).remove(index));
    }

    /** A name or the refusal. */
    public record Result(String name, Optional<String> refused) {
    }

    private String unique(String base) {
        List<String> taken = names();
        String n = base;
        for (int i = 2; taken.contains(n); i++) {
            n = base + " " + i;
        }
        return n;
    }

    private static ArrayNode designs(ObjectNode tree) {
        JsonNode d = tree.path("designs");
        return d.isArray() ? (ArrayNode) d : tree.putArray("designs");
    }
}
