package io.lambdasim.workload.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.workload.InvocationSource;
import io.lambdasim.workload.PoissonWorkload;
import io.lambdasim.workload.Workload;
import io.lambdasim.workload.random.RandomStreams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class ScaledWorkloadTest {

    private static final long SECOND = 1_000_000L;

    private static UniformRandomProvider rng() {
        return new RandomStreams(42).stream(RandomStreams.ARRIVALS + "/api", 0);
    }

    private static List<Long> arrivals(Workload w, long horizonUs) {
        InvocationSource s = w.open(rng(), horizonUs);
        List<Long> out = new ArrayList<>();
        for (long t = s.nextArrivalUs(); t != InvocationSource.END; t = s.nextArrivalUs()) {
            out.add(t);
        }
        return out;
    }

    @Test
    void factorOneIsTheBaseStreamNumberForNumber() {
        Workload base = new PoissonWorkload(5);
        assertThat(arrivals(new ScaledWorkload(base, 1.0), 1_000 * SECOND)).isEqualTo(arrivals(base, 1_000 * SECOND));
        assertThat(ScaledWorkload.of(base, 1.0)).isSameAs(base);
    }

    @Test
    void scaledPoissonStreamIsPoissonAtTheScaledRate() {
        // Two whole independent Poisson(2/s) copies and a third thinned to 0.5: Poisson(5/s). Over 100,000 s
        // the count is Poisson with mean 500,000 (sd 707); inter-arrival gaps are exponential (squared CV 1).
        List<Long> t = arrivals(new ScaledWorkload(new PoissonWorkload(2), 2.5), 100_000 * SECOND);
        assertThat((double) t.size()).isCloseTo(500_000, org.assertj.core.data.Offset.offset(4 * 707.0));
        double sum = 0;
        double sumSq = 0;
        for (int i = 1; i < t.size(); i++) {
            double gap = t.get(i) - t.get(i - 1);
            assertThat(gap).isGreaterThanOrEqualTo(0);
            sum += gap;
            sumSq += gap * gap;
        }
        int n = t.size() - 1;
        double mean = sum / n;
        double cv2 = (sumSq / n - mean * mean) / (mean * mean);
        assertThat(mean).isCloseTo(200_000, org.assertj.core.data.Offset.offset(200_000 * 0.006));
        assertThat(cv2).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void arrivalsKeptAtASmallerFactorAreASubsetOfThoseAtALargerOne() {
        Workload base = new PoissonWorkload(3);
        long horizon = 2_000 * SECOND;
        List<Long> small = arrivals(new ScaledWorkload(base, 0.4), horizon);
        List<Long> one = arrivals(base, horizon);
        List<Long> large = arrivals(new ScaledWorkload(base, 1.6), horizon);
        List<Long> larger = arrivals(new ScaledWorkload(base, 3.2), horizon);
        assertThat(isSubMultiset(small, one)).isTrue();
        assertThat(isSubMultiset(one, large)).isTrue();
        assertThat(isSubMultiset(large, larger)).isTrue();
        assertThat(small.size()).isLessThan(one.size());
        assertThat(larger.size()).isGreaterThan(large.size());
    }

    @Test
    void copiesOfADeterministicTraceAreShiftedWithinASecondAndKeepTheirDurations() {
        // One recorded request every 10 s lasting 123 µs; three copies: each original arrival plus two copies shifted
        // by constants in [0, 1 s).
        Workload trace = new FixedTrace(10 * SECOND, 123);
        InvocationSource s = new ScaledWorkload(trace, 3).open(rng(), 1_000 * SECOND);
        List<Long> times = new ArrayList<>();
        for (long t = s.nextArrivalUs(); t != InvocationSource.END; t = s.nextArrivalUs()) {
            times.add(t);
            assertThat(s.durationUs()).isEqualTo(123);
            assertThat(t % (10 * SECOND)).isLessThan(SECOND);
        }
        // 100 recorded arrivals (0, 10 s, ..., 990 s) in three copies, none shifted beyond 1,000 s.
        assertThat(times).hasSize(300);
        assertThat(times).isSorted();
        Map<Long, Integer> offsets = new HashMap<>();
        for (long t : times) {
            offsets.merge(t % (10 * SECOND), 1, Integer::sum);
        }
        assertThat(offsets).hasSize(3).containsEntry(0L, 100);
    }

    @Test
    void meanRateAndDescriptionFollowTheFactor() {
        ScaledWorkload w = new ScaledWorkload(new PoissonWorkload(4), 0.25);
        assertThat(w.meanRatePerSecond()).isEqualTo(1.0);
        assertThat(w.describe()).endsWith("scaled × 0.25");
        assertThat(ScaledWorkload.of(w, 8)).isEqualTo(new ScaledWorkload(new PoissonWorkload(4), 2.0));
    }

    @Test
    void refusesFactorsOutsideItsRange() {
        Workload base = new PoissonWorkload(1);
        assertThatThrownBy(() -> new ScaledWorkload(base, 0)).hasMessageContaining("above 0");
        assertThatThrownBy(() -> new ScaledWorkload(base, Double.NaN)).hasMessageContaining("above 0");
        assertThatThrownBy(() -> new ScaledWorkload(base, 1000.5)).hasMessageContaining("at most 1000");
    }

    private static boolean isSubMultiset(List<Long> small, List<Long> large) {
        Map<Long, Integer> counts = new HashMap<>();
        for (long t : large) {
            counts.merge(t, 1, Integer::sum);
        }
        for (long t : small) {
            Integer c = counts.get(t);
            if (c == null || c == 0) {
                return false;
            }
            counts.put(t, c - 1);
        }
        return true;
    }

    /** A replayed trace: one request every {@code everyUs} from 0, each lasting {@code durationUs}. */
    private record FixedTrace(long everyUs, long durationUs) implements Workload {
        @Override
        public InvocationSource open(UniformRandomProvider rng, long horizonUs) {
            return new InvocationSource() {
                private long next = 0;

                @Override
                public long nextArrivalUs() {
                    if (next >= horizonUs) {
                        return END;
                    }
                    long t = next;
                    next += everyUs;
                    return t;
                }

                @Override
                public long durationUs() {
                    return durationUs;
                }
            };
        }

        @Override
        public double meanRatePerSecond() {
            return 1e6 / everyUs;
        }

        @Override
        public String describe() {
            return "fixed trace";
        }
    }
}
