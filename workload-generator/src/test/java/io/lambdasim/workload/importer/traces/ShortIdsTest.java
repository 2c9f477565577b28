package io.lambdasim.workload.importer.traces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortIdsTest {

    @Test
    void cutsEachPartToEightCharacters() {
        ShortIds ids = new ShortIds();

        assertThat(ids.id("6cd9f7f4335cb661", "25b910382140d93e", "a1edf5831ac0159e"))
                .isEqualTo("6cd9f7f4/25b91038/a1edf583");
        assertThat(ids.id("abc", "de")).isEqualTo("abc/de");
    }

    @Test
    void givesTheSameFunctionTheSameIdEveryTime() {
        ShortIds ids = new ShortIds();
        String first = ids.id("0123456789", "abcdefabcd");
        ids.id("0123456789", "abcdefab00");

        assertThat(ids.id("0123456789", "abcdefabcd")).isEqualTo(first).isEqualTo("01234567/abcdefab");
        assertThat(ids.collisions()).isEqualTo(1);
    }

    @Test
    void givesAFunctionWhoseShortFormIsTakenItsFullId() {
        ShortIds ids = new ShortIds();

        assertThat(ids.id("0123456789", "abcdefabcd")).isEqualTo("01234567/abcdefab");
        assertThat(ids.id("0123456789", "abcdefab00")).isEqualTo("0123456789/abcdefab00");
        assertThat(ids.collisions()).isEqualTo(1);
    }

    @Test
    void staysUniqueWhenAFullIdEqualsAnotherFunctionsShortForm() {
        ShortIds ids = new ShortIds();

        assertThat(ids.id("aaaaaaaa9", "b")).isEqualTo("aaaaaaaa/b");
        assertThat(ids.id("aaaaaaaa", "b")).isEqualTo("aaaaaaaa/b~2");
        assertThat(ids.id("aaaaaaaa99", "b")).isEqualTo("aaaaaaaa99/b");
    }
}
