package io.lambdasim.model.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MonthlyVolumeTest {

    @Test
    void aMonthIs730Hours() {
        assertThat(MonthlyVolume.SECONDS_PER_MONTH).isEqualTo(730L * 3600);
        assertThat(MonthlyVolume.meanRequestsPerSecond(2_628_000)).isCloseTo(1.0, within(1e-15));
        assertThat(MonthlyVolume.meanRequestsPerSecond(1_000_000_000)).isCloseTo(380.5175, within(1e-4));
    }

    @Test
    void logSpacedGridRunsFromTheSmallestToTheLargestFactor() {
        assertThat(MonthlyVolume.logSpaced(10_000_000, 0.01, 100, 5))
                .containsExactly(100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000);
    }

    @Test
    void logSpacedPointsAreEquallySpacedInTheLogarithm() {
        long[] grid = MonthlyVolume.logSpaced(1_000_000, 1, 1000, 31);

        assertThat(grid).hasSize(31);
        for (int i = 1; i < grid.length; i++) {
            assertThat((double) grid[i] / grid[i - 1]).isCloseTo(Math.pow(10, 0.1), within(1e-5));
        }
    }

    @Test
    void dropsVolumesThatRoundToTheSameRequestCount() {
        // 1 × 2^(i/9): 1, 1.08, ..., 1.47 round to 1; 1.54, ..., 2 round to 2.
        assertThat(MonthlyVolume.logSpaced(1, 1, 2, 10)).containsExactly(1, 2);
    }

    @Test
    void unionSortsAndMergesGrids() {
        assertThat(MonthlyVolume.union(new long[] {5, 1, 3}, new long[] {3, 4}, new long[] {}))
                .containsExactly(1, 3, 4, 5);
    }

    @Test
    void rejectsAGridThatCannotBeLogSpaced() {
        assertThatThrownBy(() -> MonthlyVolume.logSpaced(0, 0.01, 100, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MonthlyVolume.logSpaced(10, 0, 100, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MonthlyVolume.logSpaced(10, 2, 1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MonthlyVolume.logSpaced(10, 1, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
