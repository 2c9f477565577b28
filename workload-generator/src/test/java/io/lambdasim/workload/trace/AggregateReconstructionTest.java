package io.lambdasim.workload.trace;

import static io.lambdasim.workload.trace.Traces.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.workload.trace.AggregateReconstruction.Basis;
import io.lambdasim.workload.trace.AggregateReconstruction.DurationFit;
import org.junit.jupiter.api.Test;

/** Each fitting rule, checked against the log-normal's own properties: mean exp(mu + σ²/2), p99 exp(mu + z·σ). */
class AggregateReconstructionTest {

    private static final double Z = 2.3263478740408408;
    private static final double NAN = Double.NaN;
    private static final AggregateReconstruction R = AggregateReconstruction.DEFAULT;

    private static IntervalAggregate of(double avg, double min, double max, double p50, double p99) {
        return Traces.stats(B, 60_000_000, "f", 10, avg, min, max, p50, p99);
    }

    private static double p99(DurationFit f) {
        return Math.exp(f.mu() + Z * f.sigma());
    }

    @Test
    void medianAndP99AreMatchedExactly() {
        DurationFit f = R.fit(of(130, NAN, NAN, 100, 1000));

        assertThat(f.basis()).isEqualTo(Basis.MEDIAN_P99);
        assertThat(Math.exp(f.mu())).isCloseTo(100_000, within(1e-6));
        assertThat(p99(f)).isCloseTo(1_000_000, within(1e-4));
        assertThat(f.sigma()).isCloseTo(Math.log(10) / Z, within(1e-12));
    }

    @Test
    void averageAndP99AreMatchedExactly() {
        DurationFit f = R.fit(of(80, NAN, NAN, NAN, 600));

        assertThat(f.basis()).isEqualTo(Basis.AVERAGE_P99);
        assertThat(f.meanUs()).isCloseTo(80_000, within(1e-6));
        assertThat(p99(f)).isCloseTo(600_000, within(1e-4));
        assertThat(f.sigma()).as("the root below z").isLessThan(Z);
    }

    @Test
    void aP99TooFarAboveTheAverageKeepsTheAverageWithSigmaZ() {
        // exp(z²/2) ≈ 15: no log-normal has mean 10 ms and p99 500 ms.
        DurationFit f = R.fit(of(10, NAN, NAN, NAN, 500));

        assertThat(f.basis()).isEqualTo(Basis.AVERAGE_P99);
        assertThat(f.sigma()).isEqualTo(Z);
        assertThat(f.meanUs()).isCloseTo(10_000, within(1e-6));
    }

    @Test
    void anAverageAloneUsesTheDefaultSigmaAndKeepsTheMean() {
        DurationFit f = R.fit(of(42, NAN, NAN, NAN, NAN));

        assertThat(f.basis()).isEqualTo(Basis.AVERAGE);
        assertThat(f.sigma()).isEqualTo(0.5);
        assertThat(f.meanUs()).isCloseTo(42_000, within(1e-6));
        assertThat(new AggregateReconstruction(0.8).fit(of(42, NAN, NAN, NAN, NAN)).sigma()).isEqualTo(0.8);
    }

    @Test
    void aP99BelowTheAverageFallsBackToTheAverage() {
        DurationFit f = R.fit(of(100, NAN, NAN, NAN, 90));

        assertThat(f.basis()).isEqualTo(Basis.AVERAGE);
        assertThat(f.meanUs()).isCloseTo(100_000, within(1e-6));
    }

    @Test
    void aMedianAloneIsTheMedian() {
        DurationFit f = R.fit(of(NAN, NAN, NAN, 20, NAN));

        assertThat(f.basis()).isEqualTo(Basis.MEDIAN);
        assertThat(Math.exp(f.mu())).isCloseTo(20_000, within(1e-6));
    }

    @Test
    void equalMinimumAndMaximumWinAndDrawNothing() {
        DurationFit f = R.fit(of(7, 7, 7, 7, 7));

        assertThat(f.basis()).isEqualTo(Basis.CONSTANT);
        assertThat(f.sampleUs(() -> {
            throw new AssertionError("no draw expected");
        })).isEqualTo(7_000);
    }

    @Test
    void anAverageOfZeroIsAConstantZero() {
        assertThat(R.fit(of(0, NAN, NAN, NAN, NAN)).sampleUs(() -> 1.0)).isZero();
    }

    @Test
    void noStatisticsMeansNoFit() {
        DurationFit f = R.fit(of(NAN, NAN, NAN, NAN, NAN));

        assertThat(f.basis()).isEqualTo(Basis.NONE);
        assertThat(f.sampleUs(() -> 0.0)).isEqualTo(-1);
    }

    @Test
    void aSampleIsExpOfMuPlusSigmaTimesTheNormalDraw() {
        DurationFit f = R.fit(of(NAN, NAN, NAN, 100, 1000));

        assertThat(f.sampleUs(() -> 1.0)).isEqualTo(Math.round(100_000 * Math.pow(10, 1 / Z)));
    }

    @Test
    void anUnreasonableDefaultSigmaIsRefused() {
        assertThatThrownBy(() -> new AggregateReconstruction(-0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the default sigma must be between 0 and 10, was -0.1");
    }
}
