package io.lambdasim.pricedata.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Writes files so that a reader, or a crash, sees the old content or the new one, never half of either: the content
 * goes to a hidden temporary file next to the target ({@code .NAME…tmp}), is forced to the disk, then moved over the
 * target with {@link StandardCopyOption#ATOMIC_MOVE}. If writing the content fails, the temporary file is deleted and
 * the target is left as it was. Shared by every module that saves user files (scenarios, projects, settings).
 */
public final class AtomicFiles {

    /** What to write: called once with a stream to the temporary file (closing it is not needed). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Replaces {@code file} with {@code text} in UTF-8, atomically. The parent directory must exist. */
    public static void writeString(Path file, String text) throws IOException {
        Objects.requireNonNull(text, "text");
        write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Replaces {@code file} with what {@code content} writes, atomically. The parent directory must exist.
     *
     * @throws IOException              when the content or the move fails (the file is then unchanged), including
     *                                  {@link java.nio.file.AtomicMoveNotSupportedException} on file systems that
     *                                  cannot replace a file atomically
     * @throws RuntimeException         whatever {@code content} throws, after the temporary file is deleted
     */
    public static void write(Path file, Content content) throws IOException {
        write(file, null, content);
    }

    /**
     * Like {@link #write(Path, Content)}, and first keeps the current {@code file}, if there is one, as
     * {@code backup} (itself replaced atomically). The backup is taken only once the new content is safely on disk,
     * so a failing save leaves both the file and the previous backup as they were; at every moment {@code file} is
     * either the old version or the new one.
     */
    public static void writeWithBackup(Path file, Path backup, Content content) throws IOException {
        write(file, Objects.requireNonNull(backup, "backup"), content);
    }

    private static void write(Path file, Path backup, Content content) throws IOException {
        Objects.requireNonNull(content, "content");
        Path target = file.toAbsolutePath();
        Path tmp = temporaryNextTo(target);
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (backup != null && Files.exists(target)) {
                Path backupTarget = backup.toAbsolutePath();
                Path copy = temporaryNextTo(backupTarget);
                try {
                    Files.copy(target, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    Files.move(copy, backupTarget, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path temporaryNextTo(Path target) throws IOException {
        Path dir = target.getParent();
        return Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    }
}
