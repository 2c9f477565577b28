package io.lambdasim.workload.trace;

/**
 * A fixed-size histogram of non-negative {@code long} values with logarithmic buckets, for percentiles in one pass
 * over any number of values: values below 256 have a bucket each; above, each power of two is split into 128 buckets,
 * so a bucket spans less than 1/128 (0.8%) of its values. 7,296 buckets, whatever the count.
 *
 * <p>{@link #percentile} uses the nearest rank ({@code ceil(p · n)}-th smallest value) and returns the largest value
 * recorded in that value's bucket: exact when the bucket holds one distinct value (always below 256), otherwise at
 * most 0.8% above the exact percentile, and always a value that was recorded.
 */
final class LogHistogram {

    private static final int EXACT = 256;
    private static final int SUB_BITS = 7;
    private static final int SUB = 1 << SUB_BITS;
    private static final int FIRST_EXPONENT = 8;
    static final int BUCKETS = EXACT + (63 - FIRST_EXPONENT) * SUB;

    private final long[] counts = new long[BUCKETS];
    private final long[] largest = new long[BUCKETS];
    private long total;
    private long max = -1;

    static int bucket(long v) {
        if (v < EXACT) {
            return (int) v;
        }
        int e = 63 - Long.numberOfLeadingZeros(v);
        int sub = (int) ((v >>> (e - SUB_BITS)) & (SUB - 1));
        return EXACT + (e - FIRST_EXPONENT) * SUB + sub;
    }

    void record(long v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative value " + v);
        }
        int b = bucket(v);
        counts[b]++;
        largest[b] = Math.max(largest[b], v);
        total++;
        max = Math.max(max, v);
    }

    long count() {
        return total;
    }

    /** The largest value recorded, or -1 if none. */
    long max() {
        return max;
    }

    /** The percentile of order {@code p} (0 < p ≤ 1) as described above, or -1 if nothing was recorded. */
    long percentile(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("percentile order must be in (0, 1], was " + p);
        }
        if (total == 0) {
            return -1;
        }
        long rank = Math.max(1, (long) Math.ceil(p * total));
        long seen = 0;
        for (int b = 0; b < BUCKETS; b++) {
            seen += counts[b];
            if (seen >= rank) {
                return largest[b];
            }
        }
        return max;
    }
}
