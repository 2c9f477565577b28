package io.lambdasim.app.ui.shell;

import io.lambdasim.app.examples.Gallery;
import io.lambdasim.app.examples.GalleryExample;
import io.lambdasim.app.project.ProjectSettings;
import io.lambdasim.app.project.ProjectStore;
import io.lambdasim.app.ui.Styles;
import io.lambdasim.app.ui.workbench.WorkbenchContext;
import io.lambdasim.app.ui.workbench.WorkbenchViewModel;
import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.app.ui.editors.DesignsEditor;
import io.lambdasim.app.ui.editors.ImportWizard;
import io.lambdasim.app.ui.report.ExportPdfAction;
import io.lambdasim.app.ui.editors.WorkloadEditor;
import io.lambdasim.app.ui.run.TaskRunner;
import io.lambdasim.app.ui.views.BreakEvenView;
import io.lambdasim.app.ui.views.CapacityView;
import io.lambdasim.app.ui.views.CompareView;
import io.lambdasim.app.ui.views.CostView;
import io.lambdasim.app.ui.views.LatencyView;
import io.lambdasim.app.ui.views.RecommendationsView;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The main window: menus and a tool bar (run, cancel, progress), the editors on the left (workload, designs), the
 * views on the right (cost, capacity, latency, compare, break-even, recommendations), and a status line. Built in
 * code; the logic is in {@link WorkbenchViewModel} and the views' own view models.
 */
public final class Workbench {

    /** Ids of nodes that tests look up. */
    public static final String RUN_BUTTON_ID = "runButton";
    public static final String CANCEL_BUTTON_ID = "cancelButton";
    public static final String PROGRESS_ID = "runProgress";
    public static final String STATUS_ID = "runStatus";
    public static final String VIEWS_ID = "views";
    public static final String EDITORS_ID = "editors";
    public static final String SCENARIO_NAME_ID = "scenarioName";

    /** The title of each view's tab. */
    static final java.util.Map<ProjectSettings.View, String> TITLES = java.util.Map.of(
            ProjectSettings.View.COST, "Cost", ProjectSettings.View.CAPACITY, "Capacity",
            ProjectSettings.View.LATENCY, "Latency", ProjectSettings.View.COMPARE, "Compare",
            ProjectSettings.View.BREAKEVEN, "Break-even", ProjectSettings.View.RECOMMENDATIONS, "Recommendations");

    /** After an edit, a quick scenario runs again once typing has paused this long. */
    static final Duration RERUN_DELAY = Duration.millis(350);

    private final WorkbenchViewModel model;
    private final WorkbenchContext context;
    private final BorderPane root = new BorderPane();
    private final TabPane views = new TabPane();
    private final CheckMenuItem autoRun = new CheckMenuItem("Re-run Quick Scenarios After Each Edit");
    private final PauseTransition rerun = new PauseTransition(RERUN_DELAY);
    private Window window;

    public Workbench(WorkbenchViewModel model, TaskRunner tasks) {
        this.model = Objects.requireNonNull(model, "model");
        this.context = new WorkbenchContext(model.documentProperty(), model.run(), tasks, () -> window);
        root.getStyleClass().add(Styles.WINDOW);
        root.setTop(new VBox(menus(), toolBar()));
        root.setCenter(body());
        root.setBottom(statusLine());
        autoRun.setSelected(true);
        rerun.setOnFinished(e -> {
            if (autoRun.isSelected() && model.run().isQuick() && !model.run().isRunning()) {
                model.runNow();
            }
        });
        watch(model.document());
        model.documentProperty().addListener((o, was, now) -> {
            watch(now);
            showView(TITLES.get(model.settings().view()));
            model.runNow();
        });
        views.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                TITLES.entrySet().stream().filter(e -> e.getValue().equals(now.getText())).findFirst()
                        .ifPresent(e -> model.setSettings(model.settings().withView(e.getKey())));
            }
        });
        installDragAndDrop();
        autosaveTimer.setCycleCount(javafx.animation.Animation.INDEFINITE);
        autosaveTimer.play();
    }

    /** Writes the recovery file every half minute while there are unsaved changes. */
    private final javafx.animation.Timeline autosaveTimer = new javafx.animation.Timeline(
            new javafx.animation.KeyFrame(Duration.seconds(30), e -> autosaveNow()));

    void autosaveNow() {
        model.autosave();
    }

    /** Adds an item to the File menu, before Quit (import, export). */
    public void addFileMenuItem(MenuItem item) {
        MenuBar bar = (MenuBar) ((VBox) root.getTop()).getChildren().get(0);
        Menu file = bar.getMenus().get(0);
        file.getItems().add(file.getItems().size() - 2, item);
    }

    public Parent root() {
        return root;
    }

    public WorkbenchContext context() {
        return context;
    }

    /** The window title: the scenario's name, a star while unsaved. */
    public javafx.beans.binding.StringBinding titleProperty() {
        return model.titleProperty();
    }

    /** Lets dialogs find their owner once the window exists. */
    public void attach(Window owner) {
        this.window = owner;
    }

    /** Selects the view titled {@code title}. */
    public void showView(String title) {
        views.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                .ifPresent(t -> views.getSelectionModel().select(t));
    }

    private void watch(ScenarioDocument d) {
        d.revisionProperty().addListener((o, was, now) -> {
            if (model.document() == d) {
                rerun.playFromStart();
            }
        });
    }

    private Node body() {
        TabPane editors = new TabPane(
                tab("Workload", new WorkloadEditor(context).node()),
                tab("Designs", new DesignsEditor(context).node()));
        editors.setId(EDITORS_ID);
        editors.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        editors.setMinWidth(300);
        views.setId(VIEWS_ID);
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Each view is built the first time it is shown: the window opens sooner, and a view built later starts from
        // the current results.
        views.getTabs().addAll(
                lazyTab("Cost", () -> new CostView(context).node()),
                lazyTab("Capacity", () -> new CapacityView(context).node()),
                lazyTab("Latency", () -> new LatencyView(context).node()),
                lazyTab("Compare", () -> new CompareView(context).node()),
                lazyTab("Break-even", () -> {
                    breakEven = new BreakEvenView(context);
                    return breakEven.node();
                }),
                lazyTab("Recommendations", () -> {
                    recommendations = new RecommendationsView(context);
                    return recommendations.node();
                }));
        views.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> build(now));
        build(views.getSelectionModel().getSelectedItem());
        // The two analyses take seconds: each starts by itself the first time its view is shown without a result
        // (and again from its Compute button); a result that no longer matches the scenario is marked out of date.
        views.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> computeIfEmpty(now));
        SplitPane split = new SplitPane(editors, views);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(editors, false);
        VBox center = new VBox(header(), split);
        VBox.setVgrow(split, Priority.ALWAYS);
        return center;
    }

    private BreakEvenView breakEven;
    private RecommendationsView recommendations;

    private void computeIfEmpty(Tab tab) {
        if (tab == null) {
            return;
        }
        if (tab.getText().equals("Break-even") && breakEven != null && breakEven.model().resultProperty().get() == null
                && !breakEven.model().runningProperty().get()) {
            breakEven.model().compute();
        } else if (tab.getText().equals("Recommendations") && recommendations != null
                && recommendations.model().resultProperty().get() == null
                && !recommendations.model().runningProperty().get()) {
            recommendations.model().compute();
        }
    }

    private Node header() {
        Label name = new Label();
        name.setId(SCENARIO_NAME_ID);
        name.getStyleClass().add(Styles.TITLE);
        name.textProperty().bind(Bindings.createStringBinding(() -> model.document().scenario().name(),
                model.documentProperty(), model.titleProperty()));
        Label story = new Label();
        story.getStyleClass().add(Styles.STORY);
        story.setWrapText(true);
        story.setMaxHeight(54);
        story.textProperty().bind(Bindings.createStringBinding(() -> model.document().scenario().description(),
                model.documentProperty(), model.titleProperty()));
        VBox header = new VBox(2, name, story);
        header.getStyleClass().add(Styles.HEADER);
        header.setPadding(new Insets(8, 12, 8, 12));
        return header;
    }

    private final java.util.Map<Tab, java.util.function.Supplier<Node>> unbuilt = new java.util.HashMap<>();

    private Tab lazyTab(String title, java.util.function.Supplier<Node> content) {
        Tab t = new Tab(title);
        t.setClosable(false);
        unbuilt.put(t, content);
        return t;
    }

    private void build(Tab tab) {
        java.util.function.Supplier<Node> content = tab == null ? null : unbuilt.remove(tab);
        if (content != null) {
            tab.setContent(content.get());
        }
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    private Node toolBar() {
        Button run = new Button("Run");
        run.setId(RUN_BUTTON_ID);
        run.setOnAction(e -> model.runNow());
        run.setDefaultButton(false);
        Button cancel = new Button("Cancel");
        cancel.setId(CANCEL_BUTTON_ID);
        cancel.setOnAction(e -> model.run().cancel());
        cancel.disableProperty().bind(model.run().runningProperty().not());
        ProgressBar progress = new ProgressBar();
        progress.setId(PROGRESS_ID);
        progress.setPrefWidth(180);
        progress.progressProperty().bind(model.run().progressProperty());
        progress.visibleProperty().bind(model.run().runningProperty());
        progress.managedProperty().bind(model.run().runningProperty());
        Label status = new Label();
        status.setId(STATUS_ID);
        status.textProperty().bind(model.run().statusProperty());
        return new ToolBar(run, cancel, progress, status);
    }

    private Node statusLine() {
        Label file = new Label();
        file.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null
                ? "Not saved" : model.fileProperty().get().toString(), model.fileProperty()));
        Label error = new Label();
        error.getStyleClass().add(Styles.ERROR);
        error.textProperty().bind(model.run().errorProperty());
        error.visibleProperty().bind(model.run().errorProperty().isNotEmpty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(12, file, spacer, error);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(3, 10, 3, 10));
        line.getStyleClass().add("ls-status-line");
        return line;
    }

    private MenuBar menus() {
        Menu file = new Menu("_File");
        MenuItem examples = item("_New from Example…", new KeyCodeCombination(KeyCode.N,
                KeyCombination.SHORTCUT_DOWN), () -> {
                    if (confirmDiscard()) {
                        GalleryDialog.choose(window).ifPresent(model::newFromExample);
                    }
                });
        MenuItem open = item("_Open…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                this::chooseAndOpen);
        Menu recent = new Menu("Open _Recent");
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        model.recentFiles().addListener((javafx.collections.ListChangeListener<Path>) c -> fillRecent(recent));
        MenuItem save = item("_Save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        MenuItem saveAs = item("Save _As…", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::saveAs);
        MenuItem quit = item("_Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> {
            if (window != null && confirmDiscard()) {
                closed();
                ((javafx.stage.Stage) window).close();
            }
        });
        MenuItem importTraffic = item("_Import Traffic…", new KeyCodeCombination(KeyCode.I,
                KeyCombination.SHORTCUT_DOWN), () -> ImportWizard.show(context, null));
        file.getItems().addAll(examples, open, recent, new SeparatorMenuItem(), save, saveAs, new SeparatorMenuItem(),
                importTraffic, ExportPdfAction.menuItem(context));
        file.getItems().addAll(new SeparatorMenuItem(), quit);

        Menu edit = new Menu("_Edit");
        MenuItem undo = item("_Undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                () -> model.document().undo());
        MenuItem redo = item("_Redo", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                () -> model.document().redo());
        MenuItem redo2 = item("Redo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> model.document().redo());
        redo2.setVisible(false);
        edit.setOnShowing(e -> {
            ScenarioDocument d = model.document();
            undo.setDisable(!d.canUndoProperty().get());
            undo.setText(d.canUndoProperty().get() ? "_Undo " + d.undoNameProperty().get() : "_Undo");
            redo.setDisable(!d.canRedoProperty().get());
            redo.setText(d.canRedoProperty().get() ? "_Redo " + d.redoNameProperty().get() : "_Redo");
        });
        edit.getItems().addAll(undo, redo, redo2);

        Menu run = new Menu("_Run");
        MenuItem runNow = item("_Run", new KeyCodeCombination(KeyCode.F5), model::runNow);
        MenuItem cancel = item("_Cancel Run", new KeyCodeCombination(KeyCode.ESCAPE), () -> model.run().cancel());
        run.getItems().addAll(runNow, cancel, new SeparatorMenuItem(), autoRun);

        Menu view = new Menu("_View");
        String[] titles = {"Cost", "Capacity", "Latency", "Compare", "Break-even", "Recommendations"};
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6};
        for (int i = 0; i < titles.length; i++) {
            String t = titles[i];
            view.getItems().add(item(t, new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                    () -> showView(t)));
        }
        MenuBar bar = new MenuBar(file, edit, run, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path p : model.recentFiles()) {
            MenuItem m = new MenuItem(p.getFileName() + "  —  " + p.toAbsolutePath().getParent());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> {
                if (confirmDiscard()) {
                    open(p);
                }
            });
            recent.getItems().add(m);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent projects");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private static MenuItem item(String text, KeyCombination keys, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setMnemonicParsing(true);
        if (keys != null) {
            m.setAccelerator(keys);
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void chooseAndOpen() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open project or scenario");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("LambdaSim projects and scenarios", "*.lsim", "*.json"),
                new FileChooser.ExtensionFilter("LambdaSim projects", "*.lsim"),
                new FileChooser.ExtensionFilter("Scenario files", "*.json"));
        File f = chooser.showOpenDialog(window);
        if (f != null) {
            open(f.toPath());
        }
    }

    /** Opens {@code path}; a file that cannot be opened gets a message and the current document stays. */
    public void open(Path path) {
        model.open(path).ifPresent(message -> {
            if (!java.nio.file.Files.exists(path)) {
                model.forget(path);
            }
            error(message);
        });
    }

    private void save() {
        if (model.fileProperty().get() == null) {
            saveAs();
        } else {
            model.save().ifPresent(this::error);
        }
    }

    private void saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save project");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("LambdaSim projects", "*.lsim"));
        chooser.setInitialFileName(model.fileProperty().get() != null ? model.fileProperty().get().getFileName()
                .toString() : safeName(model.scenario().name()) + ".lsim");
        File f = chooser.showSaveDialog(window);
        if (f != null) {
            saveTo(f.toPath());
        }
    }

    /** Saves the project to {@code path} (Save As without the dialog); a failure gets a message. */
    public boolean saveTo(Path path) {
        Optional<String> problem = model.saveAs(path);
        problem.ifPresent(this::error);
        return problem.isEmpty();
    }

    /** A new unsaved project from {@code example} (no question asked: the caller asks first). */
    public void newFromExample(GalleryExample example) {
        model.newFromExample(example);
    }

    private static String safeName(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._ -]+", " ").strip();
        return s.isEmpty() ? "project" : s.length() > 60 ? s.substring(0, 60).strip() : s;
    }

    /**
     * Offers the autosave of a session that did not end normally; true if the user took it (it is now open).
     * A recovery file that cannot be read is reported and discarded.
     */
    public boolean offerRecovery() {
        Optional<ProjectStore.Recovery> found = model.pendingRecovery();
        if (found.isEmpty()) {
            return false;
        }
        ProjectStore.Recovery r = found.get();
        if (r.project().isEmpty()) {
            error("An autosaved project from a previous session cannot be read and was discarded: "
                    + r.problem().orElse("unknown problem"));
            model.discardRecovery();
            return false;
        }
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "LambdaSim did not close normally. Restore the unsaved "
                + "changes to \"" + r.project().get().scenario().name() + "\"" + r.projectFile().map(p -> " ("
                + p.getFileName() + ")").orElse("") + ", autosaved " + r.savedAt() + "?", restore, discard);
        a.setHeaderText("Recover unsaved work");
        a.initOwner(window);
        Optional<ButtonType> choice = a.showAndWait();
        if (choice.isPresent() && choice.get() == restore) {
            Optional<String> problem = model.restore(r);
            problem.ifPresent(this::error);
            return problem.isEmpty();
        }
        model.discardRecovery();
        return false;
    }

    /** The window closed normally: nothing to recover. */
    public void closed() {
        autosaveTimer.stop();
        model.discardRecovery();
    }

    /** Asks before unsaved changes are lost: true to go on (saved or discarded), false to stay. */
    public boolean confirmDiscard() {
        if (!model.document().dirtyProperty().get()) {
            return true;
        }
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Save the changes to \"" + model.document().scenario().name()
                + "\" first?", saveButton, discard, ButtonType.CANCEL);
        a.setHeaderText("Unsaved changes");
        a.initOwner(window);
        Optional<ButtonType> choice = a.showAndWait();
        if (choice.isEmpty() || choice.get() == ButtonType.CANCEL) {
            return false;
        }
        if (choice.get() == saveButton) {
            save();
            return !model.document().dirtyProperty().get();
        }
        return true;
    }

    private void error(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.setHeaderText("LambdaSim");
        a.initOwner(window);
        a.getDialogPane().setMinWidth(520);
        a.show();
    }

    private void installDragAndDrop() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) {
                Path first = files.get(0).toPath();
                if (!WorkbenchViewModel.isProjectOrScenario(first)) {
                    // A CloudWatch export, a log, a trace: the import wizard, for the open project.
                    javafx.application.Platform.runLater(() -> ImportWizard.show(context, first));
                } else if (confirmDiscard()) {
                    open(first);
                }
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
