package io.lambdasim.workload.trace;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Sorts records of one kind with bounded memory: at most {@code runSize} records are held; each full batch is sorted
 * (stably) and spilled to a run file in the binary block format, and the runs are merged k-way, at most
 * {@value #MAX_FAN_IN} at a time (more runs are first merged in groups into longer runs). Ties keep the order in which
 * the records were added. Run files live in the target's directory and are deleted by {@link #close()}.
 */
final class ExternalSorter<T> implements Closeable {

    static final int MAX_FAN_IN = 64;

    /** Encodes and decodes records of one kind in a run file. */
    interface RunCodec<T> {
        void encode(RecordCodec codec, Bytes out, T record, int function);

        T decode(RecordCodec codec, PayloadReader in);

        String function(T record);
    }

    /** Records in order, one at a time. */
    interface Cursor<T> extends Closeable {
        /** The next record, or null at the end. */
        T next() throws IOException;
    }

    private final Path dir;
    private final String prefix;
    private final int runSize;
    private final Comparator<T> order;
    private final RunCodec<T> codec;
    private final TraceStats stats;
    private final ArrayList<T> buffer = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private final List<Closeable> open = new ArrayList<>();

    ExternalSorter(Path dir, String prefix, int runSize, Comparator<T> order, RunCodec<T> codec, TraceStats stats) {
        this.dir = dir;
        this.prefix = prefix;
        this.runSize = runSize;
        this.order = order;
        this.codec = codec;
        this.stats = stats;
    }

    void add(T record) throws IOException {
        buffer.add(record);
        if (buffer.size() >= runSize) {
            spill();
        }
    }

    /** How many run files have been written so far. */
    int runs() {
        return runs.size();
    }

    private Path newRunFile() throws IOException {
        Path run = Files.createTempFile(dir, prefix, ".run");
        runs.add(run);
        return run;
    }

    private void spill() throws IOException {
        buffer.sort(order);
        Path run = newRunFile();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(run), 1 << 16)) {
            BlockWriter blocks = new BlockWriter(out);
            RecordCodec c = new RecordCodec(stats.names(), null, Long.MIN_VALUE);
            for (T r : buffer) {
                codec.encode(c, blocks.payload(), r, stats.id(codec.function(r)));
                blocks.recordDone();
            }
            blocks.finish();
        }
        buffer.clear();
    }

    /** All records added, in order. Call once, after the last {@link #add}. */
    Cursor<T> sorted() throws IOException {
        if (runs.isEmpty()) {
            buffer.sort(order);
            return new Cursor<T>() {
                private int i;

                @Override
                public T next() {
                    return i < buffer.size() ? buffer.get(i++) : null;
                }

                @Override
                public void close() {
                    // nothing to release
                }
            };
        }
        if (!buffer.isEmpty()) {
            spill();
        }
        buffer.trimToSize();
        List<Path> level = new ArrayList<>(runs);
        while (level.size() > MAX_FAN_IN) {
            List<Path> next = new ArrayList<>();
            for (int i = 0; i < level.size(); i += MAX_FAN_IN) {
                List<Path> group = level.subList(i, Math.min(level.size(), i + MAX_FAN_IN));
                if (group.size() == 1) {
                    next.add(group.get(0));
                    continue;
                }
                Path merged = newRunFile();
                try (Cursor<T> in = merge(group);
                     OutputStream out = new BufferedOutputStream(Files.newOutputStream(merged), 1 << 16)) {
                    BlockWriter blocks = new BlockWriter(out);
                    RecordCodec c = new RecordCodec(stats.names(), null, Long.MIN_VALUE);
                    for (T r = in.next(); r != null; r = in.next()) {
                        codec.encode(c, blocks.payload(), r, stats.id(codec.function(r)));
                        blocks.recordDone();
                    }
                    blocks.finish();
                }
                for (Path p : group) {
                    Files.deleteIfExists(p);
                }
                next.add(merged);
            }
            level = next;
        }
        return merge(level);
    }

    /** A run being merged: its reader and its current record. */
    private final class Run implements Closeable {
        final int index;
        final BlockReader in;
        final RecordCodec c = new RecordCodec(stats.names(), null, Long.MIN_VALUE);
        BlockReader.Block block;
        long left;
        T current;

        Run(int index, Path file) throws IOException {
            this.index = index;
            this.in = new BlockReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
                    file.toString());
        }

        boolean advance() throws IOException {
            while (left == 0) {
                block = in.nextBlock();
                if (block == null) {
                    current = null;
                    return false;
                }
                left = block.records();
            }
            current = codec.decode(c, block.payload());
            left--;
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private Cursor<T> merge(List<Path> files) throws IOException {
        PriorityQueue<Run> heap = new PriorityQueue<>(Math.max(1, files.size()), (a, b) -> {
            int c = order.compare(a.current, b.current);
            return c != 0 ? c : Integer.compare(a.index, b.index);
        });
        List<Run> all = new ArrayList<>();
        Cursor<T> cursor = new Cursor<T>() {
            @Override
            public T next() throws IOException {
                Run top = heap.poll();
                if (top == null) {
                    return null;
                }
                T r = top.current;
                if (top.advance()) {
                    heap.add(top);
                }
                return r;
            }

            @Override
            public void close() throws IOException {
                for (Run run : all) {
                    run.close();
                }
                open.remove(this);
            }
        };
        open.add(cursor);
        for (int i = 0; i < files.size(); i++) {
            Run run = new Run(i, files.get(i));
            all.add(run);
            if (run.advance()) {
                heap.add(run);
            }
        }
        return cursor;
    }

    /** Closes open merges and deletes every run file; keeps going past failures and throws the first. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Closeable c : new ArrayList<>(open)) {
            try {
                c.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        for (Path p : runs) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        runs.clear();
        buffer.clear();
        if (first != null) {
            throw first;
        }
    }
}
