package io.lambdasim.app.ui.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The scenario being edited, as its JSON document (docs/scenario-format.md): editors change the JSON tree, every
 * change is checked by the scenario reader before it is accepted (so the scenario is always valid, and a refused edit
 * gets the reader's message naming the field), and every accepted change can be undone and redone.
 *
 * <p>A view model: JavaFX properties, no nodes; used on the JavaFX thread (or one test thread).
 */
public final class ScenarioDocument {

    /** How many edits can be undone. */
    public static final int MAX_UNDO = 200;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ScenarioReader reader;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "");
    private String source;
    private String json;
    private String savedJson;

    /** A text and what it did, for the undo stack. */
    private record Edit(String name, String json) {
    }

    private ScenarioDocument(ScenarioReader reader, String source, String json, Scenario parsed) {
        this.reader = reader;
        this.source = source;
        this.json = json;
        this.savedJson = json;
        scenario.set(parsed);
    }

    /**
     * A document of {@code text}, named {@code source} in messages (a file's path resolves relative trace files).
     *
     * @throws IllegalArgumentException if the text is not a valid scenario (a {@code ScenarioException} naming the
     *                                  field)
     */
    public static ScenarioDocument open(ScenarioReader reader, String source, String text) {
        Objects.requireNonNull(reader, "reader");
        Scenario parsed = reader.parse(source, text);
        return new ScenarioDocument(reader, source, normalised(text), parsed);
    }

    /** The scenario as it stands: always valid. */
    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario scenario() {
        return scenario.get();
    }

    /** Incremented by every accepted edit, undo and redo. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Whether the document differs from what was last saved (or opened). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What Undo would undo ("Change memory"), empty if nothing. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    /** The name errors give the document (its file, or a description). */
    public String source() {
        return source;
    }

    /** The JSON text, indented. */
    public String json() {
        return json;
    }

    /** A copy of the JSON tree to read from; change it through {@link #edit}. */
    public ObjectNode tree() {
        return (ObjectNode) parseTree(json);
    }

    /**
     * Applies {@code change} to a copy of the tree and accepts it if the result is a valid scenario.
     *
     * @param name   what the edit does, shown as "Undo name"
     * @param change changes the tree in place
     * @return the reader's message ("designs[1].memory_mb: 20000 is outside 128 to 10,240 MB") if the edit was
     *         refused (the document is unchanged), or empty if it was accepted
     */
    public Optional<String> edit(String name, Consumer<ObjectNode> change) {
        Objects.requireNonNull(name, "name");
        ObjectNode copy = tree();
        change.accept(copy);
        return replace(name, write(copy));
    }

    /** Replaces the whole text (an import, a paste) as one edit; the reader's message if refused. */
    public Optional<String> replace(String name, String text) {
        String next = normalised(text);
        if (next.equals(json)) {
            return Optional.empty();
        }
        Scenario parsed;
        try {
            parsed = reader.parse(source, next);
        } catch (IllegalArgumentException e) {   // a ScenarioException names the field
            return Optional.of(e.getMessage());
        }
        undo.push(new Edit(name, json));
        while (undo.size() > MAX_UNDO) {
            undo.removeLast();
        }
        redo.clear();
        apply(next, parsed);
        return Optional.empty();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Edit e = undo.pop();
        redo.push(new Edit(e.name(), json));
        apply(e.json(), reader.parse(source, e.json()));
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Edit e = redo.pop();
        undo.push(new Edit(e.name(), json));
        apply(e.json(), reader.parse(source, e.json()));
    }

    /** Records that the current text was saved as {@code newSource} (a file path; relative traces resolve there). */
    public void markSaved(String newSource) {
        this.source = Objects.requireNonNull(newSource, "newSource");
        this.savedJson = json;
        update();
    }

    private void apply(String text, Scenario parsed) {
        json = text;
        scenario.set(parsed);
        revision.set(revision.get() + 1);
        update();
    }

    private void update() {
        dirty.set(!json.equals(savedJson));
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoName.set(undo.isEmpty() ? "" : undo.peek().name());
        redoName.set(redo.isEmpty() ? "" : redo.peek().name());
    }

    private static String normalised(String text) {
        return write(parseTree(text));
    }

    private static JsonNode parseTree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
