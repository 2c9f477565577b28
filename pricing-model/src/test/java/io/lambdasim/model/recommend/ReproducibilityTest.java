package io.lambdasim.model.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReproducibilityTest {

    private static Recommendation run(int threads) {
        return Recommender.recommend(Scenarios.erlang("20min").withReplications(2),
                RecommendOptions.DEFAULT.withMemorySizes(List.of(128, 512, 1024)).withCpuShare(0.5), threads);
    }

    @Test
    void sameSeedGivesEqualRecommendations() {
        assertThat(run(1)).isEqualTo(run(1));
    }

    @Test
    void oneAndTwoThreadsGiveEqualRecommendations() {
        assertThat(run(2)).isEqualTo(run(1));
    }

    @Test
    void anotherSeedGivesOtherNumbers() {
        Recommendation other = Recommender.recommend(Scenarios.erlang("20min").withReplications(2).withSeed(4),
                RecommendOptions.DEFAULT.withMemorySizes(List.of(128, 512, 1024)).withCpuShare(0.5), 1);

        assertThat(other.memory().curve()).isNotEqualTo(run(1).memory().curve());
    }
}
