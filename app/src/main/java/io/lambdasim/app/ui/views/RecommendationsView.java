package io.lambdasim.app.ui.views;

import io.lambdasim.app.ui.Styles;
import io.lambdasim.app.ui.charts.Charts;
import io.lambdasim.app.ui.workbench.WorkbenchContext;
import io.lambdasim.model.recommend.MemoryRecommendation;
import io.lambdasim.model.recommend.PcCandidate;
import io.lambdasim.model.recommend.PcRecommendation;
import io.lambdasim.model.recommend.Recommendation;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Recommendations view: the Power Tuning curve of one function (cost and p99 latency against memory, recommended
 * and current marked), the memory and provisioned-concurrency recommendations with their savings, and buttons that
 * apply each to the scenario (undoable). The logic is in {@link RecommendationsViewModel}.
 */
public final class RecommendationsView {

    /** Ids tests look up. */
    public static final String COMPUTE_ID = "recommendCompute";
    public static final String CANCEL_ID = "recommendCancel";
    public static final String STATUS_ID = "recommendStatus";
    public static final String MEMORY_ID = "recommendMemory";
    public static final String PC_ID = "recommendPc";
    public static final String APPLY_MEMORY_ID = "recommendApplyMemory";
    public static final String APPLY_PC_ID = "recommendApplyPc";
    public static final String OUT_OF_DATE_ID = "recommendOutOfDate";

    private final RecommendationsViewModel model;
    private final BorderPane root = new BorderPane();
    private final StackPane chartPane = new StackPane();
    private final Label memory = new Label();
    private final Label pc = new Label();

    public RecommendationsView(WorkbenchContext context) {
        this(new RecommendationsViewModel(Objects.requireNonNull(context, "context").document(), context.tasks(),
                Runtime.getRuntime().availableProcessors()));
    }

    RecommendationsView(RecommendationsViewModel model) {
        this.model = model;
        root.setPadding(new Insets(8, 12, 8, 12));
        root.setTop(controls());
        chartPane.getStyleClass().add(Styles.CHART);
        chartPane.setMinHeight(200);
        root.setCenter(chartPane);
        root.setBottom(recommendations());
        model.resultProperty().addListener((o, was, now) -> show(now));
        show(model.result());
    }

    public Node node() {
        return root;
    }

    public RecommendationsViewModel model() {
        return model;
    }

    private Node controls() {
        ChoiceBox<String> function = new ChoiceBox<>(model.functions());
        function.valueProperty().bindBidirectional(model.functionProperty());
        Button compute = new Button("Compute");
        compute.setId(COMPUTE_ID);
        compute.setOnAction(e -> model.compute());
        Button cancel = new Button("Cancel");
        cancel.setId(CANCEL_ID);
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        HBox row = new HBox(6, new Label("Function"), function, compute, cancel, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId(STATUS_ID);
        status.getStyleClass().add(Styles.NOTE);
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label stale = new Label("Out of date: the scenario changed since these recommendations were computed. "
                + "Press Compute to update them.");
        stale.setId(OUT_OF_DATE_ID);
        stale.getStyleClass().add(Styles.ERROR);
        stale.visibleProperty().bind(model.outOfDateProperty());
        stale.managedProperty().bind(model.outOfDateProperty());
        Label error = new Label();
        error.getStyleClass().add(Styles.ERROR);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(model.errorProperty().isNotEmpty());
        VBox top = new VBox(4, row, status, stale, error);
        top.setPadding(new Insets(0, 0, 6, 0));
        return top;
    }

    private Node recommendations() {
        memory.setId(MEMORY_ID);
        memory.setWrapText(true);
        Button applyMemory = new Button("Apply to scenario");
        applyMemory.setId(APPLY_MEMORY_ID);
        applyMemory.disableProperty().bind(model.canApplyMemoryProperty().not());
        applyMemory.setOnAction(e -> model.applyMemory());
        pc.setId(PC_ID);
        pc.setWrapText(true);
        Button applyPc = new Button("Apply to scenario");
        applyPc.setId(APPLY_PC_ID);
        applyPc.disableProperty().bind(model.canApplyProvisionedProperty().not());
        applyPc.setOnAction(e -> model.applyProvisioned());
        Label memoryTitle = new Label("Memory size");
        memoryTitle.getStyleClass().add(Styles.SECTION_TITLE);
        Label pcTitle = new Label("Provisioned concurrency");
        pcTitle.getStyleClass().add(Styles.SECTION_TITLE);
        VBox left = new VBox(2, memoryTitle, memory, applyMemory);
        VBox right = new VBox(2, pcTitle, pc, applyPc);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(420);
        right.setPrefWidth(420);
        HBox both = new HBox(16, left, right);
        ScrollPane scroll = new ScrollPane(both);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.PLAIN_SCROLL);
        scroll.setPrefHeight(190);
        return scroll;
    }

    private void show(Recommendation r) {
        if (r == null) {
            Label placeholder = new Label("No recommendations yet: pick a function and press Compute.");
            placeholder.getStyleClass().add(Styles.NOTE);
            chartPane.getChildren().setAll(placeholder);
            memory.setText("");
            pc.setText("");
            return;
        }
        chartPane.getChildren().setAll(Charts.viewer(new RecommendationChart(r.memory(), r.objective()).chart()));
        memory.setText(memoryText(r.memory()));
        pc.setText(r.pc().map(RecommendationsView::pcText).orElse("No cold-start objective: set "
                + "objective.max_cold_start_share in the scenario to get a provisioned-concurrency recommendation."));
    }

    /** The memory recommendation in words, with its saving. */
    static String memoryText(MemoryRecommendation m) {
        return String.format(Locale.ROOT, "Recommended: %,d MB (%s): %s, against %s at the current %,d MB.%n"
                        + "It %s. Applying it also scales the function's durations by %.3f, as the model predicts "
                        + "(CPU share %s at %,d MB, %d handler thread%s).",
                m.recommendedMemoryMb(), m.reason(), RecommendationFormat.evaluation(m.recommended().evaluation()),
                RecommendationFormat.evaluation(m.current().evaluation()), m.currentMemoryMb(),
                RecommendationFormat.saving(m.savingUsd()), m.recommended().durationFactor(),
                java.math.BigDecimal.valueOf(m.settings().cpuShare()).stripTrailingZeros().toPlainString(),
                m.currentMemoryMb(), m.settings().handlerThreads(), m.settings().handlerThreads() == 1 ? "" : "s");
    }

    /** The provisioned-concurrency recommendation in words, with its saving. */
    static String pcText(PcRecommendation p) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "At %,d MB, cold starts at most %s.%n",
                p.memoryMb(), RecommendationFormat.percent(p.maxColdStartShare())));
        b.append("Current: ").append(RecommendationFormat.evaluation(p.current())).append('\n');
        b.append(candidate("Cheapest constant level", p.bestConstant())).append('\n');
        b.append(candidate("Cheapest hourly schedule", p.bestSchedule())).append('\n');
        if (p.recommended().isPresent()) {
            b.append("Recommended: ").append(RecommendationFormat.plan(p.recommended().get().plan())).append(" (")
                    .append(p.reason()).append("): it ").append(RecommendationFormat.saving(p.savingUsd()))
                    .append('.');
        } else {
            b.append("No recommendation: ").append(p.reason());
        }
        return b.toString();
    }

    private static String candidate(String label, Optional<PcCandidate> c) {
        return label + ": " + c.map(x -> RecommendationFormat.plan(x.plan()) + ", "
                + RecommendationFormat.evaluation(x.evaluation())).orElse("none meets the objective");
    }
}
