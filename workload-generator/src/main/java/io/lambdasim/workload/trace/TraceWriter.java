package io.lambdasim.workload.trace;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Objects;

/**
 * Writes a trace file from records delivered in any order, with bounded memory, and puts it in place atomically.
 *
 * <p>Records are held in memory up to the run size (default {@value #DEFAULT_RUN_SIZE}; about 90 bytes each, 170
 * with a request id); each full batch is sorted and spilled to a temporary run file in the target's directory, and
 * {@link #commit()} merges the runs (k-way) into a temporary file next to the target, forces it to disk and moves it
 * over the target atomically. {@link #abort()}, or {@link #close()} without a commit, deletes every temporary file and
 * leaves an existing target untouched.
 *
 * <p>Records come out in time order: by start, then function name, then request id (records without one first); ties
 * keep the order of delivery. A trace holds one kind of record: the kind is given to the builder or taken from the
 * first record, and a record of the other kind is refused. <b>Exact duplicates</b> (same function, start and a
 * request id present and equal; for aggregates: same function and interval start) are kept and counted:
 * {@link #duplicates()}, and one {@link ImportReport#duplicate()} each on a report given to
 * {@link Builder#countDuplicatesIn}.
 *
 * <p>The line a record was read from ({@code line()}) is not stored. Not thread-safe.
 */
public final class TraceWriter implements TraceSink, AutoCloseable {

    /** Records held in memory before a run is spilled to disk, unless the builder says otherwise. */
    public static final int DEFAULT_RUN_SIZE = 1_000_000;

    /** Start, function, request id (none first). */
    private static final Comparator<InvocationRecord> INVOCATION_ORDER = (a, b) -> {
        int c = Long.compare(a.startUs(), b.startUs());
        if (c != 0) {
            return c;
        }
        c = a.function().compareTo(b.function());
        if (c != 0) {
            return c;
        }
        String x = a.requestId();
        String y = b.requestId();
        return x == null ? (y == null ? 0 : -1) : (y == null ? 1 : x.compareTo(y));
    };
    /** Start, function. */
    private static final Comparator<IntervalAggregate> AGGREGATE_ORDER = (a, b) -> {
        int c = Long.compare(a.startUs(), b.startUs());
        return c != 0 ? c : a.function().compareTo(b.function());
    };

    private static final ExternalSorter.RunCodec<InvocationRecord> INVOCATION_CODEC =
            new ExternalSorter.RunCodec<>() {
                @Override
                public void encode(RecordCodec codec, Bytes out, InvocationRecord record, int function) {
                    codec.encode(out, record, function);
                }

                @Override
                public InvocationRecord decode(RecordCodec codec, PayloadReader in) {
                    return codec.decodeInvocation(in, null);
                }

                @Override
                public String function(InvocationRecord record) {
                    return record.function();
                }
            };

    private static final ExternalSorter.RunCodec<IntervalAggregate> AGGREGATE_CODEC =
            new ExternalSorter.RunCodec<>() {
                @Override
                public void encode(RecordCodec codec, Bytes out, IntervalAggregate record, int function) {
                    codec.encode(out, record, function);
                }

                @Override
                public IntervalAggregate decode(RecordCodec codec, PayloadReader in) {
                    return codec.decodeAggregate(in, null);
                }

                @Override
                public String function(IntervalAggregate record) {
                    return record.function();
                }
            };

    private enum State { OPEN, COMMITTED, ABORTED, FAILED }

    private final Path target;
    private final Path dir;
    private final TraceFileFormat format;
    private final int runSize;
    private final ImportReport report;
    private final TraceStats stats = new TraceStats();
    private TraceKind kind;
    private String firstLine;
    private ExternalSorter<InvocationRecord> invocations;
    private ExternalSorter<IntervalAggregate> aggregates;
    private Path temp;
    private State state = State.OPEN;
    private long duplicates;

    private TraceWriter(Builder b) throws IOException {
        this.target = b.target.toAbsolutePath();
        this.dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "the directory of " + b.target
                    + " does not exist");
        }
        this.format = b.format != null ? b.format : TraceFileFormat.forFileName(target);
        this.runSize = b.runSize;
        this.report = b.report;
        this.kind = b.kind;
    }

    /** A builder of a writer to {@code target}. */
    public static Builder to(Path target) {
        return new Builder(target);
    }

    /** A writer to {@code target} with the defaults: format from the file name, kind from the first record. */
    public static TraceWriter open(Path target) throws IOException {
        return to(target).open();
    }

    /** Settings of a {@link TraceWriter}. */
    public static final class Builder {
        private final Path target;
        private TraceFileFormat format;
        private TraceKind kind;
        private int runSize = DEFAULT_RUN_SIZE;
        private ImportReport report;

        private Builder(Path target) {
            this.target = Objects.requireNonNull(target, "target");
        }

        /** The form to write; by default {@link TraceFileFormat#forFileName} of the target. */
        public Builder format(TraceFileFormat f) {
            this.format = Objects.requireNonNull(f, "format");
            return this;
        }

        /** The kind of records the trace holds; by default that of the first record (invocations if none). */
        public Builder kind(TraceKind k) {
            this.kind = Objects.requireNonNull(k, "kind");
            return this;
        }

        /** Records held in memory before a sorted run is spilled to disk, at least 1. */
        public Builder runSize(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("the run size must be at least 1, was " + n);
            }
            this.runSize = n;
            return this;
        }

        /**
         * Also counts the duplicates the writer finds in {@code r} (one {@link ImportReport#duplicate()} each, at
         * commit). Leave it out when the importer counts duplicates in that report itself (the log importers count
         * repeated request ids), or they are counted twice; {@link TraceWriter#duplicates()} always has the count.
         */
        public Builder countDuplicatesIn(ImportReport r) {
            this.report = Objects.requireNonNull(r, "report");
            return this;
        }

        /** Creates the writer; nothing is written to disk before the first spill or the commit. */
        public TraceWriter open() throws IOException {
            return new TraceWriter(this);
        }
    }

    /** The file the trace goes to on {@link #commit()}. */
    public Path target() {
        return target;
    }

    /** Records accepted so far. */
    public long records() {
        return stats.records();
    }

    /** Exact duplicates found by {@link #commit()} (0 before). */
    public long duplicates() {
        return duplicates;
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            String why = switch (state) {
                case COMMITTED -> "committed";
                case ABORTED -> "aborted";
                default -> "broken by an earlier failure";
            };
            throw new IllegalStateException("the writer of " + target + " is " + why + "; it accepts no more records");
        }
    }

    private void requireKind(TraceKind k, String function, String line) {
        if (kind == null) {
            kind = k;
        }
        if (kind != k) {
            String other = k == TraceKind.INVOCATIONS ? "an invocation" : "an interval aggregate";
            throw new IllegalArgumentException(target.getFileName() + " holds " + kind.noun()
                    + (firstLine != null ? " (the first from " + firstLine + ")" : "") + "; " + other + " of \""
                    + function + "\"" + (line != null ? " from " + line : "") + " cannot be added: a trace holds one"
                    + " kind of record");
        }
        if (stats.records() == 0 && firstLine == null) {
            firstLine = line;
        }
    }

    private static String where(String line) {
        return line != null ? line : "(no line)";
    }

    private static void checkName(String function, String line) {
        if (function.isEmpty()) {
            throw new IllegalArgumentException(where(line) + ": function: empty name");
        }
        if (BinaryTrace.utf8Length(function) > BinaryTrace.MAX_STRING_BYTES) {
            throw new IllegalArgumentException(where(line) + ": function: name longer than "
                    + BinaryTrace.MAX_STRING_BYTES + " bytes");
        }
    }

    private static void checkOptional(String line, String field, long value) {
        if (value < -1) {
            throw new IllegalArgumentException(where(line) + ": " + field + ": " + value
                    + " (must be -1 for unknown, or at least 0)");
        }
    }

    private static void checkStatistic(String line, String field, double value) {
        if (!Double.isNaN(value) && !(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(where(line) + ": " + field + ": " + value
                    + " (must be NaN for unknown, or a finite number of ms, at least 0)");
        }
    }

    /**
     * Accepts an invocation. Throws {@link IllegalArgumentException} naming the record's line and field if a field is
     * out of range or the trace holds aggregates, {@link UncheckedIOException} if spilling a run fails.
     */
    @Override
    public void invocation(InvocationRecord r) {
        requireOpen();
        String line = r.line();
        if (!stats.has(r.function())) {
            checkName(r.function(), line);
        }
        checkOptional(line, "initUs", r.initUs());
        checkOptional(line, "restoreUs", r.restoreUs());
        checkOptional(line, "billedDurationMs", r.billedDurationMs());
        checkOptional(line, "billedRestoreMs", r.billedRestoreMs());
        checkOptional(line, "memoryMb", r.memoryMb());
        checkOptional(line, "maxMemoryUsedMb", r.maxMemoryUsedMb());
        if (r.requestId() != null && BinaryTrace.utf8Length(r.requestId()) > BinaryTrace.MAX_STRING_BYTES) {
            throw new IllegalArgumentException(where(line) + ": requestId: longer than "
                    + BinaryTrace.MAX_STRING_BYTES + " bytes");
        }
        requireKind(TraceKind.INVOCATIONS, r.function(), line);
        int id = stats.add(r.function(), r.startUs(), TraceStats.saturatedAdd(r.startUs(), r.durationUs()),
                r.memoryMb());
        // Keep the record itself when it already shares the stored name and has no line, else a copy that does.
        String name = stats.name(id);
        InvocationRecord kept = r.function() == name && r.line() == null ? r
                : new InvocationRecord(r.startUs(), name, r.durationUs(), r.initUs(), r.restoreUs(),
                        r.billedDurationMs(), r.billedRestoreMs(), r.memoryMb(), r.maxMemoryUsedMb(), r.status(),
                        r.requestId(), null);
        if (invocations == null) {
            invocations = new ExternalSorter<>(dir, prefix(), runSize, INVOCATION_ORDER, INVOCATION_CODEC, stats);
        }
        try {
            invocations.add(kept);
        } catch (IOException e) {
            state = State.FAILED;
            throw new UncheckedIOException("writing a sorted run for " + target + " failed", e);
        }
    }

    /** Accepts an interval aggregate; throws as {@link #invocation}. */
    @Override
    public void aggregate(IntervalAggregate a) {
        requireOpen();
        String line = a.line();
        if (!stats.has(a.function())) {
            checkName(a.function(), line);
        }
        checkStatistic(line, "avgDurationMs", a.avgDurationMs());
        checkStatistic(line, "minDurationMs", a.minDurationMs());
        checkStatistic(line, "maxDurationMs", a.maxDurationMs());
        checkStatistic(line, "p50DurationMs", a.p50DurationMs());
        checkStatistic(line, "p90DurationMs", a.p90DurationMs());
        checkStatistic(line, "p99DurationMs", a.p99DurationMs());
        checkOptional(line, "errors", a.errors());
        checkOptional(line, "throttles", a.throttles());
        checkOptional(line, "coldStarts", a.coldStarts());
        checkOptional(line, "memoryMb", a.memoryMb());
        requireKind(TraceKind.AGGREGATES, a.function(), line);
        int id = stats.add(a.function(), a.startUs(), TraceStats.saturatedAdd(a.startUs(), a.lengthUs()),
                a.memoryMb());
        String name = stats.name(id);
        IntervalAggregate kept = a.function() == name && a.line() == null ? a
                : new IntervalAggregate(a.startUs(), a.lengthUs(), name, a.invocations(), a.avgDurationMs(),
                        a.minDurationMs(), a.maxDurationMs(), a.p50DurationMs(), a.p90DurationMs(),
                        a.p99DurationMs(), a.errors(), a.throttles(), a.coldStarts(), a.memoryMb(), null);
        if (aggregates == null) {
            aggregates = new ExternalSorter<>(dir, prefix(), runSize, AGGREGATE_ORDER, AGGREGATE_CODEC, stats);
        }
        try {
            aggregates.add(kept);
        } catch (IOException e) {
            state = State.FAILED;
            throw new UncheckedIOException("writing a sorted run for " + target + " failed", e);
        }
    }

    private String prefix() {
        return "." + target.getFileName() + ".";
    }

    /**
     * Writes the trace: merges the sorted runs into a temporary file next to the target, forces it to disk and moves
     * it over the target (atomically where the file system can). Returns the header written. On failure nothing is
     * left behind and an existing target is untouched.
     */
    public TraceHeader commit() throws IOException {
        requireOpen();
        TraceHeader header = stats.header(kind != null ? kind : TraceKind.INVOCATIONS);
        try {
            temp = Files.createTempFile(dir, prefix(), ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                TraceOutput output = format == TraceFileFormat.BINARY ? new BinaryTraceOutput(out, header)
                        : new CsvTraceOutput(out, header);
                long written = header.kind() == TraceKind.INVOCATIONS ? writeInvocations(output)
                        : writeAggregates(output);
                if (written != header.records()) {
                    throw new IllegalStateException("wrote " + written + " records of " + header.records());
                }
                output.finish();
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            closeSorters();
            state = State.COMMITTED;
        } catch (IOException | RuntimeException e) {
            state = State.FAILED;
            cleanUp(e);
            throw e;
        }
        if (report != null) {
            for (long i = 0; i < duplicates; i++) {
                report.duplicate();
            }
        }
        return header;
    }

    private long writeInvocations(TraceOutput output) throws IOException {
        if (invocations == null) {
            return 0;
        }
        long n = 0;
        InvocationRecord prev = null;
        try (ExternalSorter.Cursor<InvocationRecord> in = invocations.sorted()) {
            for (InvocationRecord r = in.next(); r != null; r = in.next()) {
                if (prev != null && prev.startUs() == r.startUs() && r.requestId() != null
                        && prev.function().equals(r.function()) && r.requestId().equals(prev.requestId())) {
                    duplicates++;
                }
                output.invocation(r);
                prev = r;
                n++;
            }
        }
        return n;
    }

    private long writeAggregates(TraceOutput output) throws IOException {
        if (aggregates == null) {
            return 0;
        }
        long n = 0;
        IntervalAggregate prev = null;
        try (ExternalSorter.Cursor<IntervalAggregate> in = aggregates.sorted()) {
            for (IntervalAggregate a = in.next(); a != null; a = in.next()) {
                if (prev != null && prev.startUs() == a.startUs() && prev.function().equals(a.function())) {
                    duplicates++;
                }
                output.aggregate(a);
                prev = a;
                n++;
            }
        }
        return n;
    }

    private void closeSorters() throws IOException {
        try {
            if (invocations != null) {
                invocations.close();
            }
        } finally {
            if (aggregates != null) {
                aggregates.close();
            }
        }
    }

    private void cleanUp(Exception cause) {
        try {
            closeSorters();
        } catch (IOException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                if (cause != null) {
                    cause.addSuppressed(e);
                }
            }
            temp = null;
        }
    }

    /**
     * Discards the trace: deletes the temporary files; an existing target is left as it was. Does nothing after a
     * commit. Throws {@link UncheckedIOException} if a temporary file could not be deleted.
     */
    public void abort() {
        if (state == State.COMMITTED || state == State.ABORTED) {
            return;
        }
        state = State.ABORTED;
        IOException failure = new IOException("could not delete the temporary files of " + target);
        cleanUp(failure);
        if (failure.getSuppressed().length > 0) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Aborts unless committed. */
    @Override
    public void close() {
        abort();
    }
}
