package io.lambdasim.workload.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The binary form's constants and its file header; the layout is in {@code docs/trace-format.md}. */
final class BinaryTrace {

    /** The first 8 bytes of every binary trace: 0x89 then "LSTRACE" (the high byte catches 7-bit transfers). */
    static final byte[] MAGIC = {(byte) 0x89, 'L', 'S', 'T', 'R', 'A', 'C', 'E'};
    static final int MAX_HEADER_BYTES = 256 << 20;
    static final int MAX_BLOCK_BYTES = 1 << 20;
    /** The longest function name or request id, in UTF-8 bytes. */
    static final int MAX_STRING_BYTES = 65_535;

    static final int KIND_INVOCATIONS = 1;
    static final int KIND_AGGREGATES = 2;

    private BinaryTrace() {
    }

    static TraceFormatException error(String file, long offset, String message) {
        return new TraceFormatException(file + ": byte " + offset + ": " + message);
    }

    static void writeHeader(OutputStream out, TraceHeader h) throws IOException {
        out.write(MAGIC);
        out.write(TraceFileFormat.VERSION);
        Bytes b = new Bytes(64 + 32 * h.functions().size());
        b.writeByte(h.kind() == TraceKind.INVOCATIONS ? KIND_INVOCATIONS : KIND_AGGREGATES);
        b.writeVarint(h.records());
        b.writeZigzag(h.firstStartUs());
        b.writeZigzag(h.lastStartUs());
        b.writeZigzag(h.endUs());
        b.writeVarint(h.functions().size());
        for (TraceFunction f : h.functions()) {
            b.writeString(f.name());
            b.writeVarint(f.memoryMb() + 1L);
            b.writeVarint(f.records());
        }
        BlockWriter.writeSection(out, b);
    }

    /** Reads and checks the magic, the version and the header section. */
    static TraceHeader readHeader(BlockReader in) throws IOException {
        String file = in.file();
        for (int i = 0; i < MAGIC.length; i++) {
            int b = in.read();
            if (b < 0) {
                if (i == 0) {
                    throw error(file, 0, "the file is empty; a binary trace starts with \\x89LSTRACE");
                }
                throw in.truncated("the magic number (" + i + " of its " + MAGIC.length + " bytes)");
            }
            if (b != (MAGIC[i] & 0xFF)) {
                throw error(file, i, "not a LambdaSim binary trace: byte " + i + " is 0x"
                        + String.format("%02X", b) + " where 0x" + String.format("%02X", MAGIC[i] & 0xFF)
                        + " was expected (a binary trace starts with \\x89LSTRACE)");
            }
        }
        int version = in.read();
        if (version < 0) {
            throw in.truncated("the format version");
        }
        if (version != TraceFileFormat.VERSION) {
            throw error(file, MAGIC.length, "format version " + version + "; this LambdaSim reads version "
                    + TraceFileFormat.VERSION);
        }
        PayloadReader p = in.readSection("the header", MAX_HEADER_BYTES);
        long kindAt = p.offset();
        int kindByte = p.readByte("the kind");
        TraceKind kind = switch (kindByte) {
            case KIND_INVOCATIONS -> TraceKind.INVOCATIONS;
            case KIND_AGGREGATES -> TraceKind.AGGREGATES;
            default -> throw p.error(kindAt, "unknown kind " + kindByte + " (1 = invocations, 2 = aggregates)");
        };
        long records = p.readVarint("the record count", Long.MAX_VALUE);
        long spanAt = p.offset();
        long first = p.readZigzag("the first start");
        long last = p.readZigzag("the last start");
        long end = p.readZigzag("the end");
        if (records > 0 && (first > last || last > end)) {
            throw p.error(spanAt, "corrupted time span: first start " + first + ", last start " + last + ", end "
                    + end);
        }
        long functionsAt = p.offset();
        int count = (int) p.readVarint("the function count", p.length());
        List<TraceFunction> functions = new ArrayList<>(count);
        Set<String> names = new HashSet<>();
        long sum = 0;
        for (int i = 0; i < count; i++) {
            long at = p.offset();
            String name = p.readString("the name of function " + i, MAX_STRING_BYTES);
            if (!names.add(name)) {
                throw p.error(at, "function \"" + name + "\" is listed twice");
            }
            int memory = (int) (p.readVarint("the memory of \"" + name + "\"", Integer.MAX_VALUE + 1L) - 1);
            long n = p.readVarint("the record count of \"" + name + "\"", Long.MAX_VALUE);
            sum += n;
            functions.add(new TraceFunction(name, memory, n));
        }
        if (sum != records) {
            throw p.error(functionsAt, "corrupted header: the functions' record counts add up to " + sum
                    + ", not " + records);
        }
        if (!p.atEnd()) {
            throw p.error(p.offset(), "unexpected data at the end of the header");
        }
        return new TraceHeader(kind, version, functions, first, last, end, records);
    }

    /** The UTF-8 length of {@code s}, for limits. */
    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
