package io.lambdasim.app.ui.views;

import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.app.ui.run.TaskRunner;
import io.lambdasim.model.breakeven.DesignCurve;
import io.lambdasim.model.breakeven.ScenarioBreakEven;
import io.lambdasim.model.breakeven.ScenarioBreakEvenResult;
import io.lambdasim.model.breakeven.SweepOptions;
import io.lambdasim.model.compare.DesignComparison;
import io.lambdasim.model.scenario.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Break-even view's state without nodes: the sweep settings, the last complete break-even of the scenario (kept,
 * and marked out of date, when the scenario changes, until a new one is computed), the computation's progress,
 * status and failure, and the traffic cursor with each design's cost there (read off the curves, no simulation).
 */
public final class BreakEvenViewModel {

    private final ObservableValue<ScenarioDocument> document;
    private final TaskRunner tasks;
    private final int threads;
    private final StringProperty fromFactor = new SimpleStringProperty(this, "fromFactor",
            plain(SweepOptions.DEFAULT.fromFactor()));
    private final StringProperty toFactor = new SimpleStringProperty(this, "toFactor",
            plain(SweepOptions.DEFAULT.toFactor()));
    private final IntegerProperty points = new SimpleIntegerProperty(this, "points", SweepOptions.DEFAULT.points());
    private final ReadOnlyObjectWrapper<ScenarioBreakEvenResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Press Compute to sweep the traffic (this simulates every design at each volume: seconds to minutes).");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper outOfDate = new ReadOnlyBooleanWrapper(this, "outOfDate");
    private final DoubleProperty cursorPosition = new SimpleDoubleProperty(this, "cursorPosition");
    private final ReadOnlyLongWrapper cursorVolume = new ReadOnlyLongWrapper(this, "cursorVolume");
    private final ObservableList<BreakEvenCursor.Row> cursorRows = FXCollections.observableArrayList();
    private final InvalidationListener edited = o -> updateOutOfDate();
    private ScenarioDocument watched;
    private ScenarioDocument computedDocument;
    private int computedRevision;
    private TaskRunner.Handle handle;
    private int generation;

    public BreakEvenViewModel(ObservableValue<ScenarioDocument> document, TaskRunner tasks, int threads) {
        this.document = Objects.requireNonNull(document, "document");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread, was " + threads);
        }
        this.threads = threads;
        document.addListener((o, was, now) -> watch(now));
        watch(document.getValue());
        cursorPosition.addListener((o, was, now) -> moveCursor());
    }

    /** The smallest traffic factor, as typed (1 is the scenario's own traffic). */
    public StringProperty fromFactorProperty() {
        return fromFactor;
    }

    /** The largest traffic factor, as typed. */
    public StringProperty toFactorProperty() {
        return toFactor;
    }

    /** How many log-spaced factors (2 to 101; factor 1 is always added). */
    public IntegerProperty pointsProperty() {
        return points;
    }

    /** The last complete break-even; null before the first. */
    public ReadOnlyObjectProperty<ScenarioBreakEvenResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ScenarioBreakEvenResult result() {
        return result.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1 while computing. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last computation's failure (or the settings' mistake), empty if none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the scenario changed since the result shown was computed. */
    public ReadOnlyBooleanProperty outOfDateProperty() {
        return outOfDate.getReadOnlyProperty();
    }

    /** The slider: 0 is the sweep's smallest volume, 1 its largest, log-spaced between. */
    public DoubleProperty cursorPositionProperty() {
        return cursorPosition;
    }

    /** The volume under the cursor, requests a month (0 without a result). */
    public ReadOnlyLongProperty cursorVolumeProperty() {
        return cursorVolume.getReadOnlyProperty();
    }

    /** Every design's cost at the cursor, in the scenario's order. */
    public ObservableList<BreakEvenCursor.Row> cursorRows() {
        return cursorRows;
    }

    /** Starts the break-even of the scenario as it stands; one in progress is cancelled first. */
    public void compute() {
        SweepOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            status.set("Cannot compute: " + e.getMessage());
            return;
        }
        ScenarioDocument doc = document.getValue();
        Scenario scenario = doc.scenario();
        int revision = doc.revisionProperty().get();
        if (handle != null) {
            handle.cancel();
        }
        int mine = ++generation;
        running.set(true);
        progress.set(0);
        error.set("");
        status.set("Simulating every design at each volume…");
        ScenarioBreakEven engine = new ScenarioBreakEven(DesignComparison.bundledPrices(scenario));
        handle = tasks.run(p -> engine.analyse(scenario, options, threads, p::update), fraction -> {
            if (mine == generation) {
                progress.set(fraction);
                status.set(String.format(Locale.ROOT, "Simulating every design at each volume… %.0f %%",
                        fraction * 100));
            }
        }, r -> {
            if (mine == generation) {
                computedDocument = doc;
                computedRevision = revision;
                result.set(r);
                finish(String.format(Locale.ROOT, "%d simulations; %d crossing%s", r.simulations(),
                        r.crossings().size(), r.crossings().size() == 1 ? "" : "s"));
                updateOutOfDate();
                resetCursor();
            }
        }, t -> {
            if (mine == generation) {
                String message = t.getMessage() == null ? t.toString() : t.getMessage();
                error.set(message);
                finish("Break-even failed: " + message
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

    /** The sweep the settings describe. */
    SweepOptions options() {
        double from = factor("from", fromFactor.get());
        double to = factor("to", toFactor.get());
        SweepOptions d = SweepOptions.DEFAULT;
        return new SweepOptions(from, to, points.get(), d.refine(), d.relativeTolerance());
    }

    /** Puts the cursor on the scenario's own traffic. */
    public void resetCursor() {
        ScenarioBreakEvenResult r = result.get();
        if (r == null) {
            return;
        }
        long[] range = range(r);
        double p = BreakEvenCursor.positionOf(r.currentRequestsPerMonth(), range[0], range[1]);
        if (cursorPosition.get() == p) {
            moveCursor();
        } else {
            cursorPosition.set(p);
        }
    }

    private void moveCursor() {
        ScenarioBreakEvenResult r = result.get();
        if (r == null) {
            cursorVolume.set(0);
            cursorRows.clear();
            return;
        }
        long[] range = range(r);
        if (range[1] <= range[0]) {
            cursorVolume.set(range[0]);
            cursorRows.setAll(BreakEvenCursor.costsAt(r.curves(), range[0]));
            return;
        }
        long v = BreakEvenCursor.volumeAt(cursorPosition.get(), range[0], range[1]);
        cursorVolume.set(v);
        cursorRows.setAll(BreakEvenCursor.costsAt(r.curves(), v));
    }

    /** The sampled range of the curves: {smallest, largest} volume. */
    static long[] range(ScenarioBreakEvenResult r) {
        List<DesignCurve.Point> ps = r.curves().get(0).points();
        return new long[] {ps.get(0).requestsPerMonth(), ps.get(ps.size() - 1).requestsPerMonth()};
    }

    private void finish(String text) {
        running.set(false);
        progress.set(0);
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
        updateOutOfDate();
    }

    private void updateOutOfDate() {
        ScenarioDocument d = document.getValue();
        outOfDate.set(result.get() != null
                && (d != computedDocument || d.revisionProperty().get() != computedRevision));
    }

    private static double factor(String name, String text) {
        try {
            return Double.parseDouble(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("traffic factor '" + name + "': \"" + text + "\" is not a number");
        }
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
