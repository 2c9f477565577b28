package io.lambdasim.workload.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes the binary form: header, blocks of records, end marker. */
final class BinaryTraceOutput implements TraceOutput {

    private final Map<String, Integer> index = new HashMap<>();
    private final BlockWriter blocks;
    private final RecordCodec codec;

    BinaryTraceOutput(OutputStream out, TraceHeader header) throws IOException {
        BinaryTrace.writeHeader(out, header);
        List<String> names = new ArrayList<>(header.functions().size());
        int[] memory = new int[header.functions().size()];
        for (TraceFunction f : header.functions()) {
            memory[names.size()] = f.memoryMb();
            index.put(f.name(), names.size());
            names.add(f.name());
        }
        this.blocks = new BlockWriter(out);
        this.codec = new RecordCodec(names, memory, header.firstStartUs());
    }

    private int fn(String function) {
        Integer i = index.get(function);
        if (i == null) {
            throw new IllegalStateException("function \"" + function + "\" is not in the header");
        }
        return i;
    }

    @Override
    public void invocation(InvocationRecord r) throws IOException {
        codec.encode(blocks.payload(), r, fn(r.function()));
        blocks.recordDone();
    }

    @Override
    public void aggregate(IntervalAggregate a) throws IOException {
        codec.encode(blocks.payload(), a, fn(a.function()));
        blocks.recordDone();
    }

    @Override
    public void finish() throws IOException {
        blocks.finish();
    }
}
