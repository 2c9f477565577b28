package io.lambdasim.app.ui.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdasim.app.about.Version;
import io.lambdasim.app.examples.GalleryExample;
import io.lambdasim.app.project.Project;
import io.lambdasim.app.project.ProjectFormat;
import io.lambdasim.app.project.ProjectSettings;
import io.lambdasim.app.project.ProjectStore;
import io.lambdasim.app.project.RecentFiles;
import io.lambdasim.app.project.ResultsSummary;
import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.app.ui.run.RunResults;
import io.lambdasim.app.ui.run.RunViewModel;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.model.scenario.ScenarioReader;
import io.lambdasim.model.scenario.ScenarioWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The workbench's state without its nodes: the project being edited (its scenario document, its file, its window
 * settings), the recent files, autosave and recovery, and the runs.
 *
 * <p>Opening replaces the document only when the file is a valid project or scenario: a bad or newer file gets a
 * message naming file, line and field, and the open project stays (and the bad file is never written). Saves are
 * atomic and keep the previous version as {@code NAME.lsim.bak} ({@link ProjectStore}).
 */
public final class WorkbenchViewModel {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ScenarioReader reader;
    private final RunViewModel run;
    private final ProjectStore store;
    private final RecentFiles recent;
    private final ReadOnlyObjectWrapper<ScenarioDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final StringBinding title;
    private ProjectSettings settings = ProjectSettings.DEFAULT;

    /**
     * @param store  saves projects and keeps the autosave (tests give one on a temporary directory)
     * @param recent the recent-files list
     */
    public WorkbenchViewModel(ScenarioReader reader, RunViewModel run, ScenarioDocument initial, ProjectStore store,
                              RecentFiles recent) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.run = Objects.requireNonNull(run, "run");
        this.store = Objects.requireNonNull(store, "store");
        this.recent = Objects.requireNonNull(recent, "recent");
        document.set(Objects.requireNonNull(initial, "initial"));
        title = Bindings.createStringBinding(this::computeTitle, document, file);
        initial.dirtyProperty().addListener((x, y, z) -> title.invalidate());
        document.addListener((o, was, now) -> now.dirtyProperty().addListener((x, y, z) -> title.invalidate()));
        recentFiles.setAll(recent.files());
    }

    public ReadOnlyObjectProperty<ScenarioDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ScenarioDocument document() {
        return document.get();
    }

    /** The project file; null for a project not saved yet (an example, a new project, an opened scenario). */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public RunViewModel run() {
        return run;
    }

    /** Recent project files, most recent first (missing ones pruned). */
    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public ProjectSettings settings() {
        return settings;
    }

    public void setSettings(ProjectSettings s) {
        settings = Objects.requireNonNull(s, "s");
    }

    /** "API on Lambda — LambdaSim", with " *" after the name while there are unsaved changes. */
    public StringBinding titleProperty() {
        return title;
    }

    /** Runs the current scenario. */
    public void runNow() {
        run.run(document().scenario(), document().revisionProperty().get());
    }

    /** A new, unsaved project from a gallery example. */
    public void newFromExample(GalleryExample example) {
        replace(ScenarioDocument.open(reader, "examples/" + example.file(), example.text()), null,
                ProjectSettings.DEFAULT);
    }

    /**
     * Opens a project ({@code .lsim}) or a scenario file ({@code lambdasim-scenario/1} JSON, which becomes a new
     * project to save), telling them apart by their {@code format}.
     *
     * @return the reason it cannot be opened (the current project stays, the file is not touched), or empty
     */
    public Optional<String> open(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.of(path + ": cannot read: " + e.getMessage());
        }
        String format = formatOf(text);
        try {
            if (format.startsWith("lambdasim-project/") || path.toString().endsWith(ProjectFormat.EXTENSION)) {
                Project p = ProjectFormat.read(path.toString(), text);
                ScenarioDocument d = ScenarioDocument.open(reader, path.toString(),
                        ScenarioWriter.bundled().json(p.scenario()));
                replace(d, path, p.settings());
                remember(path);
            } else if (format.startsWith("lambdasim-scenario/")) {
                replace(ScenarioDocument.open(reader, path.toString(), text), null, ProjectSettings.DEFAULT);
            } else {
                return Optional.of(path + ": not a LambdaSim project or scenario (no \"format\": "
                        + "\"lambdasim-project/1\" or \"lambdasim-scenario/1\"); to use traffic data, import it "
                        + "(File → Import Traffic)");
            }
        } catch (IllegalArgumentException e) {   // ProjectException and ScenarioException name file, line, field
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }

    /** Saves to the project file; the reason it failed, or empty. Needs a file ({@link #fileProperty()}). */
    public Optional<String> save() {
        Path p = file.get();
        if (p == null) {
            return Optional.of("the project has no file yet: use Save As");
        }
        return saveAs(p);
    }

    /**
     * Saves to {@code path} (the {@code .lsim} extension added if missing) atomically, keeping the previous version
     * as a backup, and makes it the project's file; the reason it failed, or empty.
     */
    public Optional<String> saveAs(Path path) {
        Path target = ProjectStore.withExtension(path);
        try {
            store.save(project(), target);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        file.set(target);
        document().markSaved(target.toString());
        remember(target);
        discardRecovery();
        title.invalidate();
        return Optional.empty();
    }

    /** The project as it would be saved: the scenario, the window's settings, the last results' summary. */
    public Project project() {
        Project p = Project.of(document().scenario()).withSettings(settings);
        RunResults r = run.results();
        if (r != null && r.scenario().equals(document().scenario())) {
            p = p.withResults(ResultsSummary.of(r.comparison(), Version.get()));
        }
        return p;
    }

    /** Writes the recovery file if there are unsaved changes (called every so often). */
    public void autosave() {
        if (document().dirtyProperty().get()) {
            try {
                store.autosave(project(), file.get());
            } catch (UncheckedIOException e) {
                // The next autosave tries again; the user's own files are untouched.
            }
        }
    }

    /** The autosave of a session that did not end normally, if any. */
    public Optional<ProjectStore.Recovery> pendingRecovery() {
        return store.findRecovery();
    }

    /** Opens a recovered project, unsaved, under its original file if it had one. */
    public Optional<String> restore(ProjectStore.Recovery r) {
        if (r.project().isEmpty()) {
            return Optional.of(r.problem().orElse("the recovery file cannot be read"));
        }
        Project p = r.project().get();
        String source = r.projectFile().map(Path::toString).orElse(r.file().toString());
        try {
            ScenarioDocument d = ScenarioDocument.open(reader, source, ScenarioWriter.bundled().json(p.scenario()));
            d.markUnsaved();
            replace(d, r.projectFile().orElse(null), p.settings());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }

    /** Deletes the recovery file (after a save, a normal close, or when the user declines it). */
    public void discardRecovery() {
        try {
            store.discardRecovery();
        } catch (UncheckedIOException e) {
            // Nothing to lose: a stale recovery file is offered again and can be declined.
        }
    }

    /** The scenario being edited. */
    public Scenario scenario() {
        return document().scenario();
    }

    private void replace(ScenarioDocument d, Path path, ProjectSettings s) {
        run.cancel();
        settings = s;
        file.set(path);
        document.set(d);
        title.invalidate();
    }

    private void remember(Path path) {
        try {
            recent.add(path);
        } catch (UncheckedIOException e) {
            // The list is a convenience: failing to store it must not fail an open or a save.
        }
        recentFiles.setAll(recent.files());
    }

    /** Forgets a recent file that could not be opened. */
    public void forget(Path path) {
        try {
            recent.remove(path);
        } catch (UncheckedIOException e) {
            // as in remember
        }
        recentFiles.setAll(recent.files());
    }

    /** Whether {@code path} is a project or a scenario file (else it is traffic data to import). */
    public static boolean isProjectOrScenario(Path path) {
        if (path.toString().toLowerCase(java.util.Locale.ROOT).endsWith(ProjectFormat.EXTENSION)) {
            return true;
        }
        try {
            if (Files.size(path) > 50_000_000) {
                return false;
            }
            String format = formatOf(Files.readString(path, StandardCharsets.UTF_8));
            return format.startsWith("lambdasim-project/") || format.startsWith("lambdasim-scenario/");
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static String formatOf(String text) {
        try {
            JsonNode root = MAPPER.readTree(text);
            return root != null && root.path("format").isTextual() ? root.get("format").asText() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private String computeTitle() {
        ScenarioDocument d = document.get();
        String name = file.get() != null ? file.get().getFileName().toString() : d.scenario().name();
        return name + (d.dirtyProperty().get() ? " *" : "") + " — LambdaSim";
    }

    /** For the recent-files menu: file names, most recent first. */
    public List<Path> recentSnapshot() {
        return List.copyOf(recentFiles);
    }
}
