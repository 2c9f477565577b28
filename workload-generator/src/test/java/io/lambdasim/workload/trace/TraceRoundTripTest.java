package io.lambdasim.workload.trace;

import static io.lambdasim.workload.trace.Traces.B;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceRoundTripTest {

    @TempDir
    Path dir;

    private static final String ODD_NAME = "weird, \"name\"\nline two ü€ ";

    /** Invocations in time order covering every field, unknowns, and extreme values. */
    private static List<InvocationRecord> invocations() {
        return List.of(
                new InvocationRecord(Long.MIN_VALUE, ODD_NAME, 1, -1, -1, -1, -1, -1, -1, InvocationStatus.ERROR,
                        "id, with \"quotes\"", "x.log:9"),
                new InvocationRecord(-5, "steady", 0, 0, 0, 0, 0, 256, 0, InvocationStatus.UNKNOWN, null, null),
                new InvocationRecord(B, "checkout", 118_040, 412_770, 398_970, 119, 182, 1024, 91,
                        InvocationStatus.SUCCESS, "6f1c2a4e-1b7d-4f0e-9a51-3c2d7e8f9a01", "a.log:1"),
                InvocationRecord.of(B, "checkout", 0),
                new InvocationRecord(B + 1, "checkout", 2_999_999, -1, -1, 3000, -1, 512, 512,
                        InvocationStatus.TIMEOUT, "", "a.log:3"),
                new InvocationRecord(B + 1, "steady", 42, -1, -1, 1, -1, 256, 64, InvocationStatus.SUCCESS, "r",
                        null),
                new InvocationRecord(Long.MAX_VALUE, "steady", Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE - 1,
                        Long.MAX_VALUE, Long.MAX_VALUE, 256, Integer.MAX_VALUE, InvocationStatus.ERROR, "z", null));
    }

    private static List<IntervalAggregate> aggregates() {
        return List.of(
                new IntervalAggregate(Long.MIN_VALUE, 1, "tiny", 0, Double.MIN_VALUE, 0.0, 1e-7, 0.001, 0.5,
                        1.0000001, 0, 0, 0, 0, null),
                new IntervalAggregate(B, 60_000_000, "api", 118, 102.25, 1.01, 2503.5, 88.4, 300.0, 812.4, 3, 0, 2,
                        1024, "cw.json:4"),
                new IntervalAggregate(B, 60_000_000, "unknowns", 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, -1, -1, -1, -1, null),
                new IntervalAggregate(B + 60_000_000, 300_000_000, "api", 7, 1.0 / 3, Double.NaN, 1e15 + 0.5, 12,
                        Double.NaN, 123456789.123, -1, 5, -1, 2048, null),
                new IntervalAggregate(Long.MAX_VALUE - 10, Long.MAX_VALUE, "huge", Long.MAX_VALUE, Double.MAX_VALUE,
                        Double.MAX_VALUE, Double.MAX_VALUE, 1.7e300, 2.5e-300, 9.99e99, Long.MAX_VALUE,
                        Long.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE, null));
    }

    private static <T> List<T> scrambled(List<T> sorted) {
        List<T> out = new ArrayList<>();
        for (int i = sorted.size() - 1; i >= 0; i -= 2) {
            out.add(sorted.get(i));
        }
        for (int i = sorted.size() % 2 == 0 ? 0 : 1; i < sorted.size(); i += 2) {
            out.add(sorted.get(i));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"trace.lstrace", "trace.csv"})
    void invocationsComeBackWithEveryFieldInTimeOrder(String name) throws IOException {
        Path file = dir.resolve(name);
        // Ties at B: "checkout" with request id 6f1c... and one without; the one without comes first.
        List<InvocationRecord> expected = new ArrayList<>(invocations());
        expected.set(2, invocations().get(3));
        expected.set(3, invocations().get(2));

        TraceHeader written = Traces.writeInvocations(file, scrambled(invocations()));
        List<InvocationRecord> read = Traces.readInvocations(file);

        assertThat(Traces.noLines(read)).containsExactlyElementsOf(Traces.noLines(expected));
        try (TraceReader r = TraceReader.open(file)) {
            assertThat(r.header()).isEqualTo(written);
            assertThat(r.format()).isEqualTo(name.endsWith(".csv") ? TraceFileFormat.CSV : TraceFileFormat.BINARY);
        }
        assertThat(written.kind()).isEqualTo(TraceKind.INVOCATIONS);
        assertThat(written.records()).isEqualTo(7);
        assertThat(written.firstStartUs()).isEqualTo(Long.MIN_VALUE);
        assertThat(written.lastStartUs()).isEqualTo(Long.MAX_VALUE);
        assertThat(written.endUs()).as("saturates").isEqualTo(Long.MAX_VALUE);
        assertThat(written.functions()).containsExactly(
                new TraceFunction("checkout", -1, 3),
                new TraceFunction("steady", 256, 3),
                new TraceFunction(ODD_NAME, -1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"agg.lstrace", "agg.csv"})
    void aggregatesComeBackWithEveryFieldInTimeOrder(String name) throws IOException {
        Path file = dir.resolve(name);
        TraceHeader written = Traces.writeAggregates(file, scrambled(aggregates()));

        List<IntervalAggregate> read = Traces.readAggregates(file);

        assertThat(Traces.aggregatesNoLines(read)).containsExactlyElementsOf(Traces.aggregatesNoLines(aggregates()));
        assertThat(written.kind()).isEqualTo(TraceKind.AGGREGATES);
        assertThat(written.endUs()).isEqualTo(Long.MAX_VALUE);
        assertThat(written.functions()).containsExactly(
                new TraceFunction("api", -1, 2),
                new TraceFunction("huge", Integer.MAX_VALUE, 1),
                new TraceFunction("tiny", 0, 1),
                new TraceFunction("unknowns", -1, 1));
    }

    @Test
    void csvRecordsSayWhichLineTheyCameFromAndBinaryOnesHaveNoLine() throws IOException {
        Path csv = dir.resolve("t.csv");
        Path bin = dir.resolve("t.lstrace");
        List<InvocationRecord> in = List.of(InvocationRecord.of(B, "a", 1), InvocationRecord.of(B + 1, "a", 2));
        Traces.writeInvocations(csv, in);
        Traces.writeInvocations(bin, in);

        assertThat(Traces.readInvocations(csv)).extracting(InvocationRecord::line)
                .containsExactly(csv + ":3", csv + ":4");
        assertThat(Traces.readInvocations(bin)).extracting(InvocationRecord::line).containsOnlyNulls();
    }

    @Test
    void csvFormIsTheDocumentedText() throws IOException {
        Path file = dir.resolve("doc.csv");
        Traces.writeInvocations(file, List.of(
                new InvocationRecord(B, "checkout", 118_040, 412_770, -1, 119, -1, 1024, 91,
                        InvocationStatus.SUCCESS, "6f1c", null),
                InvocationRecord.of(B + 250, "a,b", 7)));

        assertThat(Files.readString(file)).isEqualTo(""
                + "# lambdasim-trace/1 kind=invocations records=2\n"
                + "start_us,function,duration_us,init_us,restore_us,billed_duration_ms,billed_restore_ms,memory_mb,"
                + "max_memory_used_mb,status,request_id\n"
                + "1767225600000000,checkout,118040,412770,,119,,1024,91,success,6f1c\n"
                + "1767225600000250,\"a,b\",7,,,,,,,,\n");
    }

    @Test
    void csvAggregateFormWritesPlainDecimals() throws IOException {
        Path file = dir.resolve("agg.csv");
        Traces.writeAggregates(file, List.of(new IntervalAggregate(B, 60_000_000, "api", 118, 102.25, 1, 2503.5,
                Double.NaN, Double.NaN, 1e-7, 3, -1, 2, 1024, null)));

        assertThat(Files.readAllLines(file)).containsExactly(
                "# lambdasim-trace/1 kind=aggregates records=1",
                "start_us,length_us,function,invocations,avg_duration_ms,min_duration_ms,max_duration_ms,"
                        + "p50_duration_ms,p90_duration_ms,p99_duration_ms,errors,throttles,cold_starts,memory_mb",
                "1767225600000000,60000000,api,118,102.25,1,2503.5,,,0.0000001,3,,2,1024");
    }

    @Test
    void csvWithColumnsInAnotherOrderAndExtraColumnsIsRead() throws IOException {
        Path file = dir.resolve("hand.csv");
        Files.writeString(file, "# lambdasim-trace/1 kind=invocations\n"
                + "# written by hand\n"
                + "function, start_us ,note,duration_us\n"
                + "\n"
                + "f,100,first,5\n"
                + "g,100,,6\n"
                + "f , 250 , x , 7\n");

        assertThat(Traces.noLines(Traces.readInvocations(file))).containsExactly(
                InvocationRecord.of(100, "f", 5), InvocationRecord.of(100, "g", 6), InvocationRecord.of(250, "f", 7));
    }

    @Test
    void csvWithAByteOrderMarkAndWindowsLineEndsIsRead() throws IOException {
        Path file = dir.resolve("excel.csv");
        Files.writeString(file, "\uFEFF# lambdasim-trace/1 kind=invocations records=2\r\n"
                + "start_us,function,duration_us,request_id\r\n"
                + "100,f,5,\"two\r\nlines\"\r\n"
                + "250,f,7,\"\"\r\n");

        List<InvocationRecord> read = Traces.readInvocations(file);

        assertThat(read).extracting(InvocationRecord::requestId).containsExactly("two\r\nlines", "");
        assertThat(read).extracting(InvocationRecord::line).containsExactly(file + ":3", file + ":5");
    }

    @Test
    void convertingBinaryToCsvAndBackKeepsEveryRecord() throws IOException {
        Path bin = dir.resolve("a.lstrace");
        Path csv = dir.resolve("a.csv");
        Path back = dir.resolve("b.lstrace");
        Traces.writeInvocations(bin, invocations());

        try (TraceReader r = TraceReader.open(bin); TraceWriter w = TraceWriter.open(csv)) {
            r.copyTo(w);
            w.commit();
        }
        try (TraceReader r = TraceReader.open(csv); TraceWriter w = TraceWriter.open(back)) {
            r.copyTo(w);
            w.commit();
        }

        assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(bin));
    }

    @Test
    void anEmptyTraceHasAHeaderAndNoRecords() throws IOException {
        Path file = dir.resolve("empty.lstrace");
        try (TraceWriter w = TraceWriter.to(file).kind(TraceKind.AGGREGATES).open()) {
            w.commit();
        }
        try (TraceReader r = TraceReader.open(file)) {
            assertThat(r.header()).isEqualTo(new TraceHeader(TraceKind.AGGREGATES, 1, List.of(), 0, 0, 0, 0));
            assertThat(r.nextAggregate()).isNull();
        }
    }

    /** The binary layout of docs/trace-format.md, byte by byte, for one invocation. */
    @Test
    void binaryFormIsTheDocumentedLayout() throws IOException {
        Path file = dir.resolve("one.lstrace");
        Traces.writeInvocations(file, List.of(new InvocationRecord(1000, "f", 5, -1, -1, -1, -1, -1, -1,
                InvocationStatus.SUCCESS, null, null)));

        byte[] header = {
            0x01,                                    // kind: invocations
            0x01,                                    // records
            (byte) 0xD0, 0x0F,                       // first start: zigzag(1000) = 2000
            (byte) 0xD0, 0x0F,                       // last start
            (byte) 0xDA, 0x0F,                       // end: zigzag(1005) = 2010
            0x01,                                    // one function
            0x01, 'f',                               // its name
            0x00,                                    // memory + 1: unknown
            0x01,                                    // its records
        };
        byte[] block = {
            0x01,                                    // flags: status success
            0x00,                                    // function 0
            0x00,                                    // start - first start
            0x05,                                    // duration
        };
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write(new byte[] {(byte) 0x89, 'L', 'S', 'T', 'R', 'A', 'C', 'E', 0x01});
        expected.write(header.length);
        expected.write(header);
        expected.write(crc(header));
        expected.write(0x01);                        // records in the block
        expected.write(block.length);
        expected.write(block);
        expected.write(crc(block));
        expected.write(0x00);                        // end of records

        assertThat(Files.readAllBytes(file)).isEqualTo(expected.toByteArray());
    }

    static byte[] crc(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        return ByteBuffer.allocate(4).putInt((int) c.getValue()).array();
    }

    @Test
    void aBinaryTraceCanBeReadFromAStream() throws IOException {
        Path file = dir.resolve("s.lstrace");
        Traces.writeInvocations(file, invocations());

        List<InvocationRecord> read = new ArrayList<>();
        try (TraceReader r = TraceReader.open(Files.newInputStream(file), "stdin")) {
            for (InvocationRecord rec = r.nextInvocation(); rec != null; rec = r.nextInvocation()) {
                read.add(rec);
            }
        }
        assertThat(read).hasSize(7);
        assertThat(new String(Files.readAllBytes(file), 1, 7, StandardCharsets.US_ASCII)).isEqualTo("LSTRACE");
    }
}
