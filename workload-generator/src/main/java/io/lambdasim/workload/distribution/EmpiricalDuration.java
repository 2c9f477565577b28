package io.lambdasim.workload.distribution;

import io.lambdasim.workload.time.TimeSpans;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Durations given by a table of percentiles, for example measured ones:
 * {@code empirical:p0=5ms,p50=80ms,p90=200ms,p99=900ms,p100=3s}. Between two given percentiles the inverse CDF is
 * linear (so the density is constant there); the table must start at p0 and end at p100, percentiles must increase
 * and values must not decrease (equal values give that value a probability mass). The mean is computed exactly from
 * the pieces.
 *
 * @param points the percentiles, in increasing order, from p0 to p100
 */
public record EmpiricalDuration(List<Percentile> points) implements DurationDistribution {

    /**
     * One row of the table: {@code percent} per cent of the durations are at most {@code valueUs}.
     *
     * @param percent the percentile, within [0, 100]
     * @param valueUs its value in µs, {@code >= 0}
     */
    public record Percentile(double percent, long valueUs) {

        public Percentile {
            if (!(percent >= 0 && percent <= 100)) {
                throw new IllegalArgumentException("percentile p" + formatPercent(percent) + " is not within p0..p100");
            }
            if (valueUs < 0) {
                throw new IllegalArgumentException("p" + formatPercent(percent) + " must not be negative");
            }
        }

        /** This row as written in a spec: {@code p99.9=1.2s}. */
        @Override
        public String toString() {
            return "p" + formatPercent(percent) + "=" + TimeSpans.format(valueUs);
        }

        static String formatPercent(double percent) {
            return Double.isFinite(percent)
                    ? BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString()
                    : Double.toString(percent);
        }
    }

    public EmpiricalDuration {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("give at least p0 and p100");
        }
        if (points.get(0).percent() != 0) {
            throw new IllegalArgumentException("the first percentile must be p0, was " + points.get(0));
        }
        Percentile last = points.get(points.size() - 1);
        if (last.percent() != 100) {
            throw new IllegalArgumentException("the last percentile must be p100, was " + last);
        }
        for (int i = 1; i < points.size(); i++) {
            Percentile before = points.get(i - 1);
            Percentile point = points.get(i);
            if (point.percent() <= before.percent()) {
                throw new IllegalArgumentException("percentiles must increase: " + point + " follows " + before);
            }
            if (point.valueUs() < before.valueUs()) {
                throw new IllegalArgumentException("values must not decrease: " + point + " is below " + before);
            }
        }
    }

    @Override
    public double meanUs() {
        // The average of each piece's two ends, weighted by its probability: sum of dPercent * (v0 + v1) / 200.
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i < points.size(); i++) {
            Percentile a = points.get(i - 1);
            Percentile b = points.get(i);
            BigDecimal weight = BigDecimal.valueOf(b.percent()).subtract(BigDecimal.valueOf(a.percent()));
            sum = sum.add(weight.multiply(BigDecimal.valueOf(a.valueUs()).add(BigDecimal.valueOf(b.valueUs()))));
        }
        return sum.doubleValue() / 200;
    }

    @Override
    public double quantileUs(double p) {
        Distributions.checkProbability(p);
        if (p == 1) {
            return points.get(points.size() - 1).valueUs();
        }
        Table table = new Table(points);
        return table.inverse(p, table.segmentOf(p));
    }

    @Override
    public double cdf(double us) {
        Percentile first = points.get(0);
        Percentile last = points.get(points.size() - 1);
        if (us < first.valueUs()) {
            return 0;
        }
        if (us >= last.valueUs()) {
            return 1;
        }
        int i = points.size() - 2;
        while (points.get(i).valueUs() > us) {
            i--;
        }
        // v[i] <= us < v[i + 1], so this piece has a positive width.
        Percentile a = points.get(i);
        Percentile b = points.get(i + 1);
        double fraction = (us - a.valueUs()) / (b.valueUs() - a.valueUs());
        return (a.percent() + fraction * (b.percent() - a.percent())) / 100;
    }

    @Override
    public String spec() {
        return points.stream().map(Percentile::toString).collect(Collectors.joining(",", "empirical:", ""));
    }

    @Override
    public DurationSampler sampler(UniformRandomProvider rng) {
        return new Sampler(Objects.requireNonNull(rng, "rng"), new Table(points));
    }

    /** The table as arrays of probabilities, values and slopes, shared by the sampler and the quantile function. */
    private static final class Table {
        final double[] probabilities;
        final double[] values;
        final double[] slopes;

        Table(List<Percentile> points) {
            int n = points.size();
            probabilities = new double[n];
            values = new double[n];
            slopes = new double[n - 1];
            for (int i = 0; i < n; i++) {
                probabilities[i] = points.get(i).percent() / 100;
                values[i] = points.get(i).valueUs();
            }
            for (int i = 0; i < n - 1; i++) {
                slopes[i] = (values[i + 1] - values[i]) / (probabilities[i + 1] - probabilities[i]);
            }
        }

        /** The last piece {@code i} with {@code probabilities[i] <= p}, at most the last piece. */
        int segmentOf(double p) {
            int lo = 0;
            int hi = slopes.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (probabilities[mid] <= p) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }

        double inverse(double p, int segment) {
            return values[segment] + (p - probabilities[segment]) * slopes[segment];
        }
    }

    private static final class Sampler implements DurationSampler {
        private final UniformRandomProvider rng;
        private final Table table;

        Sampler(UniformRandomProvider rng, Table table) {
            this.rng = rng;
            this.table = table;
        }

        @Override
        public long sampleUs() {
            double u = rng.nextDouble();
            return Math.round(table.inverse(u, table.segmentOf(u)));
        }
    }
}
