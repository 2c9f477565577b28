package io.lambdasim.workload.trace;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads a LambdaSim trace file, binary or CSV, as a stream: the header first, then the records in time order, one at a
 * time. Nothing is held but the current block (binary) or line (CSV).
 *
 * <p>A damaged file gives a {@link TraceFormatException} that says where: {@code file: byte N: ...} for the binary
 * form (truncation, a wrong magic number, a checksum mismatch, a malformed varint, counts that disagree with the
 * header), {@code file:line: column: ...} for the CSV form. Binary records are returned with {@code line} null; CSV
 * records with {@code "file:line"}. Not thread-safe.
 */
public final class TraceReader implements AutoCloseable {

    private final TraceInput input;
    private final TraceFileFormat format;

    private TraceReader(TraceInput input, TraceFileFormat format) {
        this.input = input;
        this.format = format;
    }

    /**
     * Whether {@code file} starts as a LambdaSim trace does (the binary magic number, or the CSV form's first line):
     * the test that tells a trace from a file to import.
     */
    public static boolean looksLikeTrace(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(32);
        }
        if (head.length >= BinaryTrace.MAGIC.length
                && Arrays.equals(Arrays.copyOf(head, BinaryTrace.MAGIC.length), BinaryTrace.MAGIC)) {
            return true;
        }
        return new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").startsWith(CsvTrace.MAGIC);
    }

    /**
     * Opens a trace file, telling the two forms apart by their first bytes. A CSV trace is read through once here to
     * compute its header and check every row.
     */
    public static TraceReader open(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(32);
        }
        String name = file.toString();
        if (head.length == 0) {
            throw new TraceFormatException(name + ": byte 0: the file is empty; not a LambdaSim trace");
        }
        if ((head[0] & 0xFF) == (BinaryTrace.MAGIC[0] & 0xFF)) {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            try {
                return new TraceReader(new BinaryTraceInput(in, name), TraceFileFormat.BINARY);
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.startsWith("#")) {
            return new TraceReader(CsvTraceInput.open(file), TraceFileFormat.CSV);
        }
        throw new TraceFormatException(name + ": byte 0: not a LambdaSim trace: it starts with "
                + preview(head) + "; a binary trace starts with \\x89LSTRACE, a CSV trace with \""
                + CsvTrace.MAGIC + TraceFileFormat.VERSION + " kind=...\"");
    }

    /**
     * Reads a binary trace from a stream (a pipe, standard input); {@code name} is used in messages. The CSV form is
     * read from files only (it is read twice).
     */
    public static TraceReader open(InputStream in, String name) throws IOException {
        Objects.requireNonNull(in, "in");
        InputStream buffered = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
        return new TraceReader(new BinaryTraceInput(buffered, name), TraceFileFormat.BINARY);
    }

    private static String preview(byte[] head) {
        StringBuilder sb = new StringBuilder();
        byte[] shown = Arrays.copyOf(head, Math.min(head.length, 8));
        for (byte b : shown) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.format("%02X", b & 0xFF));
        }
        return sb.toString();
    }

    /** The file's header: kind, functions, span, record count. */
    public TraceHeader header() {
        return input.header();
    }

    public TraceKind kind() {
        return input.header().kind();
    }

    public TraceFileFormat format() {
        return format;
    }

    /**
     * The next invocation in time order, or null after the last.
     *
     * @throws IllegalStateException if the trace holds aggregates
     * @throws TraceFormatException if the file is damaged
     */
    public InvocationRecord nextInvocation() throws IOException {
        return input.nextInvocation();
    }

    /**
     * The next interval aggregate in time order, or null after the last.
     *
     * @throws IllegalStateException if the trace holds invocations
     * @throws TraceFormatException if the file is damaged
     */
    public IntervalAggregate nextAggregate() throws IOException {
        return input.nextAggregate();
    }

    /** Delivers the remaining records to {@code sink} (for example a {@link TraceWriter}, to convert a trace). */
    public void copyTo(TraceSink sink) throws IOException {
        if (kind() == TraceKind.INVOCATIONS) {
            for (InvocationRecord r = nextInvocation(); r != null; r = nextInvocation()) {
                sink.invocation(r);
            }
        } else {
            for (IntervalAggregate a = nextAggregate(); a != null; a = nextAggregate()) {
                sink.aggregate(a);
            }
        }
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
