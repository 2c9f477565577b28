package io.lambdasim.app.ui.views;

import io.lambdasim.app.examples.Gallery;
import io.lambdasim.app.ui.run.DirectTaskRunner;
import io.lambdasim.app.ui.run.RunResults;
import io.lambdasim.app.ui.run.RunViewModel;
import io.lambdasim.model.scenario.Scenario;

/** The default example run once by the engine, shared by the views' tests (it takes a second or two). */
final class ExampleRun {

    private static RunResults results;

    private ExampleRun() {
    }

    static synchronized RunResults results() {
        if (results == null) {
            results = run(Gallery.defaultExample().scenario());
        }
        return results;
    }

    static RunResults run(Scenario scenario) {
        RunViewModel run = new RunViewModel(new DirectTaskRunner(), 1, () -> 0L);
        run.run(scenario, 0);
        if (run.results() == null) {
            throw new IllegalStateException("the run failed: " + run.errorProperty().get());
        }
        return run.results();
    }
}
