package io.lambdasim.app.ui.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.model.breakeven.DesignCurve;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakEvenCursorTest {

    private static DesignCurve.Point point(long volume, String usd, boolean meets) {
        return new DesignCurve.Point(volume / 1_000_000.0, volume, new BigDecimal(usd), 100, 0, 0, meets);
    }

    /** Lambda-like: $10 at 1 M, $40 at 3 M, $50 at 10 M requests a month. */
    private static final DesignCurve LAMBDA = new DesignCurve("fn", "lambda", List.of(
            point(1_000_000, "10.00", true), point(3_000_000, "40.00", true), point(10_000_000, "50.00", false)));
    /** A flat fleet at $30, missing the objective only at the smallest volume. */
    private static final DesignCurve FLEET = new DesignCurve("ec2", "ec2", List.of(
            point(1_000_000, "30.00", false), point(3_000_000, "30.00", true), point(10_000_000, "30.00", true)));

    @Test
    void costsBetweenTwoSampledVolumesAreLinearInTheVolume() {
        // 2 M is halfway from 1 M to 3 M: 10 + (40 − 10) × 1/2 = 25.
        assertThat(BreakEvenCursor.costsAt(List.of(LAMBDA, FLEET), 2_000_000)).containsExactly(
                new BreakEvenCursor.Row("fn", new BigDecimal("25.00"), true),
                new BreakEvenCursor.Row("ec2", new BigDecimal("30.00"), false));
        // 5 M is 2/7 of the way from 3 M to 10 M: 40 + 10 × 2/7 = 42.857… → 42.86.
        assertThat(BreakEvenCursor.costsAt(List.of(LAMBDA), 5_000_000).get(0).usd())
                .isEqualByComparingTo("42.86");
    }

    @Test
    void atASampledVolumeTheCostAndVerdictAreThatPointsOwn() {
        assertThat(BreakEvenCursor.costsAt(List.of(LAMBDA, FLEET), 10_000_000)).containsExactly(
                new BreakEvenCursor.Row("fn", new BigDecimal("50.00"), false),
                new BreakEvenCursor.Row("ec2", new BigDecimal("30.00"), true));
        assertThat(BreakEvenCursor.costsAt(List.of(FLEET), 1_000_000).get(0).meetsObjective()).isFalse();
    }

    @Test
    void theSliderIsLogarithmic() {
        // Halfway between 1 M and 100 M on a log scale is their geometric mean, 10 M.
        assertThat(BreakEvenCursor.volumeAt(0.5, 1_000_000, 100_000_000)).isEqualTo(10_000_000);
        assertThat(BreakEvenCursor.volumeAt(0.25, 1_000_000, 100_000_000)).isEqualTo(3_162_278);   // 10^6.5
        assertThat(BreakEvenCursor.volumeAt(0, 1_000_000, 100_000_000)).isEqualTo(1_000_000);
        assertThat(BreakEvenCursor.volumeAt(1, 1_000_000, 100_000_000)).isEqualTo(100_000_000);
        assertThat(BreakEvenCursor.volumeAt(7, 1_000_000, 100_000_000)).isEqualTo(100_000_000);
        assertThat(BreakEvenCursor.positionOf(10_000_000, 1_000_000, 100_000_000)).isCloseTo(0.5, within(1e-12));
        assertThat(BreakEvenCursor.positionOf(1_000, 1_000_000, 100_000_000)).isZero();
    }

    @Test
    void anEmptyRangeIsRefused() {
        assertThatThrownBy(() -> BreakEvenCursor.volumeAt(0.5, 10, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 <= from < to");
    }
}
