package io.lambdasim.app.ui.views;

import io.lambdasim.app.ui.run.RunResults;
import io.lambdasim.model.compare.Comparison;
import io.lambdasim.model.compare.CostLine;
import io.lambdasim.model.compare.DesignComparison;
import io.lambdasim.model.compare.DesignResult;
import io.lambdasim.workload.time.TimeSpans;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The logic of the Cost view: the bill of every design as stacked bars (one bar per design, one segment per bill
 * line), the cumulative cost over the simulated horizon ({@link CostAccrual}), and the bill lines of the selected
 * design with their total, for a month of 730 hours or for the simulated horizon.
 */
public final class CostViewModel {

    /** Which bill the bars and the table show. */
    public enum Period {
        MONTH("Month (730 h)"),
        HORIZON("Simulated horizon");

        private final String label;

        Period(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ObservableList<String> designs = FXCollections.observableArrayList();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(this, "period", Period.MONTH);
    private final ReadOnlyObjectWrapper<DefaultCategoryDataset> bars =
            new ReadOnlyObjectWrapper<>(this, "bars", new DefaultCategoryDataset());
    private final ReadOnlyObjectWrapper<XYSeriesCollection> cumulative =
            new ReadOnlyObjectWrapper<>(this, "cumulative", new XYSeriesCollection());
    private final ObservableList<CostLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BigDecimal> total = new ReadOnlyObjectWrapper<>(this, "total");
    private final ReadOnlyStringWrapper barsNote = new ReadOnlyStringWrapper(this, "barsNote", "");
    private final ReadOnlyStringWrapper cumulativeNote = new ReadOnlyStringWrapper(this, "cumulativeNote", "");
    private RunResults results;

    public CostViewModel() {
        selected.addListener((o, was, now) -> showLines());
        period.addListener((o, was, now) -> {
            showBars();
            showLines();
        });
    }

    /** Shows {@code r} (null: nothing to show); keeps the selected design if it is still there. */
    public void show(RunResults r) {
        this.results = r;
        String keep = selected.get();
        if (r == null) {
            designs.clear();
            selected.set(null);
            cumulative.set(new XYSeriesCollection());
            cumulativeNote.set("");
            showBars();
            showLines();
            return;
        }
        List<String> names = r.comparison().designs().stream().map(DesignResult::name).toList();
        designs.setAll(names);
        cumulative.set(cumulative(r));
        cumulativeNote.set(cumulativeNote(r));
        showBars();
        if (keep != null && names.contains(keep)) {
            showLines();
        } else {
            selected.set(names.isEmpty() ? null : names.get(0));
        }
    }

    /**
     * One column per design, one row per bill line item (the same item in two designs is one colour); the values are
     * the lines' USD amounts, so each bar's height is the sum of the design's rounded lines.
     */
    public static DefaultCategoryDataset stacked(Comparison c, Period p) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (DesignResult r : c.designs()) {
            for (CostLine l : lines(r, p)) {
                Number before = d.getRowIndex(l.item()) >= 0 && d.getColumnIndex(r.name()) >= 0
                        ? d.getValue(l.item(), r.name()) : null;
                double sum = (before == null ? 0 : before.doubleValue()) + l.usd().doubleValue();
                d.setValue(sum, l.item(), r.name());
            }
        }
        return d;
    }

    /** The bill lines of {@code r} for {@code p}. */
    public static List<CostLine> lines(DesignResult r, Period p) {
        return p == Period.MONTH ? r.monthlyLines() : r.lines();
    }

    /** The sum of the lines' rounded amounts (the bill's total). */
    public static BigDecimal sum(List<CostLine> lines) {
        BigDecimal s = BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);
        for (CostLine l : lines) {
            s = s.add(l.usd());
        }
        return s;
    }

    /** Each design's cumulative cost over the horizon, in USD against hours from the start. */
    public static XYSeriesCollection cumulative(RunResults r) {
        XYSeriesCollection c = new XYSeriesCollection();
        long horizonUs = r.scenario().horizonUs();
        for (DesignComparison.Evaluation e : r.evaluations().values()) {
            CostAccrual a = e.lambdaRun().map(run -> CostAccrual.lambda(run, horizonUs))
                    .orElseGet(() -> e.fleetRun().map(CostAccrual::fleet).orElse(null));
            if (a == null) {
                continue;
            }
            XYSeries s = new XYSeries(e.result().name(), false, true);
            s.add(0, 0);
            for (int i = 0; i < a.binEndHours().length; i++) {
                s.add(a.binEndHours()[i], a.cumulativeUsd()[i]);
            }
            c.addSeries(s);
        }
        return c;
    }

    private static String cumulativeNote(RunResults r) {
        boolean lambda = r.evaluations().values().stream().anyMatch(e -> e.lambdaRun().isPresent());
        boolean fleet = r.evaluations().values().stream().anyMatch(e -> e.fleetRun().isPresent());
        StringBuilder sb = new StringBuilder("Simulated " + TimeSpans.format(r.scenario().horizonUs())
                + (r.scenario().replications() > 1 ? " (first replication)" : "") + ". ");
        if (lambda) {
            sb.append("Lambda: the engine's cost per bin at marginal rates (tier-1, no free tier), not the bill. ");
        }
        if (fleet) {
            sb.append("Fleets: units × hourly price, plus front-door lines spread over the run.");
        }
        return sb.toString().trim();
    }

    private void showBars() {
        if (results == null) {
            bars.set(new DefaultCategoryDataset());
            barsNote.set("");
            return;
        }
        Comparison c = results.comparison();
        bars.set(stacked(c, period.get()));
        String what = period.get() == Period.MONTH ? "Bills of a month of 730 hours at the simulated traffic"
                : "Bills of the simulated " + TimeSpans.format(c.horizonUs());
        barsNote.set(c.replications() > 1 ? what + ": the lines of the first of " + c.replications()
                + " replications (the comparison's totals are their mean)" : what);
    }

    private void showLines() {
        DesignResult r = results == null || selected.get() == null ? null : results.comparison().designs().stream()
                .filter(d -> d.name().equals(selected.get())).findFirst().orElse(null);
        if (r == null) {
            lines.clear();
            total.set(null);
            return;
        }
        List<CostLine> ls = lines(r, period.get());
        lines.setAll(ls);
        total.set(sum(ls));
    }

    /** The design names, in the scenario's order. */
    public ObservableList<String> designs() {
        return designs;
    }

    /** The design whose bill lines the table shows. */
    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ReadOnlyObjectProperty<DefaultCategoryDataset> barsProperty() {
        return bars.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<XYSeriesCollection> cumulativeProperty() {
        return cumulative.getReadOnlyProperty();
    }

    /** The selected design's bill lines. */
    public ObservableList<CostLine> lines() {
        return lines;
    }

    /** Their total (null when nothing is selected). */
    public ReadOnlyObjectProperty<BigDecimal> totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** What the bars show, for the chart's subtitle. */
    public ReadOnlyStringProperty barsNoteProperty() {
        return barsNote.getReadOnlyProperty();
    }

    /** How the cumulative curves are made, for the chart's subtitle. */
    public ReadOnlyStringProperty cumulativeNoteProperty() {
        return cumulativeNote.getReadOnlyProperty();
    }

    /** The results shown (null before the first run). */
    public RunResults results() {
        return results;
    }

    static String usd(BigDecimal v) {
        return String.format(Locale.ROOT, "$%,.2f", v);
    }
}
