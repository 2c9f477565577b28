package io.lambdasim.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.pricedata.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The File → Open Recent list: most recent first, each file once, at most {@link #MAX} of them, files that no longer
 * exist left out. Kept in {@code recent-files.json} in the configuration directory, written atomically after each
 * change. A missing or unreadable list is an empty one (it is a convenience, never a reason to fail).
 */
public final class RecentFiles {

    /** The most files the list keeps. */
    public static final int MAX = 10;
    /** The list's file name in the configuration directory. */
    public static final String FILE_NAME = "recent-files.json";
    static final String FORMAT = "lambdasim-recent-files/1";

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path file;
    private final List<Path> files = new ArrayList<>();

    private RecentFiles(Path file) {
        this.file = file;
    }

    /** The list kept in {@code configDirectory}, read from its file if there is one. */
    public static RecentFiles load(Path configDirectory) {
        RecentFiles r = new RecentFiles(Objects.requireNonNull(configDirectory, "configDirectory").resolve(FILE_NAME));
        r.read();
        return r;
    }

    /** The files, most recent first, without those that no longer exist. */
    public List<Path> files() {
        return files.stream().filter(Files::isRegularFile).toList();
    }

    /** Puts {@code opened} first (moving it if it is already listed), drops the oldest beyond {@link #MAX}, saves. */
    public void add(Path opened) {
        Path p = normal(opened);
        files.remove(p);
        files.add(0, p);
        prune();
        write();
    }

    /** Takes {@code path} off the list (the user asked, or it failed to open) and saves. */
    public void remove(Path path) {
        if (files.remove(normal(path))) {
            write();
        }
    }

    private void prune() {
        files.removeIf(p -> !Files.isRegularFile(p));
        while (files.size() > MAX) {
            files.remove(files.size() - 1);
        }
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private void read() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            if (root == null || !FORMAT.equals(root.path("format").asText()) || !root.path("files").isArray()) {
                return;
            }
            for (JsonNode n : root.get("files")) {
                if (n.isTextual()) {
                    try {
                        Path p = normal(Path.of(n.asText()));
                        if (!files.contains(p)) {
                            files.add(p);
                        }
                    } catch (InvalidPathException e) {
                        // a path of another system: skip it
                    }
                }
            }
            prune();
        } catch (IOException e) {
            files.clear();
        }
    }

    private void write() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode a = root.putArray("files");
        files.forEach(p -> a.add(p.toString()));
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.writeString(file, MAPPER.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the recent files to " + file + ": " + e.getMessage(), e);
        }
    }
}
