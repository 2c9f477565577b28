package io.lambdasim.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void noArgumentsOpensTheWindow() {
        assertThat(Main.opensWindow(new String[0])).isTrue();
    }

    @Test
    void aLoneProjectFileOpensTheWindowAsTheDesktopFileAssociationDoes() {
        assertThat(Main.opensWindow(new String[] {"/home/ana/shop.lsim"})).isTrue();
        assertThat(Main.opensWindow(new String[] {"C:\\Users\\ana\\Shop.LSIM"})).isTrue();
    }

    @Test
    void subcommandsAndOptionsRunTheCommandLine() {
        assertThat(Main.opensWindow(new String[] {"--version"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"simulate", "examples/http-api.json"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"simulate", "shop.lsim"})).isFalse();
        assertThat(Main.opensWindow(new String[] {"shop.json"})).isFalse();
    }
}
