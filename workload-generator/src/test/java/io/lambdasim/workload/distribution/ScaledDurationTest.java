package io.lambdasim.workload.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.workload.random.RandomStreams;
import org.junit.jupiter.api.Test;

class ScaledDurationTest {

    @Test
    void scalesTheSameDrawsOfTheBaseDistribution() {
        DurationDistribution base = Distributions.parse("lognormal:median=80ms,p99=900ms");
        DurationSampler plain = base.sampler(new RandomStreams(7).stream("durations/fn", 0));
        DurationSampler half = ScaledDuration.of(base, 0.5).sampler(new RandomStreams(7).stream("durations/fn", 0));

        for (int i = 0; i < 1_000; i++) {
            long d = plain.sampleUs();
            assertThat(half.sampleUs()).isEqualTo(Math.round(d * 0.5));
        }
    }

    @Test
    void meanQuantilesAndCdfAreTheBaseOnesStretched() {
        DurationDistribution scaled = ScaledDuration.of(new ExponentialDuration(100_000), 0.25);

        assertThat(scaled.meanUs()).isEqualTo(25_000);
        // exponential median = mean × ln 2
        assertThat(scaled.quantileUs(0.5)).isCloseTo(25_000 * Math.log(2), within(1e-6));
        assertThat(scaled.cdf(25_000)).isCloseTo(1 - Math.exp(-1), within(1e-12));
    }

    @Test
    void specRoundTripsAndNestsOnlyAsDocumented() {
        assertThat(Distributions.parse("scale:0.5*exp:100ms"))
                .isEqualTo(new ScaledDuration(0.5, new ExponentialDuration(100_000)));
        assertThat(Distributions.parse("scale:0.5*exp:100ms").spec()).isEqualTo("scale:0.5*exp:100ms");
        String mix = "scale:1.25*mix:0.9*exp:100ms+0.1*const:2s";
        assertThat(Distributions.parse(mix).spec()).isEqualTo(mix);
        assertThat(Distributions.parse("mix:0.5*scale:2*const:1s+0.5*const:1s").meanUs()).isEqualTo(1_500_000);
        assertThatThrownBy(() -> Distributions.parse("scale:0*exp:100ms"))
                .hasMessageContaining("must be positive");
        assertThatThrownBy(() -> Distributions.parse("scale:exp:100ms")).hasMessageContaining("write scale:");
    }

    @Test
    void factorsMultiplyInsteadOfNesting() {
        DurationDistribution base = new ConstantDuration(1_000);

        assertThat(ScaledDuration.of(ScaledDuration.of(base, 2), 3)).isEqualTo(new ScaledDuration(6, base));
        assertThat(ScaledDuration.of(base, 1)).isSameAs(base);
    }
}
