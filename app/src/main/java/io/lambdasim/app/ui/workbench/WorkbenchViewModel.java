package io.lambdasim.app.ui.workbench;

import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.app.ui.run.RunViewModel;
import io.lambdasim.model.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The workbench's state without its nodes: the document being edited, the file it lives in, the window title, and
 * the runs. Opening replaces the document only when the new one is valid: a bad file gets a message, and the open
 * project stays.
 */
public final class WorkbenchViewModel {

    private final ScenarioReader reader;
    private final RunViewModel run;
    private final ReadOnlyObjectWrapper<ScenarioDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final StringBinding title;

    public WorkbenchViewModel(ScenarioReader reader, RunViewModel run, ScenarioDocument initial) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.run = Objects.requireNonNull(run, "run");
        document.set(Objects.requireNonNull(initial, "initial"));
        title = Bindings.createStringBinding(this::computeTitle, document, file);
        document.addListener((o, was, now) -> title.invalidate());
        document.addListener((o, was, now) -> now.dirtyProperty().addListener((x, y, z) -> title.invalidate()));
        initial.dirtyProperty().addListener((x, y, z) -> title.invalidate());
    }

    public ReadOnlyObjectProperty<ScenarioDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ScenarioDocument document() {
        return document.get();
    }

    /** The file the document was opened from or saved to; null for a new or example document. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public RunViewModel run() {
        return run;
    }

    /** "API on Lambda — LambdaSim", with " *" after the name while there are unsaved changes. */
    public StringBinding titleProperty() {
        return title;
    }

    /** Runs the current scenario. */
    public void runNow() {
        run.run(document().scenario(), document().revisionProperty().get());
    }

    /**
     * Opens {@code text} as a new document named {@code source}, kept in {@code path} (null: not yet saved anywhere).
     *
     * @return the reason it cannot be opened (the current document stays), or empty
     */
    public Optional<String> openText(String source, String text, Path path) {
        ScenarioDocument next;
        try {
            next = ScenarioDocument.open(reader, source, text);
        } catch (IllegalArgumentException e) {   // ScenarioException included
            return Optional.of(e.getMessage());
        }
        run.cancel();
        document.set(next);
        file.set(path);
        return Optional.empty();
    }

    /** Opens the scenario file {@code path}; the reason it cannot be opened, or empty. */
    public Optional<String> open(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.of(path + ": cannot read: " + e.getMessage());
        }
        return openText(path.toString(), text, path);
    }

    /** Saves to the current file; the reason it failed, or empty. Needs a file ({@link #fileProperty()}). */
    public Optional<String> save() {
        Path p = file.get();
        if (p == null) {
            return Optional.of("the document has no file yet: use Save As");
        }
        return saveAs(p);
    }

    /** Saves to {@code path} atomically and makes it the document's file; the reason it failed, or empty. */
    public Optional<String> saveAs(Path path) {
        try {
            AtomicFiles.write(path, document().json());
        } catch (IOException e) {
            return Optional.of(path + ": cannot save: " + e.getMessage());
        }
        file.set(path);
        document().markSaved(path.toString());
        title.invalidate();
        return Optional.empty();
    }

    private String computeTitle() {
        ScenarioDocument d = document.get();
        String name = d.scenario().name();
        return name + (d.dirtyProperty().get() ? " *" : "") + " — LambdaSim";
    }
}
