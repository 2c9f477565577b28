package io.lambdasim.app.ui.shell;

import io.lambdasim.app.examples.Gallery;
import io.lambdasim.app.examples.GalleryExample;
import io.lambdasim.app.project.ConfigDirectory;
import io.lambdasim.app.project.ProjectStore;
import io.lambdasim.app.project.RecentFiles;
import io.lambdasim.app.ui.Styles;
import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.app.ui.run.FxTaskRunner;
import io.lambdasim.app.ui.run.RunViewModel;
import io.lambdasim.app.ui.run.TaskRunner;
import io.lambdasim.app.ui.workbench.WorkbenchViewModel;
import io.lambdasim.model.compare.DesignComparison;
import io.lambdasim.model.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop app: the workbench on the default example of the gallery (or on the file given as the first
 * parameter), run at once. Started by {@code io.lambdasim.app.Main} (a class path JavaFX app needs a launcher that is
 * not an {@code Application}).
 */
public final class LambdaSimApp extends Application {

    /** The window's first size: fits a 1366×768 screen with its task bar and title bar. */
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 720;
    /** Below this the editors and the views no longer fit side by side. */
    public static final double MIN_WIDTH = 1000;
    public static final double MIN_HEIGHT = 560;

    public static void main(String[] args) {
        // Read the bundled price editions and the default example while JavaFX starts its toolkit.
        Thread prefetch = new Thread(() -> {
            ScenarioReader.bundled();
            Gallery.defaultExample().text();
            DesignComparison.bundledPrices(Gallery.defaultExample().scenario());
        }, "lambdasim-prefetch");
        prefetch.setDaemon(true);
        prefetch.start();
        launch(LambdaSimApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Workbench workbench = create(new FxTaskRunner(), configDirectory());
        if (Boolean.getBoolean("lambdasim.exitWhenShown")) {
            // scripts/bench-startup: report the time from JVM start to the first window, then quit.
            stage.setOnShown(e -> javafx.application.Platform.runLater(() -> {
                long ms = System.currentTimeMillis()
                        - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("first window shown " + ms + " ms after the JVM started");
                javafx.application.Platform.exit();
            }));
        }
        show(stage, workbench);
        String view = System.getProperty("lambdasim.view");
        if (view != null) {
            workbench.showView(view);   // scripts/screenshots: which view is in front
        }
        if (!workbench.offerRecovery() && !args.isEmpty()) {
            workbench.open(Path.of(args.get(0)));
        }
        workbench.context().run().run(workbench.context().currentDocument().scenario(),
                workbench.context().currentDocument().revisionProperty().get());
    }

    /**
     * The directory of recent files and autosaves: the system property {@code lambdasim.config} if set (tests,
     * screenshots), else the user's ({@link ConfigDirectory}).
     */
    static Path configDirectory() {
        String dir = System.getProperty("lambdasim.config");
        return dir != null ? Path.of(dir) : ConfigDirectory.forCurrentUser();
    }

    /**
     * A workbench on the default example, running its work on {@code tasks}, keeping recent files and autosaves in
     * {@code configDirectory}.
     */
    public static Workbench create(TaskRunner tasks, Path configDirectory) {
        GalleryExample example = Gallery.defaultExample();
        ScenarioReader reader = ScenarioReader.bundled();
        ScenarioDocument document = ScenarioDocument.open(reader, "examples/" + example.file(), example.text());
        WorkbenchViewModel model = new WorkbenchViewModel(reader, RunViewModel.forApp(tasks), document,
                new ProjectStore(configDirectory), RecentFiles.load(configDirectory));
        return new Workbench(model, tasks);
    }

    /** Puts {@code workbench} on {@code stage} and shows it. */
    public static void show(Stage stage, Workbench workbench) {
        Scene scene = new Scene(workbench.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.titleProperty().bind(workbench.titleProperty());
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setOnCloseRequest(e -> {
            if (workbench.confirmDiscard()) {
                workbench.closed();
            } else {
                e.consume();
            }
        });
        workbench.attach(stage);
        String size = System.getProperty("lambdasim.windowSize");   // scripts/screenshots: "1366x768" at 0,0
        if (size != null && size.matches("\\d+x\\d+")) {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(Double.parseDouble(size.substring(0, size.indexOf('x'))));
            stage.setHeight(Double.parseDouble(size.substring(size.indexOf('x') + 1)));
        }
        stage.show();
    }
}
