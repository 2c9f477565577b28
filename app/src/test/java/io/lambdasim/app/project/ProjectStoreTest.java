package io.lambdasim.app.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.app.examples.Gallery;
import io.lambdasim.model.capacity.LambdaSimulation;
import io.lambdasim.workload.trace.InvocationRecord;
import io.lambdasim.workload.trace.InvocationStatus;
import io.lambdasim.workload.trace.TraceWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreTest {

    private static Project project;

    @TempDir
    Path dir;

    @BeforeAll
    static void openTheDefaultExample() {
        project = Project.fromExample(Gallery.defaultExample())
                .withSettings(ProjectSettings.DEFAULT.withSelectedDesign("lambda-arm64-512mb")
                        .withView(ProjectSettings.View.BREAKEVEN).withPaperSize(ProjectSettings.PaperSize.LETTER))
                .withResults(new ResultsSummary("0.1.0-TEST", 42, 1, List.of(
                        new DesignSummary("lambda-arm64-1gb", "lambda", new BigDecimal("41.82"), 605.7,
                                OptionalDouble.of(0.00008)),
                        new DesignSummary("ec2-m7g-large-alb", "ec2", new BigDecimal("138.4"), 605.2,
                                OptionalDouble.empty()))));
    }

    private ProjectStore store() {
        return new ProjectStore(dir.resolve("config"));
    }

    @Test
    void aSavedProjectLoadsBackEqual() {
        Path file = dir.resolve("shop.lsim");
        store().save(project, file);
        Project back = store().load(file);
        assertThat(back).isEqualTo(project);
        assertThat(back.lastResults().orElseThrow().designs().get(1).monthlyCostUsd()).isEqualByComparingTo("138.40");
        assertThat(Project.of(project.scenario()).settings()).isEqualTo(ProjectSettings.DEFAULT);
    }

    @Test
    void theFileIsAProjectAroundAScenarioInTheScenarioFormat() throws IOException {
        Path file = dir.resolve("shop.lsim");
        store().save(project, file);
        String text = Files.readString(file);
        assertThat(text).startsWith("{").contains("\"format\" : \"lambdasim-project/1\"")
                .contains("\"format\" : \"lambdasim-scenario/1\"").contains("\"view\" : \"breakeven\"")
                .contains("\"paper_size\" : \"letter\"").contains("\"monthly_cost_usd\" : 138.40")
                .contains("\"lambdasim_version\" : \"0.1.0-TEST\"");
        // a fleet has no cold starts: the field is left out rather than written as 0
        assertThat(text.split("\"cold_start_share\"", -1)).hasSize(2);
    }

    @Test
    void savingKeepsThePreviousVersionAsABackup() throws IOException {
        Path file = dir.resolve("shop.lsim");
        store().save(project, file);
        String first = Files.readString(file);
        Project changed = project.withSettings(project.settings().withView(ProjectSettings.View.CAPACITY));
        store().save(changed, file);
        assertThat(ProjectStore.backupOf(file)).hasFileName("shop.lsim.bak");
        assertThat(Files.readString(ProjectStore.backupOf(file))).isEqualTo(first);
        assertThat(store().load(file)).isEqualTo(changed);
        assertThat(store().load(ProjectStore.backupOf(file))).isEqualTo(project);
    }

    @Test
    void aSerialiserThatFailsHalfwayLeavesTheFileAndItsBackupIntact() throws IOException {
        Path file = dir.resolve("shop.lsim");
        store().save(project, file);
        store().save(project.withSettings(ProjectSettings.DEFAULT), file);
        String current = Files.readString(file);
        String backup = Files.readString(ProjectStore.backupOf(file));
        assertThatThrownBy(() -> store().save(file, project, p -> {
            throw new IllegalStateException("serialiser broke halfway");
        })).hasMessage("serialiser broke halfway");
        assertThat(Files.readString(file)).isEqualTo(current);
        assertThat(Files.readString(ProjectStore.backupOf(file))).isEqualTo(backup);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("shop.lsim",
                    "shop.lsim.bak");
        }
    }

    @Test
    void aSaveIntoAMissingDirectoryFailsNamingTheFile() {
        Path file = dir.resolve("no-such-dir").resolve("shop.lsim");
        assertThatThrownBy(() -> store().save(project, file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot save " + file);
    }

    @Test
    void aProjectFromANewerLambdaSimIsRefusedNamingBothVersionsAndLeftAsItIs() throws IOException {
        Path file = dir.resolve("future.lsim");
        String text = "{\n  \"format\": \"lambdasim-project/2\",\n  \"scenario\": {},\n  \"timeline\": []\n}\n";
        Files.writeString(file, text);
        assertThatThrownBy(() -> store().load(file)).isInstanceOf(ProjectException.class)
                .hasMessage(file + ":2: format: this project was saved by a newer LambdaSim in format "
                        + "lambdasim-project/2; this version reads lambdasim-project/1 only: open it with a newer "
                        + "LambdaSim (the file is left as it is)");
        assertThat(Files.readString(file)).isEqualTo(text);
        assertThat(ProjectStore.backupOf(file)).doesNotExist();
    }

    @Test
    void malformedJsonIsReportedAtItsLine() throws IOException {
        Path file = dir.resolve("broken.lsim");
        Files.writeString(file, "{\n  \"format\": \"lambdasim-project/1\",\n  \"scenario\": {\n    \"name\" \"x\"\n");
        assertThatThrownBy(() -> store().load(file)).isInstanceOf(ProjectException.class)
                .hasMessageStartingWith(file + ":4: malformed JSON: ")
                .satisfies(e -> assertThat(((ProjectException) e).line()).isEqualTo(4));
    }

    @Test
    void aBadScenarioValueIsReportedWithItsProjectPathAndLine() throws IOException {
        Path file = dir.resolve("shop.lsim");
        store().save(project, file);
        String text = Files.readString(file).replaceFirst("\"memory_mb\" : 1024", "\"memory_mb\" : 20000");
        Files.writeString(file, text);
        int line = lineOf(text, "20000");
        assertThatThrownBy(() -> store().load(file)).isInstanceOf(ProjectException.class)
                .hasMessage(file + ":" + line + ": scenario.functions[0].memory_mb: 20000 is outside 128 to 10,240 MB");
    }

    @Test
    void badSettingsAndResultsAreReportedWithTheirPathAndLine() throws IOException {
        Path file = dir.resolve("shop.lsim");
        store().save(project, file);
        String saved = Files.readString(file);
        String badView = saved.replace("\"view\" : \"breakeven\"", "\"view\" : \"charts\"");
        Files.writeString(file, badView);
        assertThatThrownBy(() -> store().load(file)).hasMessage(file + ":" + lineOf(badView, "charts")
                + ": settings.view: \"charts\" is not a view (cost, capacity, latency, compare, breakeven, "
                + "recommendations)");
        String badCost = saved.replace("138.40", "138.405");
        Files.writeString(file, badCost);
        assertThatThrownBy(() -> store().load(file)).hasMessage(file + ":" + lineOf(badCost, "138.405")
                + ": last_results.designs[1].monthly_cost_usd: 138.405 is not an amount in dollars and whole cents "
                + ">= 0");
        String unknown = saved.replace("\"settings\" : {", "\"setings\" : {");
        Files.writeString(file, unknown);
        assertThatThrownBy(() -> store().load(file)).hasMessage(file + ":" + lineOf(unknown, "setings")
                + ": setings: unknown field (expected one of format, last_results, scenario, settings)");
    }

    @Test
    void aScenarioFileIsNotTakenForAProject() {
        Path file = Path.of("..", "examples", "http-api.json");
        assertThatThrownBy(() -> store().load(file)).hasMessage(file + ":2: format: this is a scenario file "
                + "(lambdasim-scenario/1), not a project: open it as a scenario, or save it as a project first");
    }

    @Test
    void aMissingFileIsAOneLineError() {
        Path file = dir.resolve("none.lsim");
        assertThatThrownBy(() -> store().load(file)).isInstanceOf(ProjectException.class)
                .hasMessage(file + ": no such file");
    }

    @Test
    void theAutosaveIsFoundAfterACrashAndGoneOnceDiscarded() {
        ProjectStore store = store();
        assertThat(store.findRecovery()).isEmpty();
        Path original = dir.resolve("shop.lsim");
        store.autosave(project, original);
        ProjectStore nextStart = store();
        ProjectStore.Recovery r = nextStart.findRecovery().orElseThrow();
        assertThat(r.file()).isEqualTo(dir.resolve("config").resolve("recovery").resolve("autosave.lsim"));
        assertThat(r.projectFile()).contains(original.toAbsolutePath().normalize());
        assertThat(r.project()).contains(project);
        assertThat(r.problem()).isEmpty();
        nextStart.discardRecovery();
        assertThat(nextStart.findRecovery()).isEmpty();
        assertThat(original).doesNotExist();
    }

    @Test
    void anUnsavedProjectIsRecoveredWithoutAName() {
        store().autosave(project, dir.resolve("old.lsim"));
        store().autosave(project, null);
        assertThat(store().findRecovery().orElseThrow().projectFile()).isEmpty();
    }

    @Test
    void aBrokenAutosaveIsOfferedAsAProblemNotThrown() throws IOException {
        store().autosave(project, null);
        Files.writeString(store().recoveryDirectory().resolve(ProjectStore.AUTOSAVE), "{\"format\": ");
        ProjectStore.Recovery r = store().findRecovery().orElseThrow();
        assertThat(r.project()).isEmpty();
        assertThat(r.problem()).hasValueSatisfying(p -> assertThat(p).contains("malformed JSON"));
    }

    @Test
    void saveAsAddsTheExtensionWhenMissing() {
        assertThat(ProjectStore.withExtension(Path.of("a", "shop"))).isEqualTo(Path.of("a", "shop.lsim"));
        assertThat(ProjectStore.withExtension(Path.of("shop.LSIM"))).isEqualTo(Path.of("shop.LSIM"));
    }

    @Test
    void theSummaryOfAComparisonKeepsCentsP99AndColdStartsOfLambdaOnly() {
        var c = io.lambdasim.model.compare.DesignComparison.run(
                io.lambdasim.model.scenario.ScenarioReader.read(Path.of("..", "examples", "scheduled-job.json")), 2);
        ResultsSummary s = ResultsSummary.of(c, "9.9");
        assertThat(s.seed()).isEqualTo(5);
        assertThat(s.designs()).extracting(DesignSummary::name).containsExactly("lambda-arm64-1gb",
                "lambda-arm64-512mb", "ec2-t4g-small-worker");
        assertThat(s.designs().get(0).coldStartShare()).isPresent();
        assertThat(s.designs().get(2).coldStartShare()).isEmpty();
        assertThat(s.designs()).allSatisfy(d -> assertThat(d.monthlyCostUsd().scale()).isEqualTo(2));
        assertThat(s.designs().get(2).monthlyCostUsd()).isEqualByComparingTo(c.designs().get(2).monthlyCostUsd());
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(ch -> ch == '\n').count() + 1;
    }

    @Test
    void textIsUtf8() throws IOException {
        Path file = dir.resolve("latin1.lsim");
        Files.write(file, "{\"format\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> store().load(file)).hasMessage(file + ": not UTF-8 text: not a LambdaSim project");
    }

    @Test
    void aTraceNamedRelativelyIsFoundNextToTheProjectFileAlsoWhenRecovered() throws Exception {
        Path projects = Files.createDirectories(dir.resolve("projects").resolve("traces")).getParent();
        try (TraceWriter w = TraceWriter.to(projects.resolve("traces").resolve("api.lstrace")).open()) {
            for (int i = 0; i < 7; i++) {
                w.invocation(new InvocationRecord(1_772_409_600_000_000L + i * 1_000_000L, "api", 5_000, -1, -1, -1,
                        -1, 512, -1, InvocationStatus.SUCCESS, null, null));
            }
            w.commit();
        }
        Path file = projects.resolve("traced.lsim");
        Files.writeString(file, """
                {"format": "lambdasim-project/1",
                 "scenario": {"format": "lambdasim-scenario/1", "name": "t", "horizon": "1h",
                   "functions": [{"name": "api", "duration": "const:10ms",
                                  "arrivals": {"type": "trace", "file": "traces/api.lstrace"}}]}}
                """);
        Project p = store().load(file);
        assertThat(new LambdaSimulation(p.scenario().spec(), 0).run().invocations()).isEqualTo(7);
        store().autosave(p, file);
        Project recovered = store().findRecovery().orElseThrow().project().orElseThrow();
        assertThat(new LambdaSimulation(recovered.scenario().spec(), 0).run().invocations()).isEqualTo(7);
    }
}
