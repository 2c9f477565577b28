package io.lambdasim.workload.trace;

import io.lambdasim.workload.InvocationSource;
import io.lambdasim.workload.Workload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One function's traffic replayed from a trace file (binary or CSV, see {@code docs/trace-format.md}).
 *
 * <p>{@link #open} streams the file. From a trace of <b>invocations</b> it yields the function's invocations at their
 * recorded start times, each with its recorded duration ({@link InvocationSource#durationUs()}), so the simulator
 * draws none, and it draws no random numbers. From a trace of <b>interval aggregates</b> it reconstructs
 * invocations as {@link AggregateReconstruction} describes, drawing from the generator passed to {@code open} (the
 * simulator's named stream), so the same seed gives the same invocations.
 *
 * <p>Arrival times are microseconds since {@code originUs}: by default ({@link #TRACE_START}) the start of the trace's
 * first record, whatever its function, so several functions of one trace keep their relative timing. Invocations
 * before the origin are skipped; the stream ends at the end of the trace or after {@code horizonUs}.
 *
 * <p>The sources returned by {@code open} are also {@link AutoCloseable}; they close the file when they reach their
 * end. {@link TraceFormatException} and {@link UncheckedIOException} report a damaged or unreadable file.
 *
 * @param path           the trace file
 * @param function       the function to replay, as the trace names it
 * @param originUs       the UTC epoch µs that is time 0 of the run, or {@link #TRACE_START}
 * @param reconstruction how aggregates become invocations (ignored for invocation traces)
 */
public record TraceWorkload(Path path, String function, long originUs, AggregateReconstruction reconstruction)
        implements Workload {

    /** {@code originUs} meaning the start of the trace's first record. */
    public static final long TRACE_START = Long.MIN_VALUE;

    public TraceWorkload {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(reconstruction, "reconstruction");
        if (function.isEmpty()) {
            throw new IllegalArgumentException("a trace workload needs a function name");
        }
    }

    /** Replays {@code function} of {@code path} from the trace's start, with the default reconstruction. */
    public TraceWorkload(Path path, String function) {
        this(path, function, TRACE_START, AggregateReconstruction.DEFAULT);
    }

    /**
     * Opens the file and checks that it has the function.
     *
     * @throws IllegalArgumentException if the trace has no such function
     * @throws TraceFormatException if the file is not a readable trace
     * @throws UncheckedIOException if it cannot be read
     */
    @Override
    public InvocationSource open(UniformRandomProvider rng, long horizonUs) {
        TraceReader reader;
        try {
            reader = TraceReader.open(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trace " + path + ": " + e.getMessage(), e);
        }
        try {
            TraceHeader header = reader.header();
            if (header.function(function).isEmpty()) {
                throw new IllegalArgumentException(path + " has no function \"" + function + "\" (it has "
                        + listed(header) + ")");
            }
            long origin = originUs == TRACE_START ? header.firstStartUs() : originUs;
            if (header.kind() == TraceKind.INVOCATIONS) {
                return new Replay(path.toString(), reader, function, origin, horizonUs);
            }
            return new Reconstruction(path.toString(), reader, function, origin, horizonUs, reconstruction, rng);
        } catch (RuntimeException e) {
            closeQuietly(reader, e);
            throw e;
        }
    }

    private static String listed(TraceHeader h) {
        int n = h.functions().size();
        if (n == 0) {
            return "none";
        }
        String shown = h.functions().stream().limit(10).map(f -> "\"" + f.name() + "\"")
                .collect(Collectors.joining(", "));
        return shown + (n > 10 ? " and " + (n - 10) + " more" : "");
    }

    private static void closeQuietly(TraceReader reader, Exception cause) {
        try {
            reader.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** Not known without reading the file: NaN. */
    @Override
    public double meanRatePerSecond() {
        return Double.NaN;
    }

    @Override
    public String describe() {
        return "trace " + path.getFileName() + ", function " + function;
    }

    /** A source over a reader, closed at its end. */
    private abstract static class TraceSource implements InvocationSource, AutoCloseable {
        final String file;
        final TraceReader reader;
        final String function;
        final long origin;
        final long horizon;
        boolean ended;
        long duration = -1;

        TraceSource(String file, TraceReader reader, String function, long origin, long horizon) {
            this.file = file;
            this.reader = reader;
            this.function = function;
            this.origin = origin;
            this.horizon = horizon;
        }

        /** Whether {@link #nextStart} found no more invocations. */
        boolean exhausted;

        /** The next arrival's absolute start (setting {@link #duration}); sets {@link #exhausted} at the end. */
        abstract long nextStart() throws IOException;

        @Override
        public final long nextArrivalUs() {
            if (ended) {
                return END;
            }
            try {
                while (true) {
                    long start = nextStart();
                    if (exhausted) {
                        return end();
                    }
                    if (start < origin) {
                        continue;
                    }
                    long t = start - origin;
                    if (t < 0 || t > horizon) { // t < 0: the difference overflowed, far beyond any horizon
                        return end();
                    }
                    return t;
                }
            } catch (IOException e) {
                closeAfterFailure(e);
                throw new UncheckedIOException("reading trace " + file + " failed: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                closeAfterFailure(e);
                throw e;
            }
        }

        private void closeAfterFailure(Exception e) {
            ended = true;
            duration = -1;
            closeQuietly(reader, e);
        }

        private long end() throws IOException {
            ended = true;
            duration = -1;
            reader.close();
            return END;
        }

        @Override
        public final long durationUs() {
            return duration;
        }

        @Override
        public void close() throws IOException {
            ended = true;
            reader.close();
        }
    }

    /** An invocation trace, as recorded. */
    private static final class Replay extends TraceSource {

        Replay(String file, TraceReader reader, String function, long origin, long horizon) {
            super(file, reader, function, origin, horizon);
        }

        @Override
        long nextStart() throws IOException {
            for (InvocationRecord r = reader.nextInvocation(); r != null; r = reader.nextInvocation()) {
                if (r.function().equals(function)) {
                    duration = r.durationUs();
                    return r.startUs();
                }
            }
            exhausted = true;
            return END;
        }
    }

    /**
     * An aggregate trace, reconstructed: in each interval [s, s + L) with n invocations, the sorted positions are
     * drawn in order as successive minima of the uniforms still to place, {@code x ← x + (1 − x)(1 − V^(1/k))} for
     * k = n, n − 1, ..., 1, with {@code V = 1 − nextDouble()}; the arrival is {@code s + min(L − 1, floor(x·L))}, and
     * its duration is then drawn from the interval's fit.
     */
    private static final class Reconstruction extends TraceSource {
        private final AggregateReconstruction settings;
        private final UniformRandomProvider rng;
        private final NormalizedGaussianSampler gaussian;
        private IntervalAggregate interval;
        private AggregateReconstruction.DurationFit fit;
        private long left;
        private double x;
        private long previousEnd = Long.MIN_VALUE;

        Reconstruction(String file, TraceReader reader, String function, long origin, long horizon,
                       AggregateReconstruction settings, UniformRandomProvider rng) {
            super(file, reader, function, origin, horizon);
            this.settings = settings;
            this.rng = Objects.requireNonNull(rng, "rng");
            this.gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        }

        @Override
        long nextStart() throws IOException {
            while (left == 0) {
                IntervalAggregate a = reader.nextAggregate();
                if (a == null) {
                    exhausted = true;
                    return END;
                }
                if (!a.function().equals(function)) {
                    continue;
                }
                if (a.startUs() < previousEnd) {
                    throw new TraceFormatException(file + (a.line() != null ? " (" + a.line() + ")" : "")
                            + ": the interval of \"" + function + "\" starting at " + a.startUs()
                            + " µs overlaps the one before it, which ends at " + previousEnd + " µs; remove duplicate"
                            + " or overlapping aggregates to reconstruct invocations");
                }
                previousEnd = TraceStats.saturatedAdd(a.startUs(), a.lengthUs());
                if (a.invocations() == 0) {
                    continue;
                }
                interval = a;
                fit = settings.fit(a);
                left = a.invocations();
                x = 0;
            }
            double v = 1 - rng.nextDouble();
            x += (1 - x) * -Math.expm1(Math.log(v) / left);
            left--;
            long length = interval.lengthUs();
            long offset = Math.min(length - 1, (long) Math.floor(x * length));
            duration = fit.sampleUs(gaussian);
            return interval.startUs() + offset;
        }
    }
}
