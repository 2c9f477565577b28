package io.lambdasim.app.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.app.ui.run.DirectTaskRunner;
import io.lambdasim.model.breakeven.DesignCurve;
import io.lambdasim.model.breakeven.ScenarioBreakEvenResult;
import io.lambdasim.model.compare.Comparison;
import io.lambdasim.model.compare.DesignComparison;
import io.lambdasim.model.compare.DesignResult;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BreakEvenViewModelTest {

    private static ScenarioBreakEvenResult computed;
    private static Comparison today;
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private SimpleObjectProperty<ScenarioDocument> document;
    private BreakEvenViewModel model;

    /** One sweep shared by the tests that only read it: 0.5× to 4× in 4 points, 30 simulated minutes. */
    @BeforeAll
    static void sweepOnce() {
        BreakEvenViewModel m = newModel(new SimpleObjectProperty<>(BreakEvenFixture.document("30min")),
                new DirectTaskRunner());
        m.compute();
        computed = m.result();
        today = DesignComparison.run(BreakEvenFixture.document("30min").scenario(), 1);
    }

    private static BreakEvenViewModel newModel(SimpleObjectProperty<ScenarioDocument> doc, DirectTaskRunner runner) {
        BreakEvenViewModel m = new BreakEvenViewModel(doc, runner, 2);
        m.fromFactorProperty().set("0.5");
        m.toFactorProperty().set("4");
        m.pointsProperty().set(4);
        return m;
    }

    @BeforeEach
    void setUp() {
        document = new SimpleObjectProperty<>(BreakEvenFixture.document("30min"));
        model = newModel(document, tasks);
    }

    @Test
    void theCurvesPassThroughTheComparisonOfTodaysTraffic() {
        assertThat(computed).isNotNull();
        assertThat(computed.curves()).extracting(DesignCurve::design)
                .containsExactly("lambda-x86-1gb", "lambda-arm64-1gb", "ec2-m7g-large-alb");
        for (DesignCurve c : computed.curves()) {
            DesignCurve.Point one = c.points().stream().filter(p -> p.factor() == 1.0).findFirst().orElseThrow();
            DesignResult compared = today.design(c.design());
            assertThat(one.usd()).as(c.design()).isEqualByComparingTo(compared.monthlyCostUsd());
            assertThat(c.points().get(0).factor()).isEqualTo(0.5);
            assertThat(c.points().get(c.points().size() - 1).factor()).isEqualTo(4.0);
        }
    }

    @Test
    void afterComputingTheCursorSitsOnTodaysTrafficWithTheComparisonsCosts() {
        model.compute();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.statusProperty().get()).contains("crossing");
        long current = model.result().currentRequestsPerMonth();
        assertThat(model.cursorVolumeProperty().get()).isEqualTo(current);
        assertThat(model.cursorRows()).hasSize(3);
        for (BreakEvenCursor.Row row : model.cursorRows()) {
            assertThat(row.usd()).as(row.design()).isEqualByComparingTo(today.design(row.design()).monthlyCostUsd());
        }
    }

    @Test
    void movingTheSliderReadsTheCurvesWithoutSimulating() {
        model.compute();
        int simulations = model.result().simulations();
        model.cursorPositionProperty().set(1.0);
        List<DesignCurve> curves = model.result().curves();
        DesignCurve.Point last = curves.get(0).points().get(curves.get(0).points().size() - 1);
        assertThat(model.cursorVolumeProperty().get()).isEqualTo(last.requestsPerMonth());
        assertThat(model.cursorRows().get(0).usd()).isEqualByComparingTo(last.usd());
        // Halfway in log scale between the two smallest sampled volumes: the average of their costs, weighted by
        // the volume (linear interpolation).
        DesignCurve.Point a = curves.get(2).points().get(0);
        DesignCurve.Point b = curves.get(2).points().get(1);
        long from = curves.get(2).points().get(0).requestsPerMonth();
        long to = last.requestsPerMonth();
        long mid = Math.round(Math.sqrt((double) a.requestsPerMonth() * b.requestsPerMonth()));
        model.cursorPositionProperty().set(Math.log((double) mid / from) / Math.log((double) to / from));
        long v = model.cursorVolumeProperty().get();
        assertThat(v).isBetween(mid - 1, mid + 1);
        double expected = a.usd().doubleValue() + (b.usd().doubleValue() - a.usd().doubleValue())
                * (v - a.requestsPerMonth()) / (double) (b.requestsPerMonth() - a.requestsPerMonth());
        assertThat(model.cursorRows().get(2).usd().doubleValue()).isCloseTo(expected,
                org.assertj.core.api.Assertions.within(0.005));
        assertThat(model.result().simulations()).isEqualTo(simulations);
    }

    @Test
    void anEditMarksTheResultOutOfDateAndKeepsIt() {
        model.compute();
        ScenarioBreakEvenResult before = model.result();
        assertThat(model.outOfDateProperty().get()).isFalse();
        assertThat(document.get().edit("Change seed", t -> t.put("seed", 12))).isEmpty();
        assertThat(model.outOfDateProperty().get()).isTrue();
        assertThat(model.result()).isSameAs(before);
        document.set(BreakEvenFixture.document("30min"));
        assertThat(model.outOfDateProperty().get()).isTrue();
    }

    @Test
    void aBadFactorIsReportedAndNothingRuns() {
        model.fromFactorProperty().set("abc");
        model.compute();
        assertThat(model.errorProperty().get()).isEqualTo("traffic factor 'from': \"abc\" is not a number");
        assertThat(model.result()).isNull();
        model.fromFactorProperty().set("5");
        model.compute();
        assertThat(model.errorProperty().get()).contains("0 < from < to");
        assertThat(model.result()).isNull();
    }

    @Test
    void aCancelledComputationLeavesNoResult() {
        tasks.cancelNext();
        model.compute();
        assertThat(model.result()).isNull();
        assertThat(model.statusProperty().get()).isEqualTo("Cancelled");
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void aFailureShowsItsMessage() {
        assertThat(document.get().edit("Remove designs", t -> t.remove("designs"))).isEmpty();
        model.compute();
        assertThat(model.errorProperty().get()).contains("has no designs");
        assertThat(model.statusProperty().get()).startsWith("Break-even failed: ");
    }
}
