package io.lambdasim.app.ui;

import io.lambdasim.app.examples.Gallery;
import io.lambdasim.app.examples.GalleryExample;
import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.app.ui.run.FxTaskRunner;
import io.lambdasim.app.ui.run.RunViewModel;
import io.lambdasim.app.ui.run.TaskRunner;
import io.lambdasim.app.ui.workbench.Workbench;
import io.lambdasim.app.ui.workbench.WorkbenchViewModel;
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
        launch(LambdaSimApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Workbench workbench = create(new FxTaskRunner());
        show(stage, workbench);
        if (!args.isEmpty()) {
            workbench.open(Path.of(args.get(0)));
        }
        workbench.context().run().run(workbench.context().currentDocument().scenario(),
                workbench.context().currentDocument().revisionProperty().get());
    }

    /** A workbench on the default example, running its work on {@code tasks}. */
    public static Workbench create(TaskRunner tasks) {
        GalleryExample example = Gallery.defaultExample();
        ScenarioReader reader = ScenarioReader.bundled();
        ScenarioDocument document = ScenarioDocument.open(reader, "examples/" + example.file(), example.text());
        WorkbenchViewModel model = new WorkbenchViewModel(reader, RunViewModel.forApp(tasks), document);
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
            if (!workbench.confirmDiscard()) {
                e.consume();
            }
        });
        workbench.attach(stage);
        stage.show();
    }
}
