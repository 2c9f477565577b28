package io.lambdasim.workload.trace;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the binary form, checking everything it can: the magic, the version, every section's checksum, that each
 * block holds exactly the records it announces, and at the end that the records match the header's counts.
 */
final class BinaryTraceInput implements TraceInput {

    private final BlockReader in;
    private final TraceHeader header;
    private final RecordCodec codec;
    private final long[] perFunction;
    private BlockReader.Block block;
    private long leftInBlock;
    private long read;
    private boolean ended;

    BinaryTraceInput(InputStream stream, String file) throws IOException {
        this.in = new BlockReader(stream, file);
        this.header = BinaryTrace.readHeader(in);
        List<String> names = new ArrayList<>(header.functions().size());
        int[] memory = new int[header.functions().size()];
        for (TraceFunction f : header.functions()) {
            memory[names.size()] = f.memoryMb();
            names.add(f.name());
        }
        this.perFunction = new long[names.size()];
        this.codec = new RecordCodec(names, memory, header.firstStartUs());
    }

    @Override
    public TraceHeader header() {
        return header;
    }

    /** Positions on the next record's bytes; false at the end (after checking the end). */
    private boolean advance() throws IOException {
        if (ended) {
            return false;
        }
        while (leftInBlock == 0) {
            if (block != null && !block.payload().atEnd()) {
                throw BinaryTrace.error(in.file(), block.payload().offset(), "corrupted block (starting at byte "
                        + block.startOffset() + "): data left after its " + block.records() + " records");
            }
            block = in.nextBlock();
            if (block == null) {
                ended = true;
                if (read != header.records()) {
                    throw BinaryTrace.error(in.file(), in.offset() - 1, "the end-of-records marker comes after "
                            + read + " records but the header announces " + header.records());
                }
                in.expectEnd();
                checkFunctionCounts();
                return false;
            }
            leftInBlock = block.records();
        }
        if (read == header.records()) {
            throw BinaryTrace.error(in.file(), block.payload().offset(), "corrupted: more records than the "
                    + header.records() + " the header announces");
        }
        return true;
    }

    private void checkFunctionCounts() {
        for (int i = 0; i < perFunction.length; i++) {
            TraceFunction f = header.functions().get(i);
            if (perFunction[i] != f.records()) {
                throw BinaryTrace.error(in.file(), in.offset(), "corrupted: the header announces " + f.records()
                        + " records of \"" + f.name() + "\", the file holds " + perFunction[i]);
            }
        }
    }

    private void counted(long at, long start) {
        leftInBlock--;
        read++;
        if (start < header.firstStartUs() || start > header.lastStartUs()) {
            throw BinaryTrace.error(in.file(), at, "corrupted record: its start " + start
                    + " is outside the header's span " + header.firstStartUs() + " to " + header.lastStartUs());
        }
        perFunction[codec.lastFunction()]++;
    }

    @Override
    public InvocationRecord nextInvocation() throws IOException {
        requireKind(TraceKind.INVOCATIONS);
        if (!advance()) {
            return null;
        }
        long at = block.payload().offset();
        InvocationRecord r = codec.decodeInvocation(block.payload(), null);
        counted(at, r.startUs());
        return r;
    }

    @Override
    public IntervalAggregate nextAggregate() throws IOException {
        requireKind(TraceKind.AGGREGATES);
        if (!advance()) {
            return null;
        }
        long at = block.payload().offset();
        IntervalAggregate a = codec.decodeAggregate(block.payload(), null);
        counted(at, a.startUs());
        return a;
    }

    private void requireKind(TraceKind kind) {
        if (header.kind() != kind) {
            throw new IllegalStateException(in.file() + " holds " + header.kind().noun() + ", not " + kind.noun());
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
