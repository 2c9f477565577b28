package io.lambdasim.workload.importer.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"118.04 ms", " 100 ms \t", "", "   ", "a", "Runtime.OutOfMemory  extra words here",
        "\t91\tMB\t", "1024 MB trailing  text "})
    void splitsLikeStripThenSplitOnWhitespace(String s) {
        for (int limit : new int[] {1, 2, 3, Integer.MAX_VALUE}) {
            assertThat(Words.split(s, limit)).as("limit %d", limit)
                    .containsExactly(s.strip().split("\\s+", limit == Integer.MAX_VALUE ? 0 : limit));
        }
    }
}
