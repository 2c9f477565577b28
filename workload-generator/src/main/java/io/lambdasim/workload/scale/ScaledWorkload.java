package io.lambdasim.workload.scale;

import io.lambdasim.workload.InvocationSource;
import io.lambdasim.workload.Workload;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A workload with the same shape as {@code base} and {@code factor} times its volume: what a break-even sweep runs
 * at each point of its volume axis ({@code docs/breakeven.md}, "Scaling the traffic").
 *
 * <p>With {@code k = ceil(factor)}, the stream is the superposition of {@code k} independent copies of the base
 * stream: copies 0 to {@code k − 2} whole, and the last one thinned, each of its arrivals kept independently with
 * probability {@code factor − (k − 1)} (so {@code factor} itself when it is below 1):
 * <ul>
 *   <li>a Poisson process of rate λ(t) becomes one of rate {@code factor × λ(t)} exactly (superposition and thinning
 *       of Poisson processes are Poisson), so daily cycles, growth and spikes keep their shape;</li>
 *   <li>a replayed trace is deterministic, so its copies would coincide: copy {@code j ≥ 1} is shifted later by a
 *       constant drawn uniformly from [0, 1 s) (arrivals shifted beyond the horizon are dropped), which keeps the
 *       per-second shape and spreads the copies' requests over the second they came in. Each copy keeps its
 *       recorded durations;</li>
 *   <li>{@code factor = 1} is the base stream itself, number for number.</li>
 * </ul>
 *
 * <p>Copy {@code j} draws its arrivals from the generator handed to {@link #open} advanced by {@code 2j} jumps and
 * its thinning and offset from {@code 2j + 1} jumps (XoRoShiRo128++ jumps of 2⁶⁴ draws: non-overlapping
 * substreams). So copy 0 of every factor is the unscaled stream, copy {@code j} is the same at every factor that has
 * it, and each arrival's thinning uniform is the same too: the arrivals kept at a smaller factor are a subset of
 * those kept at a larger one (a monotone coupling, which keeps cost curves from zig-zagging through noise). Copies
 * 1, 2, ... of a Poisson stream are independent of copy 0, so the coupling costs nothing in exactness.
 *
 * @param base   the workload to scale
 * @param factor the volume factor, above 0 and at most {@link #MAX_FACTOR}
 */
public record ScaledWorkload(Workload base, double factor) implements Workload {

    /** The largest factor: a thousand copies of the base stream. */
    public static final double MAX_FACTOR = 1000;
    /** Copies after the first are shifted by a constant uniform in [0, this) µs. */
    public static final long COPY_OFFSET_SPAN_US = 1_000_000;

    public ScaledWorkload {
        Objects.requireNonNull(base, "base");
        if (!(factor > 0) || factor > MAX_FACTOR) {
            throw new IllegalArgumentException("a traffic factor must be above 0 and at most " + (long) MAX_FACTOR
                    + ", was " + factor);
        }
    }

    /** {@code base} scaled by {@code factor}; {@code base} itself when the factor is 1; factors multiply. */
    public static Workload of(Workload base, double factor) {
        if (base instanceof ScaledWorkload s) {
            return of(s.base(), s.factor() * factor);
        }
        return factor == 1 ? base : new ScaledWorkload(base, factor);
    }

    /** How many copies of the base stream the factor needs. */
    public int copies() {
        return (int) Math.ceil(factor);
    }

    @Override
    public InvocationSource open(UniformRandomProvider rng, long horizonUs) {
        Objects.requireNonNull(rng, "rng");
        int k = copies();
        double lastKeep = factor - (k - 1);
        UniformRandomProvider[] streams = substreams(rng, 2 * k);
        InvocationSource[] sources = new InvocationSource[k];
        UniformRandomProvider[] thinning = new UniformRandomProvider[k];
        long[] offsets = new long[k];
        for (int j = 0; j < k; j++) {
            sources[j] = base.open(streams[2 * j], horizonUs);
            thinning[j] = streams[2 * j + 1];
            offsets[j] = j == 0 ? 0 : thinning[j].nextLong(COPY_OFFSET_SPAN_US);
        }
        return new MergedCopies(sources, thinning, offsets, lastKeep, horizonUs);
    }

    /**
     * {@code n} non-overlapping generators: {@code rng}'s own state first, then the states 2⁶⁴, 2 × 2⁶⁴, ... draws
     * further on. A generator that cannot jump seeds the others from its own draws instead.
     */
    private static UniformRandomProvider[] substreams(UniformRandomProvider rng, int n) {
        UniformRandomProvider[] out = new UniformRandomProvider[n];
        if (rng instanceof JumpableUniformRandomProvider jumpable) {
            for (int i = 0; i < n; i++) {
                out[i] = jumpable.jump();
            }
            return out;
        }
        out[0] = rng;
        long[] seeds = new long[2 * (n - 1)];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = rng.nextLong();
        }
        for (int i = 1; i < n; i++) {
            out[i] = RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {seeds[2 * i - 2], seeds[2 * i - 1]});
        }
        return out;
    }

    @Override
    public double meanRatePerSecond() {
        return base.meanRatePerSecond() * factor;
    }

    @Override
    public String describe() {
        return base.describe() + String.format(Locale.ROOT, ", scaled × %s", trim(factor));
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.4g", v);
        return s.contains(".") && !s.contains("e") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** The copies merged in time order (ties: the lower copy first), each thinned and shifted. */
    private static final class MergedCopies implements InvocationSource {
        private final InvocationSource[] sources;
        private final UniformRandomProvider[] thinning;
        private final long[] offsets;
        /** The share kept of the last copy's arrivals; the others are kept whole. */
        private final double lastKeep;
        private final long horizonUs;
        private final long[] nextUs;
        private final long[] nextDurationUs;
        /** A binary min-heap of copy indices ordered by (nextUs, index). */
        private final int[] heap;
        private int size;
        private long currentDurationUs = -1;

        MergedCopies(InvocationSource[] sources, UniformRandomProvider[] thinning, long[] offsets, double lastKeep,
                     long horizonUs) {
            this.sources = sources;
            this.thinning = thinning;
            this.offsets = offsets;
            this.lastKeep = lastKeep;
            this.horizonUs = horizonUs;
            this.nextUs = new long[sources.length];
            this.nextDurationUs = new long[sources.length];
            this.heap = new int[sources.length];
            for (int j = 0; j < sources.length; j++) {
                advance(j);
                if (nextUs[j] != END) {
                    heap[size] = j;
                    siftUp(size++);
                }
            }
        }

        /** Moves copy {@code j} to its next kept arrival within the horizon, or END. */
        private void advance(int j) {
            while (true) {
                long t = sources[j].nextArrivalUs();
                if (t == END) {
                    nextUs[j] = END;
                    return;
                }
                long shifted = t + offsets[j];
                if (shifted >= horizonUs && offsets[j] > 0) {
                    nextUs[j] = END;
                    return;
                }
                if (j < sources.length - 1 || lastKeep >= 1 || thinning[j].nextDouble() < lastKeep) {
                    nextUs[j] = shifted;
                    nextDurationUs[j] = sources[j].durationUs();
                    return;
                }
            }
        }

        @Override
        public long nextArrivalUs() {
            if (size == 0) {
                currentDurationUs = -1;
                return END;
            }
            int j = heap[0];
            long t = nextUs[j];
            currentDurationUs = nextDurationUs[j];
            advance(j);
            if (nextUs[j] == END) {
                heap[0] = heap[--size];
            }
            if (size > 0) {
                siftDown(0);
            }
            return t;
        }

        @Override
        public long durationUs() {
            return currentDurationUs;
        }

        private boolean less(int a, int b) {
            return nextUs[a] < nextUs[b] || (nextUs[a] == nextUs[b] && a < b);
        }

        private void siftUp(int i) {
            int x = heap[i];
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!less(x, heap[parent])) {
                    break;
                }
                heap[i] = heap[parent];
                i = parent;
            }
            heap[i] = x;
        }

        private void siftDown(int i) {
            int x = heap[i];
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && less(heap[child + 1], heap[child])) {
                    child++;
                }
                if (!less(heap[child], x)) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = x;
        }
    }
}
