package io.lambdasim.app.ui;

import io.lambdasim.app.examples.CostExample;
import io.lambdasim.model.calculator.CalculatorInput;
import io.lambdasim.model.calculator.CostCalculator;
import io.lambdasim.pricedata.PriceEditionLoader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop app: one window pricing the built-in example with the price editions bundled in the app, at today's
 * prices. Started by {@code io.lambdasim.app.Main} (a class path JavaFX app needs a launcher that is not an
 * {@code Application}).
 */
public final class LambdaSimApp extends Application {

    /** The window's first size: fits a 1366×768 screen with its task bar and title bar. */
    public static final double DEFAULT_WIDTH = 1200;
    public static final double DEFAULT_HEIGHT = 720;
    /** Below this the table's columns and the chart no longer fit. */
    public static final double MIN_WIDTH = 1040;
    public static final double MIN_HEIGHT = 560;

    private final Clock clock;

    public LambdaSimApp() {
        this(Clock.systemDefaultZone());
    }

    /** An app whose "today" (the date whose prices apply) comes from {@code clock}. */
    LambdaSimApp(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static void main(String[] args) {
        launch(LambdaSimApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        CostExample example = CostExample.loadDefault();
        CalculatorInput input = example.toInput(LocalDate.now(clock));
        show(stage, example.name(), example.story(), billOf(input));
    }

    /**
     * The bill of {@code input} priced with the bundled price editions; if they cannot be loaded, a view model that
     * says so (the window still opens).
     */
    static BillViewModel billOf(CalculatorInput input) {
        CostCalculator calculator;
        try {
            calculator = new CostCalculator(PriceEditionLoader.loadBundled());
        } catch (RuntimeException e) {
            return BillViewModel.unavailable(input, "the bundled price editions cannot be loaded: " + e.getMessage());
        }
        return new BillViewModel(calculator, input);
    }

    /** Puts the main window for {@code model} on {@code stage}, titled after {@code name}, and shows it. */
    static void show(Stage stage, String name, String story, BillViewModel model) {
        Scene scene = new Scene(new MainWindow(name, story, model).root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setTitle(windowTitle(name));
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.show();
    }

    /** {@code LambdaSim — Scalable HTTP API}. */
    static String windowTitle(String name) {
        return "LambdaSim — " + name;
    }
}
