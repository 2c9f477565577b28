package io.lambdasim.app.project;

import io.lambdasim.app.examples.GalleryExample;
import io.lambdasim.model.scenario.Scenario;
import java.util.Objects;
import java.util.Optional;

/**
 * A LambdaSim project: the workload and the designs (a {@link Scenario}), the window's settings, and the summary of
 * the last results. Saved as a project file ({@code docs/project-format.md}) by {@link ProjectStore}.
 */
public record Project(Scenario scenario, ProjectSettings settings, Optional<ResultsSummary> lastResults) {

    public Project {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(lastResults, "lastResults");
    }

    /** A new project on {@code scenario}, with default settings and no results yet. */
    public static Project of(Scenario scenario) {
        return new Project(scenario, ProjectSettings.DEFAULT, Optional.empty());
    }

    /** A new, unsaved project from an example of the gallery (File → New from example). */
    public static Project fromExample(GalleryExample example) {
        return of(example.scenario());
    }

    public Project withScenario(Scenario s) {
        return new Project(s, settings, lastResults);
    }

    public Project withSettings(ProjectSettings s) {
        return new Project(scenario, s, lastResults);
    }

    public Project withResults(ResultsSummary r) {
        return new Project(scenario, settings, Optional.of(r));
    }
}
