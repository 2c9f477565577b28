package io.lambdasim.workload.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdasim.workload.distribution.EmpiricalDuration.Percentile;
import io.lambdasim.workload.distribution.MixtureDuration.Component;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DistributionSpecTest {

    private static final String UNITS = "(units: us (or µs), ms, s, m (or min), h, d)";

    @Test
    void parsesEachKindIntoItsRecord() {
        assertThat(Distributions.parse("const:120ms")).isEqualTo(new ConstantDuration(120_000));
        assertThat(Distributions.parse("exp:1991ms")).isEqualTo(new ExponentialDuration(1_991_000));
        assertThat(Distributions.parse("uniform:10ms..50ms")).isEqualTo(new UniformDuration(10_000, 50_000));
        assertThat(Distributions.parse("lognormal:median=80ms,p99=900ms"))
                .isEqualTo(new LogNormalDuration(80_000, 900_000));
        assertThat(Distributions.parse("lognormal:p99=900ms,median=80ms"))
                .isEqualTo(new LogNormalDuration(80_000, 900_000));
        assertThat(Distributions.parse("gamma:shape=2,mean=100ms")).isEqualTo(new GammaDuration(2, 100_000));
        assertThat(Distributions.parse("empirical:p0=5ms,p50=80ms,p90=200ms,p99=900ms,p100=3s"))
                .isEqualTo(new EmpiricalDuration(List.of(new Percentile(0, 5_000), new Percentile(50, 80_000),
                        new Percentile(90, 200_000), new Percentile(99, 900_000), new Percentile(100, 3_000_000))));
        assertThat(Distributions.parse("mix:0.9*exp:100ms+0.1*const:2s"))
                .isEqualTo(new MixtureDuration(List.of(new Component(0.9, new ExponentialDuration(100_000)),
                        new Component(0.1, new ConstantDuration(2_000_000)))));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "const:120ms",
        "const:0ms",
        "exp:1991ms",
        "exp:1.5s",
        "uniform:10ms..50ms",
        "lognormal:median=80ms,p99=900ms",
        "gamma:shape=2,mean=100ms",
        "gamma:shape=0.25,mean=1.5s",
        "empirical:p0=5ms,p50=80ms,p90=200ms,p99=900ms,p99.9=2.5s,p100=3s",
        "mix:0.9*exp:100ms+0.1*const:2s",
        "mix:0.5*lognormal:median=80ms,p99=900ms+0.3*uniform:1s..2s+0.2*empirical:p0=0ms,p100=10min",
    })
    void canonicalSpecsRoundTrip(String spec) {
        DurationDistribution distribution = Distributions.parse(spec);

        assertThat(distribution.spec()).isEqualTo(spec);
        assertThat(Distributions.parse(distribution.spec())).isEqualTo(distribution);
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(delimiter = '|', value = {
        "exp: 1991 ms                          | exp:1991ms",
        "const:0.12s                           | const:120ms",
        "exp:60000ms                           | exp:1min",
        "uniform:10000us..0.05s                | uniform:10ms..50ms",
        "lognormal: median = 80ms, p99 = 0.9s  | lognormal:median=80ms,p99=900ms",
        "gamma:mean=100ms,shape=2.000          | gamma:shape=2,mean=100ms",
        "empirical:p0.0=5ms,p100.00=3000ms     | empirical:p0=5ms,p100=3s",
        "mix: 0.90*exp:100ms + .1*const:2000ms | mix:0.9*exp:100ms+0.1*const:2s",
    })
    void otherSpellingsParseToTheCanonicalSpec(String spec, String canonical) {
        assertThat(Distributions.parse(spec).spec()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "lognormal:median=80ms,p99=50ms | p99 must exceed the median",
        "lognormal:median=0ms,p99=50ms | the median must be positive",
        "lognormal:median=80ms | missing p99",
        "lognormal:median=80ms,p95=300ms | unknown parameter \"p95\" (names: median, p99)",
        "lognormal:median=80ms,median=90ms,p99=1s | median is given twice",
        "lognormal:median80ms,p99=1s | \"median80ms\" is not name=value (names: median, p99)",
        "lognormal:median=80,p99=900ms | median: \"80\" has no unit; write for example 80ms " + UNITS,
        "exp:12 | the mean: \"12\" has no unit; write for example 12ms " + UNITS,
        "exp:0ms | the mean must be positive, was 0 µs",
        "exp:2parsecs | the mean: \"2parsecs\" has an unknown unit \"parsecs\" " + UNITS,
        "const:-5ms | the duration: \"-5ms\" is negative; a time span cannot be",
        "const: | no parameters after \"const:\"",
        "120ms | write kind:parameters, for example exp:100ms (kinds: const, exp, uniform, lognormal, gamma, "
                + "empirical, mix)",
        "`` | write kind:parameters, for example exp:100ms (kinds: const, exp, uniform, lognormal, gamma, "
                + "empirical, mix)",
        "weibull:1s | unknown kind \"weibull\" (kinds: const, exp, uniform, lognormal, gamma, empirical, mix)",
        "uniform:50ms..10ms | the upper bound must exceed the lower bound",
        "uniform:10ms-50ms | write the bounds as low..high, for example uniform:10ms..50ms",
        "gamma:shape=0,mean=100ms | the shape must be positive and finite, was 0.0",
        "gamma:shape=-1,mean=100ms | shape: \"-1\" is not a non-negative decimal number",
        "empirical:p50=80ms,p100=3s | the first percentile must be p0, was p50=80ms",
        "empirical:p0=5ms,p50=80ms | the last percentile must be p100, was p50=80ms",
        "empirical:p0=5ms | give at least p0 and p100",
        "empirical:p0=5ms,p90=200ms,p50=80ms,p100=3s | percentiles must increase: p50=80ms follows p90=200ms",
        "empirical:p0=5ms,p50=300ms,p90=200ms,p100=3s | values must not decrease: p90=200ms is below p50=300ms",
        "empirical:p0=5ms,p101=3s | percentile p101 is not within p0..p100",
        "empirical:p0=5ms,median=80ms,p100=3s | \"median=80ms\" is not a percentile; write for example p50=80ms",
        "empirical:p0=5ms,p50=80,p100=3s | p50: \"80\" has no unit; write for example 80ms " + UNITS,
        "mix:0.9*exp:100ms+0.01*const:2s | the weights sum to 0.91, not 1",
        "mix:exp:100ms | \"exp:100ms\" has no weight; write for example 0.9*exp:100ms",
        "mix:0.9*exp:12+0.1*const:2s | exp:12: the mean: \"12\" has no unit; write for example 12ms " + UNITS,
        "mix:0.5*mix:0.5*exp:1s+0.5*const:1s | mix:0.5*exp:1s: mixtures cannot be nested",
        "mix:0*exp:1s+1*const:1s | the weight of exp:1s must be positive, was 0.0",
        "mix:x*exp:1s | the weight of exp:1s: \"x\" is not a non-negative decimal number",
    })
    void errorsNameTheSpecAndTheBadPart(String spec, String problem) {
        assertThatThrownBy(() -> Distributions.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(spec + ": " + problem);
    }

    @Test
    void quantileOrdersOutsideZeroToOneAreRejected() {
        DurationDistribution exp = Distributions.parse("exp:1s");

        assertThatThrownBy(() -> exp.quantileUs(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantile order 1.5 is not within [0, 1]");
        assertThatThrownBy(() -> exp.quantileUs(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    record FunctionDurations(DurationDistribution duration, DurationDistribution keepAlive) {
    }

    @Test
    void jacksonStoresADistributionAsItsSpecString() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        FunctionDurations value = new FunctionDurations(Distributions.parse("lognormal:median=80ms,p99=900ms"),
                Distributions.parse("mix:0.9*exp:100ms+0.1*const:2s"));

        String json = mapper.writeValueAsString(value);

        assertThat(json).isEqualTo(
                "{\"duration\":\"lognormal:median=80ms,p99=900ms\",\"keepAlive\":\"mix:0.9*exp:100ms+0.1*const:2s\"}");
        assertThat(mapper.readValue(json, FunctionDurations.class)).isEqualTo(value);
    }

    @Test
    void jacksonReportsABadSpecWithTheParserMessage() {
        ObjectMapper mapper = new ObjectMapper();

        assertThatThrownBy(() -> mapper.readValue("{\"duration\":\"exp:12\"}", FunctionDurations.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("exp:12: the mean: \"12\" has no unit");
    }
}
