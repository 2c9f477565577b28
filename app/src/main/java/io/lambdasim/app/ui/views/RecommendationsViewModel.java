package io.lambdasim.app.ui.views;

import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.app.ui.run.TaskRunner;
import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.recommend.MemoryRecommendation;
import io.lambdasim.model.recommend.PcCandidate;
import io.lambdasim.model.recommend.RecommendOptions;
import io.lambdasim.model.recommend.Recommendation;
import io.lambdasim.model.recommend.Recommender;
import io.lambdasim.model.scenario.Scenario;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Recommendations view's state without nodes: which function, the last complete recommendation (kept, and
 * marked out of date, when the scenario changes), the computation's status and failure, and the edits that apply the
 * recommended memory size or provisioned concurrency to the scenario document (each one undoable step).
 */
public final class RecommendationsViewModel {

    private final ObservableValue<ScenarioDocument> document;
    private final TaskRunner tasks;
    private final int threads;
    private final ObservableList<String> functions = FXCollections.observableArrayList();
    private final StringProperty function = new SimpleStringProperty(this, "function", "");
    private final ReadOnlyObjectWrapper<Recommendation> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Press Compute to sweep memory sizes and search provisioned concurrency (seconds).");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper outOfDate = new ReadOnlyBooleanWrapper(this, "outOfDate");
    private final InvalidationListener edited = o -> documentChanged();
    private final BooleanBinding canApplyMemory;
    private final BooleanBinding canApplyProvisioned;
    private ScenarioDocument watched;
    private ScenarioDocument computedDocument;
    private int computedRevision;
    private Scenario computedScenario;
    private TaskRunner.Handle handle;
    private int generation;

    public RecommendationsViewModel(ObservableValue<ScenarioDocument> document, TaskRunner tasks, int threads) {
        this.document = Objects.requireNonNull(document, "document");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread, was " + threads);
        }
        this.threads = threads;
        canApplyMemory = Bindings.createBooleanBinding(() -> result.get() != null && !outOfDate.get()
                && !running.get() && result.get().memory().recommendedMemoryMb()
                != result.get().memory().currentMemoryMb(), result, outOfDate, running);
        canApplyProvisioned = Bindings.createBooleanBinding(() -> result.get() != null && !outOfDate.get()
                && !running.get() && result.get().pc().flatMap(p -> p.recommended()).isPresent(), result, outOfDate,
                running);
        document.addListener((o, was, now) -> watch(now));
        watch(document.getValue());
    }

    /** The scenario's function names, in its order. */
    public ObservableList<String> functions() {
        return functions;
    }

    /** The function to analyse (a name of {@link #functions()}). */
    public StringProperty functionProperty() {
        return function;
    }

    /** The last complete recommendation; null before the first. */
    public ReadOnlyObjectProperty<Recommendation> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Recommendation result() {
        return result.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last computation's or edit's failure, empty if none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the scenario changed since the recommendation shown was computed. */
    public ReadOnlyBooleanProperty outOfDateProperty() {
        return outOfDate.getReadOnlyProperty();
    }

    /** Whether "Apply" can write the recommended memory: up to date and different from the configured size. */
    public BooleanBinding canApplyMemoryProperty() {
        return canApplyMemory;
    }

    /** Whether "Apply" can write the recommended provisioned concurrency. */
    public BooleanBinding canApplyProvisionedProperty() {
        return canApplyProvisioned;
    }

    /** Starts the recommendation of the selected function; one in progress is cancelled first. */
    public void compute() {
        ScenarioDocument doc = document.getValue();
        Scenario scenario = doc.scenario();
        int revision = doc.revisionProperty().get();
        RecommendOptions options = RecommendOptions.DEFAULT;
        if (function.get() != null && !function.get().isEmpty()) {
            options = options.withFunction(function.get());
        }
        RecommendOptions chosen = options;
        if (handle != null) {
            handle.cancel();
        }
        int mine = ++generation;
        running.set(true);
        error.set("");
        status.set("Simulating memory sizes and provisioned-concurrency levels…");
        handle = tasks.run(p -> Recommender.recommend(scenario, chosen, threads), fraction -> { }, r -> {
            if (mine == generation) {
                computedDocument = doc;
                computedRevision = revision;
                computedScenario = scenario;
                result.set(r);
                finish("Recommendations for " + r.function() + " (" + r.memory().curve().size()
                        + " memory sizes" + r.pc().map(p -> ", " + p.tried().size() + " provisioned-concurrency "
                        + "candidates").orElse("") + ")");
                documentChanged();
            }
        }, t -> {
            if (mine == generation) {
                String message = t.getMessage() == null ? t.toString() : t.getMessage();
                error.set(message);
                finish("Recommendation failed: " + message
                        + (result.get() == null ? "" : " (showing the previous result)"));
            }
        }, () -> {
            if (mine == generation) {
                finish(result.get() == null ? "Cancelled" : "Cancelled: showing the previous result");
            }
        });
    }

    /** Cancels the computation in progress; the previous result stays. */
    public void cancel() {
        if (handle != null && running.get()) {
            handle.cancel();
        }
    }

    /**
     * Writes the recommended memory size into the scenario (durations scaled as the model says, one undoable
     * edit).
     *
     * @return why it was not applied, or empty if it was
     */
    public Optional<String> applyMemory() {
        if (!canApplyMemory.get()) {
            return refuse("There is no up-to-date memory recommendation to apply: compute it first.");
        }
        MemoryRecommendation m = result.get().memory();
        FunctionSpec f = function(computedScenario, result.get().function());
        return edit(String.format("Apply recommended memory %,d MB to %s", m.recommendedMemoryMb(), f.name()),
                tree -> RecommendationEdits.applyMemory(tree, f, m.settings(), m.recommendedMemoryMb()));
    }

    /**
     * Writes the recommended provisioned concurrency (level or schedule) into the scenario, one undoable edit.
     *
     * @return why it was not applied, or empty if it was
     */
    public Optional<String> applyProvisioned() {
        if (!canApplyProvisioned.get()) {
            return refuse("There is no up-to-date provisioned-concurrency recommendation to apply: compute it first.");
        }
        PcCandidate c = result.get().pc().orElseThrow().recommended().orElseThrow();
        String name = result.get().function();
        return edit("Apply provisioned concurrency " + RecommendationFormat.plan(c.plan()) + " to " + name,
                tree -> RecommendationEdits.applyProvisioned(tree, name, c.plan()));
    }

    private Optional<String> edit(String name, java.util.function.Consumer<com.fasterxml.jackson.databind.node
            .ObjectNode> change) {
        Optional<String> refused;
        try {
            refused = document.getValue().edit(name, change);
        } catch (IllegalArgumentException e) {
            refused = Optional.of(e.getMessage());
        }
        refused.ifPresentOrElse(error::set, () -> {
            error.set("");
            status.set(name + ": done (Edit > Undo takes it back); compute again to see the new figures.");
        });
        return refused;
    }

    private Optional<String> refuse(String message) {
        error.set(message);
        return Optional.of(message);
    }

    private static FunctionSpec function(Scenario s, String name) {
        return s.spec().functions().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private void finish(String text) {
        running.set(false);
        status.set(text);
        handle = null;
    }

    private void watch(ScenarioDocument d) {
        if (watched != null) {
            watched.revisionProperty().removeListener(edited);
        }
        watched = d;
        if (d != null) {
            d.revisionProperty().addListener(edited);
        }
        documentChanged();
    }

    private void documentChanged() {
        ScenarioDocument d = document.getValue();
        List<String> names = d.scenario().spec().functions().stream().map(FunctionSpec::name).toList();
        if (!functions.equals(names)) {
            functions.setAll(names);
        }
        if (!names.contains(function.get())) {
            function.set(names.isEmpty() ? "" : names.get(0));
        }
        outOfDate.set(result.get() != null
                && (d != computedDocument || d.revisionProperty().get() != computedRevision));
    }
}
