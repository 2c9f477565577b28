package io.lambdasim.app.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @TempDir
    Path dir;

    private Path project(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "{}");
    }

    @Test
    void theMostRecentComesFirstAndEachFileOnce() throws IOException {
        Path a = project("a.lsim");
        Path b = project("b.lsim");
        RecentFiles recent = RecentFiles.load(dir.resolve("config"));
        recent.add(a);
        recent.add(b);
        recent.add(dir.resolve("sub").resolve("..").resolve("a.lsim"));
        assertThat(recent.files()).containsExactly(a.toAbsolutePath(), b.toAbsolutePath());
    }

    @Test
    void atMostTenAreKeptTheOldestDropped() throws IOException {
        RecentFiles recent = RecentFiles.load(dir.resolve("config"));
        List<Path> opened = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path p = project("p" + i + ".lsim");
            opened.add(p.toAbsolutePath());
            recent.add(p);
        }
        assertThat(recent.files()).hasSize(10).first().isEqualTo(opened.get(11));
        assertThat(recent.files()).last().isEqualTo(opened.get(2));
    }

    @Test
    void theListSurvivesARestartWithoutTheFilesThatAreGone() throws IOException {
        Path a = project("a.lsim");
        Path b = project("b.lsim");
        RecentFiles recent = RecentFiles.load(dir.resolve("config"));
        recent.add(a);
        recent.add(b);
        Files.delete(a);
        RecentFiles again = RecentFiles.load(dir.resolve("config"));
        assertThat(again.files()).containsExactly(b.toAbsolutePath());
        assertThat(Files.readString(dir.resolve("config").resolve(RecentFiles.FILE_NAME)))
                .contains("lambdasim-recent-files/1");
        again.remove(b);
        assertThat(RecentFiles.load(dir.resolve("config")).files()).isEmpty();
    }

    @Test
    void anUnreadableListIsAnEmptyOne() throws IOException {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config").resolve(RecentFiles.FILE_NAME), "{ not json");
        assertThat(RecentFiles.load(dir.resolve("config")).files()).isEmpty();
    }

    @Test
    void theConfigDirectoryFollowsEachSystemsConvention() {
        Path home = Path.of("/home/ana");
        assertThat(ConfigDirectory.of("Linux", home, Map.of())).isEqualTo(Path.of("/home/ana/.config/lambdasim"));
        assertThat(ConfigDirectory.of("Linux", home, Map.of("XDG_CONFIG_HOME", "/xdg")))
                .isEqualTo(Path.of("/xdg/lambdasim"));
        assertThat(ConfigDirectory.of("Linux", home, Map.of("XDG_CONFIG_HOME", "relative")))
                .isEqualTo(Path.of("/home/ana/.config/lambdasim"));
        assertThat(ConfigDirectory.of("Mac OS X", home, Map.of()))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/LambdaSim"));
        assertThat(ConfigDirectory.of("Windows 11", home, Map.of("APPDATA", "/appdata")))
                .isEqualTo(Path.of("/appdata/LambdaSim"));
    }
}
