package io.lambdasim.app.ui.views;

import io.lambdasim.app.ui.run.RunResults;
import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.model.capacity.ProvisionedSchedule;
import io.lambdasim.model.capacity.RunResult;
import io.lambdasim.model.capacity.TimeSeries;
import io.lambdasim.model.compare.DesignComparison;
import io.lambdasim.model.compare.DesignResult;
import io.lambdasim.model.ec2.FleetResult;
import io.lambdasim.model.ec2.FleetTimeSeries;
import io.lambdasim.model.scenario.Design;
import io.lambdasim.model.scenario.Scenario;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The logic of the Capacity view: for the selected design, its first replication over time in panels that share the
 * time axis (hours from the scenario's start; per-bin figures at the middle of their bin). A Lambda design: its
 * concurrency (the most and the mean per bin) against the account limit, its reserved concurrency and its provisioned
 * level; its environments, busy and idle; cold starts and throttles per bin. A fleet: units in service and booting
 * (or draining); busy slots and the queue; requests rejected and abandoned per bin.
 */
public final class CapacityViewModel {

    /** How a panel draws its data. */
    public enum Kind { LINES, STACKED_AREA }

    /**
     * One panel of the chart.
     *
     * @param axis   the label of its value axis
     * @param kind   how {@code data} is drawn
     * @param data   the series (a {@link DefaultTableXYDataset} when stacked)
     * @param limits levels that change over the run, drawn as steps (empty when none)
     * @param levels constant levels by label, drawn as lines across the panel when they are within its scale (they
     *               do not stretch it: an account limit of 1,000 would flatten a concurrency of 5)
     */
    public record Panel(String axis, Kind kind, XYDataset data, XYSeriesCollection limits,
                        Map<String, Double> levels) {
        public Panel {
            Objects.requireNonNull(axis, "axis");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(limits, "limits");
            levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        }

        Panel(String axis, Kind kind, XYDataset data) {
            this(axis, kind, data, new XYSeriesCollection(), Map.of());
        }
    }

    private static final double US_PER_HOUR = 3_600_000_000.0;

    private final ObservableList<String> designs = FXCollections.observableArrayList();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<List<Panel>> panels = new ReadOnlyObjectWrapper<>(this, "panels", List.of());
    private final ReadOnlyStringWrapper timeAxis = new ReadOnlyStringWrapper(this, "timeAxis", "Hours from start");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private RunResults results;

    public CapacityViewModel() {
        selected.addListener((o, was, now) -> showSelected());
    }

    /** Shows {@code r} (null: nothing); keeps the selected design if it is still there. */
    public void show(RunResults r) {
        results = r;
        String keep = selected.get();
        List<String> names = r == null ? List.of()
                : r.comparison().designs().stream().map(DesignResult::name).toList();
        designs.setAll(names);
        if (r != null) {
            Scenario s = r.scenario();
            timeAxis.set("Hours from start (" + DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ROOT)
                    .format(s.start().atZone(s.timeZone())) + " " + s.timeZone().getId() + ")");
        }
        if (keep != null && names.contains(keep)) {
            showSelected();
        } else {
            selected.set(names.isEmpty() ? null : names.get(0));
            if (names.isEmpty()) {
                showSelected();
            }
        }
    }

    private void showSelected() {
        Optional<DesignComparison.Evaluation> e = results == null || selected.get() == null ? Optional.empty()
                : results.evaluation(selected.get());
        if (e.isEmpty()) {
            panels.set(List.of());
            note.set("");
            return;
        }
        if (e.get().lambdaRun().isPresent()) {
            note.set("First replication" + (results.scenario().replications() > 1 ? " of "
                    + results.scenario().replications() : "") + ", whole run (warm-up included). "
                    + levels(results.scenario(), selected.get()));
            panels.set(lambdaPanels(results.scenario(), selected.get(), e.get().lambdaRun().get()));
        } else {
            note.set("First replication" + (results.scenario().replications() > 1 ? " of "
                    + results.scenario().replications() : "") + ", whole run (warm-up included): units billed are "
                    + "in service or booting/draining.");
            panels.set(fleetPanels(e.get().fleetRun().orElseThrow()));
        }
    }

    /** The panels of a Lambda design {@code design} of {@code s} whose first run is {@code run}. */
    public static List<Panel> lambdaPanels(Scenario s, String design, RunResult run) {
        TimeSeries ts = run.timeSeries();
        long horizonUs = s.horizonUs();
        XYSeries max = new XYSeries("Concurrency (most in bin)", false, true);
        XYSeries mean = new XYSeries("Concurrency (mean)", false, true);
        DefaultTableXYDataset envs = new DefaultTableXYDataset();
        XYSeries busy = new XYSeries("Busy environments", false, false);
        XYSeries idle = new XYSeries("Idle environments", false, false);
        XYSeries cold = new XYSeries("Cold starts per bin", false, true);
        XYSeries throttles = new XYSeries("Throttles per bin", false, true);
        for (int i = 0; i < ts.bins(); i++) {
            double x = middle(i, ts.binUs(), horizonUs);
            max.add(x, ts.maxConcurrency()[i]);
            mean.add(x, ts.meanConcurrency()[i]);
            busy.add(x, ts.meanConcurrency()[i]);
            idle.add(x, Math.max(0, ts.meanEnvironments()[i] - ts.meanConcurrency()[i]));
            cold.add(x, ts.coldStarts()[i]);
            throttles.add(x, ts.throttles()[i]);
        }
        envs.addSeries(busy);
        envs.addSeries(idle);
        XYSeriesCollection limits = new XYSeriesCollection();
        Map<String, Double> levels = new LinkedHashMap<>();
        levels.put("Account limit", (double) s.spec().account().concurrencyLimit());
        function(s, design).ifPresent(f -> {
            if (f.hasReservedConcurrency()) {
                levels.put("Reserved concurrency", (double) f.reservedConcurrency());
            }
            if (!f.provisioned().isNone()) {
                limits.addSeries(steps("Provisioned concurrency", f.provisioned(), horizonUs));
            }
        });
        return List.of(
                new Panel("Concurrency", Kind.LINES, collection(max, mean), limits, levels),
                new Panel("Environments", Kind.STACKED_AREA, envs),
                new Panel("Per bin", Kind.LINES, collection(cold, throttles)));
    }

    /** The panels of a fleet whose first run is {@code run}. */
    public static List<Panel> fleetPanels(FleetResult run) {
        FleetTimeSeries ts = run.timeSeries();
        long horizonUs = run.usage().horizonUs();
        DefaultTableXYDataset units = new DefaultTableXYDataset();
        XYSeries serving = new XYSeries("Units in service", false, false);
        XYSeries booting = new XYSeries("Units booting or draining", false, false);
        XYSeries slots = new XYSeries("Busy slots (mean)", false, true);
        XYSeries queue = new XYSeries("Queue (mean)", false, true);
        XYSeries maxQueue = new XYSeries("Queue (most in bin)", false, true);
        XYSeries rejected = new XYSeries("Rejected per bin", false, true);
        XYSeries abandoned = new XYSeries("Abandoned per bin", false, true);
        for (int i = 0; i < ts.bins(); i++) {
            double x = middle(i, ts.binUs(), horizonUs);
            serving.add(x, ts.meanServing()[i]);
            booting.add(x, Math.max(0, ts.meanUnits()[i] - ts.meanServing()[i]));
            slots.add(x, ts.meanBusySlots()[i]);
            queue.add(x, ts.meanQueue()[i]);
            maxQueue.add(x, ts.maxQueue()[i]);
            rejected.add(x, ts.rejected()[i]);
            abandoned.add(x, ts.abandoned()[i]);
        }
        units.addSeries(serving);
        units.addSeries(booting);
        return List.of(
                new Panel(run.unitName().isBlank() ? "Units" : capitalised(run.unitName()) + "s", Kind.STACKED_AREA,
                        units),
                new Panel("Requests in the fleet", Kind.LINES, collection(slots, queue, maxQueue)),
                new Panel("Not served per bin", Kind.LINES, collection(rejected, abandoned)));
    }

    /** The limits of a Lambda design, in words (a limit far above the concurrency is off the chart's scale). */
    static String levels(Scenario s, String design) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Account limit %,d",
                s.spec().account().concurrencyLimit()));
        Optional<FunctionSpec> f = function(s, design);
        sb.append(f.filter(FunctionSpec::hasReservedConcurrency).map(x -> String.format(Locale.ROOT,
                ", reserved concurrency %,d", x.reservedConcurrency())).orElse(", no reserved concurrency"));
        sb.append(f.filter(x -> !x.provisioned().isNone()).map(x -> String.format(Locale.ROOT,
                ", provisioned concurrency up to %,d", x.provisioned().maxLevel())).orElse(", no provisioned concurrency"));
        return sb.append('.').toString();
    }

    /** The function a Lambda design runs (its variant), if the scenario has such a design. */
    static Optional<FunctionSpec> function(Scenario s, String design) {
        return s.designs().stream().filter(d -> d.name().equals(design) && d instanceof Design.Lambda)
                .map(d -> ((Design.Lambda) d).variant()).findFirst();
    }

    private static XYSeriesCollection collection(XYSeries... series) {
        XYSeriesCollection c = new XYSeriesCollection();
        for (XYSeries s : series) {
            c.addSeries(s);
        }
        return c;
    }

    /** A step series: the level from each step's start (0 before the first), to the end of the run. */
    static XYSeries steps(String name, ProvisionedSchedule p, long horizonUs) {
        XYSeries s = new XYSeries(name, false, true);
        s.add(0, p.levelAt(0));
        for (int i = 0; i < p.stepCount(); i++) {
            long at = p.stepStartUs(i);
            if (at > 0 && at < horizonUs) {
                s.add(at / US_PER_HOUR, p.stepLevel(i));
            }
        }
        s.add(horizonUs / US_PER_HOUR, p.levelAt(horizonUs - 1));
        return s;
    }

    private static double middle(int bin, long binUs, long horizonUs) {
        long start = (long) bin * binUs;
        long end = Math.min(start + binUs, horizonUs);
        return (start + end) / 2.0 / US_PER_HOUR;
    }

    private static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    public ObservableList<String> designs() {
        return designs;
    }

    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    /** The panels of the selected design, top to bottom (empty when nothing is shown). */
    public ReadOnlyObjectProperty<List<Panel>> panelsProperty() {
        return panels.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeAxisProperty() {
        return timeAxis.getReadOnlyProperty();
    }

    /** What the chart shows, for its subtitle. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public RunResults results() {
        return results;
    }
}
