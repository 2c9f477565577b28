package io.lambdasim.app.ui.views;

import io.lambdasim.app.ui.run.RunResults;
import io.lambdasim.model.capacity.LatencySummary;
import io.lambdasim.model.compare.DesignComparison;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The logic of the Latency view: the latency distribution (CDF) of every design's first replication overlaid, the
 * latency at each of {@link LatencySummary#CDF_PERCENTILES} against that percentile; for Lambda designs, warm and
 * cold invocations apart on request. The objective's p99 limit, if the scenario has one, is exposed for a marker.
 */
public final class LatencyViewModel {

    /** Which distributions are drawn. */
    public enum Mode {
        ALL("All requests"),
        WARM_COLD("Warm against cold (Lambda)");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.ALL);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", true);
    private final ReadOnlyObjectWrapper<XYSeriesCollection> cdf =
            new ReadOnlyObjectWrapper<>(this, "cdf", new XYSeriesCollection());
    private final ReadOnlyDoubleWrapper objectiveP99Ms = new ReadOnlyDoubleWrapper(this, "objectiveP99Ms", Double.NaN);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private RunResults results;

    public LatencyViewModel() {
        mode.addListener((o, was, now) -> refresh());
    }

    /** Shows {@code r} (null: nothing). */
    public void show(RunResults r) {
        results = r;
        refresh();
    }

    private void refresh() {
        if (results == null) {
            objectiveP99Ms.set(Double.NaN);
            note.set("");
            cdf.set(new XYSeriesCollection());
            return;
        }
        objectiveP99Ms.set(results.comparison().objective().p99LatencyUs().isPresent()
                ? results.comparison().objective().p99LatencyUs().getAsLong() / 1000.0 : Double.NaN);
        Map<String, LatencySummary> d = distributions(results, mode.get());
        StringBuilder sb = new StringBuilder();
        d.forEach((name, s) -> {
            if (s.count() > 0) {
                sb.append(sb.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s p50 %s, p99 %s", name,
                        ms(s.p50Ms()), ms(s.p99Ms())));
            }
        });
        note.set(sb.toString());
        cdf.set(dataset(d));
    }

    /**
     * The distributions to draw, by series name, in the scenario's design order: each design's latency; in
     * {@link Mode#WARM_COLD} a Lambda design's warm and cold invocations apart (a fleet's one distribution stays).
     */
    public static Map<String, LatencySummary> distributions(RunResults r, Mode mode) {
        Map<String, LatencySummary> out = new LinkedHashMap<>();
        for (Map.Entry<String, DesignComparison.Evaluation> e : r.evaluations().entrySet()) {
            String name = e.getKey();
            DesignComparison.Evaluation ev = e.getValue();
            if (ev.lambdaRun().isPresent()) {
                if (mode == Mode.WARM_COLD) {
                    out.put(name + " (warm)", ev.lambdaRun().get().warmLatency());
                    out.put(name + " (cold)", ev.lambdaRun().get().coldLatency());
                } else {
                    out.put(name, ev.lambdaRun().get().latency());
                }
            } else if (ev.fleetRun().isPresent()) {
                out.put(name, ev.fleetRun().get().latency());
            }
        }
        return out;
    }

    /** One series per distribution with data: x the latency in ms, y the percentile (0 to 100). */
    public static XYSeriesCollection dataset(Map<String, LatencySummary> distributions) {
        XYSeriesCollection c = new XYSeriesCollection();
        List<Double> ps = LatencySummary.CDF_PERCENTILES;
        distributions.forEach((name, s) -> {
            if (s.cdfMs().isEmpty()) {
                return;
            }
            XYSeries series = new XYSeries(name, false, true);
            for (int i = 0; i < ps.size(); i++) {
                series.add(s.cdfMs().get(i), ps.get(i));
            }
            c.addSeries(series);
        });
        return c;
    }

    private static String ms(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f ms", v) : String.format(Locale.ROOT, "%.1f ms", v);
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** Whether the latency axis is logarithmic (the view swaps the axis). */
    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    public ReadOnlyObjectProperty<XYSeriesCollection> cdfProperty() {
        return cdf.getReadOnlyProperty();
    }

    /** The objective's p99 latency limit in ms, NaN when it has none. */
    public ReadOnlyDoubleProperty objectiveP99MsProperty() {
        return objectiveP99Ms.getReadOnlyProperty();
    }

    /** Each distribution's p50 and p99 in words ("name p50 45.1 ms, p99 606 ms; ..."). */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public RunResults results() {
        return results;
    }
}
