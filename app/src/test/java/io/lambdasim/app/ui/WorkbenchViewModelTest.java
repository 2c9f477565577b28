package io.lambdasim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.app.examples.Gallery;
import io.lambdasim.app.examples.GalleryExample;
import io.lambdasim.app.project.ProjectStore;
import io.lambdasim.app.project.RecentFiles;
import io.lambdasim.app.ui.document.ScenarioDocument;
import io.lambdasim.app.ui.run.DirectTaskRunner;
import io.lambdasim.app.ui.run.RunViewModel;
import io.lambdasim.app.ui.workbench.WorkbenchViewModel;
import io.lambdasim.model.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchViewModelTest {

    @TempDir
    Path dir;

    private WorkbenchViewModel model(Path config) {
        GalleryExample example = Gallery.find("scheduled-job").orElseThrow();
        ScenarioDocument d = ScenarioDocument.open(ScenarioReader.bundled(), "examples/" + example.file(),
                example.text());
        return new WorkbenchViewModel(ScenarioReader.bundled(),
                new RunViewModel(new DirectTaskRunner(), 1, System::currentTimeMillis), d, new ProjectStore(config),
                RecentFiles.load(config));
    }

    private static void seed(ScenarioDocument d, long seed) {
        assertThat(d.edit("Change seed", t -> t.put("seed", seed))).isEmpty();
    }

    @Test
    void savingThenOpeningGivesTheSameProjectAndKeepsTheOldVersionAsBackup() throws IOException {
        WorkbenchViewModel m = model(dir.resolve("config"));
        seed(m.document(), 42);
        Path file = dir.resolve("job");
        assertThat(m.saveAs(file)).isEmpty();
        Path saved = dir.resolve("job.lsim");
        assertThat(m.fileProperty().get()).isEqualTo(saved);
        assertThat(m.document().dirtyProperty().get()).isFalse();
        assertThat(m.titleProperty().get()).isEqualTo("job.lsim — LambdaSim");

        seed(m.document(), 43);
        assertThat(m.save()).isEmpty();
        assertThat(ProjectStore.backupOf(saved)).exists();
        assertThat(Files.readString(ProjectStore.backupOf(saved))).contains("\"seed\" : 42");

        WorkbenchViewModel other = model(dir.resolve("config"));
        assertThat(other.open(saved)).isEmpty();
        assertThat(other.scenario()).isEqualTo(m.scenario());
        assertThat(other.scenario().seed()).isEqualTo(43);
        assertThat(other.recentFiles()).first().isEqualTo(saved);
    }

    @Test
    void aProjectFromANewerLambdaSimIsRefusedAndTheOpenProjectStays() throws IOException {
        WorkbenchViewModel m = model(dir.resolve("config"));
        Path newer = dir.resolve("newer.lsim");
        String text = "{\"format\": \"lambdasim-project/7\", \"scenario\": {}}";
        Files.writeString(newer, text, StandardCharsets.UTF_8);
        String before = m.document().json();

        assertThat(m.open(newer)).hasValueSatisfying(msg -> assertThat(msg).contains("newer.lsim").contains("7"));
        assertThat(m.document().json()).isEqualTo(before);
        assertThat(Files.readString(newer)).isEqualTo(text);
    }

    @Test
    void aBrokenFileIsRefusedWithItsLineAndAStrangerFileIsNamedAsSuch() throws IOException {
        WorkbenchViewModel m = model(dir.resolve("config"));
        Path broken = dir.resolve("broken.lsim");
        Files.writeString(broken, "{\n  \"format\": \"lambdasim-project/1\",\n  \"scenario\": {\n", StandardCharsets.UTF_8);
        assertThat(m.open(broken)).hasValueSatisfying(msg -> assertThat(msg).contains("broken.lsim"));
        Path csv = dir.resolve("metrics.json");
        Files.writeString(csv, "{\"MetricDataResults\": []}", StandardCharsets.UTF_8);
        assertThat(m.open(csv)).hasValueSatisfying(msg -> assertThat(msg).contains("not a LambdaSim project"));
    }

    @Test
    void aScenarioFileOpensAsANewProjectWithoutAFile() throws IOException {
        WorkbenchViewModel m = model(dir.resolve("config"));
        Path scenario = dir.resolve("s.json");
        Files.writeString(scenario, Gallery.defaultExample().text(), StandardCharsets.UTF_8);
        assertThat(m.open(scenario)).isEmpty();
        assertThat(m.fileProperty().get()).isNull();
        assertThat(m.scenario().name()).isEqualTo(Gallery.defaultExample().scenario().name());
        assertThat(m.save()).isPresent();
    }

    @Test
    void anAutosaveIsOfferedBackUnsavedAndGoesAwayOnSave() {
        Path config = dir.resolve("config");
        WorkbenchViewModel crashed = model(config);
        seed(crashed.document(), 77);
        crashed.autosave();

        WorkbenchViewModel next = model(config);
        ProjectStore.Recovery r = next.pendingRecovery().orElseThrow();
        assertThat(next.restore(r)).isEmpty();
        assertThat(next.scenario().seed()).isEqualTo(77);
        assertThat(next.document().dirtyProperty().get()).isTrue();
        assertThat(next.saveAs(dir.resolve("recovered.lsim"))).isEmpty();
        assertThat(next.pendingRecovery()).isEmpty();
    }

    @Test
    void nothingIsAutosavedWithoutChanges() {
        Path config = dir.resolve("config");
        model(config).autosave();
        assertThat(model(config).pendingRecovery()).isEmpty();
    }

    @Test
    void anEditedDesignChangesTheBillAfterARun() {
        WorkbenchViewModel m = model(dir.resolve("config"));
        m.runNow();
        String design = m.run().results().comparison().designs().get(0).name();
        var before = m.run().results().comparison().design(design).monthlyCostUsd();
        assertThat(m.document().edit("Double memory", t -> {
            ObjectNode f = (ObjectNode) t.get("functions").get(0);
            f.put("memory_mb", f.get("memory_mb").asInt() * 2);
        })).isEmpty();
        m.runNow();
        var after = m.run().results().comparison().design(design).monthlyCostUsd();
        assertThat(after).isNotEqualByComparingTo(before);
    }
}
