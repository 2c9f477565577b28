package io.lambdasim.app.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.app.ui.run.DirectTaskRunner;
import io.lambdasim.model.recommend.MemoryRecommendation;
import io.lambdasim.model.recommend.PcCandidate;
import io.lambdasim.model.recommend.RecommendOptions;
import io.lambdasim.model.recommend.Recommendation;
import io.lambdasim.model.recommend.Recommender;
import java.math.BigDecimal;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecommendationsViewModelTest {

    /** The engine's own answer for the same scenario, on one thread. */
    private static Recommendation engine;
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private SimpleObjectProperty<ScenarioDocument> document;
    private RecommendationsViewModel model;

    @BeforeAll
    static void recommendWithoutTheViewModel() {
        engine = Recommender.recommend(BreakEvenFixture.document("30min").scenario(), RecommendOptions.DEFAULT, 1);
    }

    @BeforeEach
    void setUp() {
        document = new SimpleObjectProperty<>(BreakEvenFixture.document("30min"));
        model = new RecommendationsViewModel(document, tasks, 2);
    }

    @Test
    void theFunctionsAreListedAndTheFirstIsChosen() {
        assertThat(model.functions()).containsExactly("api");
        assertThat(model.functionProperty().get()).isEqualTo("api");
    }

    @Test
    void computingGivesTheEnginesRecommendationAndItsSaving() {
        model.compute();
        Recommendation r = model.result();
        assertThat(model.errorProperty().get()).isEmpty();
        MemoryRecommendation m = r.memory();
        assertThat(m.recommendedMemoryMb()).isEqualTo(engine.memory().recommendedMemoryMb());
        assertThat(m.curve()).hasSameSizeAs(engine.memory().curve());
        BigDecimal saving = m.current().evaluation().monthlyCostUsd()
                .subtract(m.recommended().evaluation().monthlyCostUsd());
        assertThat(m.savingUsd()).isEqualByComparingTo(saving);
        assertThat(RecommendationsView.memoryText(m)).contains(saving.signum() >= 0
                ? "saves " + BreakEvenFormat.usd(saving) + " a month"
                : "costs " + BreakEvenFormat.usd(saving.negate()) + " a month more");
        assertThat(r.pc()).isPresent();
        assertThat(r.pc().get().recommended().map(PcCandidate::plan))
                .isEqualTo(engine.pc().orElseThrow().recommended().map(PcCandidate::plan));
        assertThat(model.statusProperty().get()).startsWith("Recommendations for api");
    }

    @Test
    void applyingTheMemoryIsOneUndoableEditAndMakesTheResultOutOfDate() {
        model.compute();
        int recommended = model.result().memory().recommendedMemoryMb();
        assertThat(recommended).isNotEqualTo(1024);
        String before = document.get().json();
        assertThat(model.canApplyMemoryProperty().get()).isTrue();

        assertThat(model.applyMemory()).isEmpty();

        assertThat(document.get().scenario().spec().functions().get(0).memoryMb()).isEqualTo(recommended);
        assertThat(document.get().undoNameProperty().get()).contains("Apply recommended memory");
        assertThat(model.outOfDateProperty().get()).isTrue();
        assertThat(model.canApplyMemoryProperty().get()).isFalse();
        assertThat(model.applyMemory()).isPresent();
        document.get().undo();
        assertThat(document.get().json()).isEqualTo(before);
    }

    @Test
    void applyingTheProvisionedConcurrencyWritesTheRecommendedPlan() {
        model.compute();
        PcCandidate c = model.result().pc().orElseThrow().recommended().orElseThrow();
        assertThat(model.applyProvisioned()).isEmpty();
        assertThat(document.get().scenario().provisioned().get("api")).isEqualTo(c.plan());
        assertThat(model.outOfDateProperty().get()).isTrue();
    }

    @Test
    void nothingIsAppliedBeforeAComputation() {
        assertThat(model.applyMemory()).contains("There is no up-to-date memory recommendation to apply: "
                + "compute it first.");
        assertThat(document.get().canUndoProperty().get()).isFalse();
    }

    @Test
    void aCancelledComputationLeavesNoResult() {
        tasks.cancelNext();
        model.compute();
        assertThat(model.result()).isNull();
        assertThat(model.statusProperty().get()).isEqualTo("Cancelled");
    }
}
