package io.lambdasim.app.project;

import io.lambdasim.pricedata.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens and saves project files, and keeps an autosave for recovery after a crash.
 *
 * <ul>
 *   <li>{@link #load(Path)} never writes anything: a project that cannot be read (malformed, another or a newer
 *       format) gives a {@link ProjectException} with a one-line message, and its file stays as it is.</li>
 *   <li>{@link #save(Project, Path)} writes atomically (a temporary file, then a move) and keeps the previous version
 *       as {@code NAME.lsim.bak}.</li>
 *   <li>{@link #autosave(Project, Path)} writes the project to {@code recovery/autosave.lsim} in the configuration
 *       directory; {@link #findRecovery()} offers it back at the next start and {@link #discardRecovery()} removes it
 *       (after a normal save or close).</li>
 * </ul>
 */
public final class ProjectStore {

    /** The file name of the autosave, in {@link #recoveryDirectory()}. */
    public static final String AUTOSAVE = "autosave" + ProjectFormat.EXTENSION;
    /** The file beside the autosave naming the project file it belongs to (absent for an unsaved project). */
    public static final String AUTOSAVE_ORIGIN = "autosave-origin.txt";

    private final Path configDirectory;

    /** A store keeping its recovery file under {@code configDirectory} (see {@link ConfigDirectory}). */
    public ProjectStore(Path configDirectory) {
        this.configDirectory = Objects.requireNonNull(configDirectory, "configDirectory");
    }

    /** A store in the current user's configuration directory. */
    public static ProjectStore forCurrentUser() {
        return new ProjectStore(ConfigDirectory.forCurrentUser());
    }

    public Path recoveryDirectory() {
        return configDirectory.resolve("recovery");
    }

    /** The backup that {@link #save} keeps of {@code file}'s previous version: {@code NAME.lsim.bak}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** {@code file} with the project extension added if it has none (for Save As). */
    public static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(ProjectFormat.EXTENSION) ? file
                : file.resolveSibling(name + ProjectFormat.EXTENSION);
    }

    /**
     * Reads the project file {@code file}; errors name it as given.
     *
     * @throws ProjectException with file, line and field for anything that keeps it from opening
     */
    public Project load(Path file) {
        return ProjectFormat.read(file.toString(), readText(file, file.toString()));
    }

    /**
     * Saves {@code project} to {@code file} atomically, keeping the file's previous version as
     * {@link #backupOf(Path) NAME.lsim.bak}. If anything fails, the file and its backup are as they were.
     *
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public void save(Project project, Path file) {
        save(file, project, ProjectFormat::toJson);
    }

    /** {@link #save(Project, Path)} with another serialiser: lets tests make it fail halfway. */
    void save(Path file, Project project, java.util.function.Function<Project, String> serialiser) {
        Objects.requireNonNull(project, "project");
        try {
            AtomicFiles.writeWithBackup(file, backupOf(file), out -> {
                String text = serialiser.apply(project);
                out.write(text.getBytes(StandardCharsets.UTF_8));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code project} to the recovery file, atomically, remembering {@code projectFile} (null for a project
     * never saved) so that recovery can offer it back under its name.
     */
    public void autosave(Project project, Path projectFile) {
        Path dir = recoveryDirectory();
        try {
            Files.createDirectories(dir);
            AtomicFiles.writeString(dir.resolve(AUTOSAVE), ProjectFormat.toJson(project));
            Path origin = dir.resolve(AUTOSAVE_ORIGIN);
            if (projectFile == null) {
                Files.deleteIfExists(origin);
            } else {
                AtomicFiles.writeString(origin, projectFile.toAbsolutePath().normalize() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot autosave to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The autosave left by a session that did not end normally, if there is one. A recovery file that cannot be
     * read is reported as such, not thrown: the app can tell the user and discard it.
     */
    public Optional<Recovery> findRecovery() {
        Path file = recoveryDirectory().resolve(AUTOSAVE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<Path> origin = Optional.empty();
        Path originFile = recoveryDirectory().resolve(AUTOSAVE_ORIGIN);
        Instant savedAt;
        try {
            savedAt = Files.getLastModifiedTime(file).toInstant();
            if (Files.isRegularFile(originFile)) {
                String o = Files.readString(originFile, StandardCharsets.UTF_8).strip();
                origin = o.isEmpty() ? Optional.empty() : Optional.of(Path.of(o));
            }
        } catch (IOException | RuntimeException e) {
            savedAt = Instant.EPOCH;
        }
        try {
            // Read under the original name when known, so that relative trace paths resolve as in the project file.
            String source = origin.map(Path::toString).orElse(file.toString());
            Project project = ProjectFormat.read(source, readText(file, file.toString()));
            return Optional.of(new Recovery(file, origin, savedAt, Optional.of(project), Optional.empty()));
        } catch (ProjectException e) {
            return Optional.of(new Recovery(file, origin, savedAt, Optional.empty(), Optional.of(e.getMessage())));
        }
    }

    /** Deletes the recovery file (after a save, a normal close, or when the user declines it). */
    public void discardRecovery() {
        try {
            Files.deleteIfExists(recoveryDirectory().resolve(AUTOSAVE));
            Files.deleteIfExists(recoveryDirectory().resolve(AUTOSAVE_ORIGIN));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the recovery file in " + recoveryDirectory(), e);
        }
    }

    /**
     * An autosave found at start-up.
     *
     * @param file        the recovery file
     * @param projectFile the project file it is an autosave of (empty for a project never saved)
     * @param savedAt     when it was written
     * @param project     the project, when the file could be read
     * @param problem     why it could not be read, otherwise
     */
    public record Recovery(Path file, Optional<Path> projectFile, Instant savedAt, Optional<Project> project,
                           Optional<String> problem) {
    }

    private static String readText(Path file, String name) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ProjectException(name, 0, "", "no such file", e);
        } catch (CharacterCodingException e) {
            throw new ProjectException(name, 0, "", "not UTF-8 text: not a LambdaSim project", e);
        } catch (IOException e) {
            throw new ProjectException(name, 0, "", "cannot read: " + e.getMessage(), e);
        }
    }
}
