package io.lambdasim.workload.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogHistogramTest {

    @Test
    void valuesBelow256AreExact() {
        LogHistogram h = new LogHistogram();
        for (int v = 1; v <= 200; v++) {
            h.record(v);
        }
        assertThat(h.percentile(0.5)).isEqualTo(100);
        assertThat(h.percentile(0.9)).isEqualTo(180);
        assertThat(h.percentile(0.995)).isEqualTo(199);
        assertThat(h.percentile(1)).isEqualTo(200);
        assertThat(h.percentile(0.001)).isEqualTo(1);
    }

    @Test
    void largeValuesAreWithinOneBucketAboveTheNearestRank() {
        SplittableRandom random = new SplittableRandom(11);
        long[] values = new long[100_001];
        LogHistogram h = new LogHistogram();
        for (int i = 0; i < values.length; i++) {
            values[i] = (long) Math.exp(random.nextDouble(0, 40)); // up to about 2.4e17
            h.record(values[i]);
        }
        Arrays.sort(values);
        for (double p : new double[] {0.01, 0.5, 0.9, 0.99, 0.999, 1}) {
            long exact = values[(int) Math.ceil(p * values.length) - 1];
            long got = h.percentile(p);
            assertThat(got).as("p%s", p).isBetween(exact, exact + exact / 128);
            assertThat(Arrays.binarySearch(values, got)).as("a recorded value").isGreaterThanOrEqualTo(0);
        }
        assertThat(h.max()).isEqualTo(values[values.length - 1]);
    }

    @Test
    void theLargestLongHasABucket() {
        LogHistogram h = new LogHistogram();
        h.record(Long.MAX_VALUE);
        h.record(0);

        assertThat(h.percentile(1)).isEqualTo(Long.MAX_VALUE);
        assertThat(h.percentile(0.5)).isZero();
        assertThat(LogHistogram.bucket(Long.MAX_VALUE)).isEqualTo(LogHistogram.BUCKETS - 1);
    }

    @Test
    void nothingRecordedHasNoPercentile() {
        assertThat(new LogHistogram().percentile(0.5)).isEqualTo(-1);
    }
}
