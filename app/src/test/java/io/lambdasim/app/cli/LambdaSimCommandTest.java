package io.lambdasim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LambdaSimCommandTest {

    @Test
    void versionNamesTheJavaRuntimeAndTheBundledEditions() {
        CliRun run = CliRun.of("--version");
        assertThat(run.status()).isZero();
        assertThat(run.out().lines().toList()).hasSize(5).satisfies(lines -> {
            assertThat(lines.get(0)).matches("LambdaSim \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
            assertThat(lines.get(1)).startsWith("Java " + System.getProperty("java.version") + " (")
                    .contains(System.getProperty("java.home"));
            assertThat(lines.get(2)).startsWith("Lambda prices: af-south-1 2022-12-13, 2025-08-01; ")
                    .contains("us-east-1 2015-04-09, 2019-12-03");
            assertThat(lines.get(3)).startsWith("EC2 prices: ").contains("us-east-1 2026-01-19");
            assertThat(lines.get(4)).isEqualTo("Front-door prices: us-east-1 2026-09-20");
        });
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpListsTheCostCommand() {
        CliRun run = CliRun.of("--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("cost");
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        CliRun run = CliRun.of("frobnicate");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("frobnicate");
    }
}
