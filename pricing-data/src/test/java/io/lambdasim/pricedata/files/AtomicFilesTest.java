package io.lambdasim.pricedata.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesANewFileAndReplacesAnExistingOne() throws IOException {
        Path file = dir.resolve("a.json");
        AtomicFiles.writeString(file, "first");
        AtomicFiles.writeString(file, "second é");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("second é");
        assertThat(names()).containsExactly("a.json");
    }

    @Test
    void aContentThatFailsHalfwayLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("a.json");
        AtomicFiles.writeString(file, "old content");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("new cont".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("serialiser failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("serialiser failed");
        assertThat(Files.readString(file)).isEqualTo("old content");
        assertThat(names()).containsExactly("a.json");
    }

    @Test
    void theBackupKeepsThePreviousVersion() throws IOException {
        Path file = dir.resolve("p.lsim");
        Path backup = dir.resolve("p.lsim.bak");
        AtomicFiles.writeWithBackup(file, backup, out -> out.write('1'));
        assertThat(backup).doesNotExist();
        AtomicFiles.writeWithBackup(file, backup, out -> out.write('2'));
        AtomicFiles.writeWithBackup(file, backup, out -> out.write('3'));
        assertThat(Files.readString(file)).isEqualTo("3");
        assertThat(Files.readString(backup)).isEqualTo("2");
    }

    @Test
    void aFailedSaveTouchesNeitherTheFileNorItsBackup() throws IOException {
        Path file = dir.resolve("p.lsim");
        Path backup = dir.resolve("p.lsim.bak");
        AtomicFiles.writeWithBackup(file, backup, out -> out.write('1'));
        AtomicFiles.writeWithBackup(file, backup, out -> out.write('2'));
        assertThatThrownBy(() -> AtomicFiles.writeWithBackup(file, backup, out -> {
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("2");
        assertThat(Files.readString(backup)).isEqualTo("1");
        assertThat(names()).containsExactly("p.lsim", "p.lsim.bak");
    }

    private Stream<String> namesStream() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString()).sorted();
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<String> s = namesStream()) {
            return s.toList();
        }
    }
}
