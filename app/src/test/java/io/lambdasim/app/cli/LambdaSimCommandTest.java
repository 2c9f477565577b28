package io.lambdasim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LambdaSimCommandTest {

    @Test
    void versionNamesTheJavaRuntimeAndTheBundledEditions() {
        CliRun run = CliRun.of("--version");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("LambdaSim ").contains("Java " + System.getProperty("java.version"))
                .contains("us-east-1/2015-04-09").contains("eu-west-1/");
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
