package io.lambdasim.workload.trace;

import static io.lambdasim.workload.trace.Traces.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged trace gives a clear error saying where, never wrong records. */
class TraceCorruptionTest {

    @TempDir
    Path dir;

    private Path good;
    private byte[] bytes;

    @BeforeEach
    void writeAGoodTrace() throws IOException {
        good = dir.resolve("good.lstrace");
        List<InvocationRecord> records = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            records.add(new InvocationRecord(B + i * 1_000L, i % 3 == 0 ? "a" : "b", 100 + i, i % 5 == 0 ? 300 : -1,
                    -1, 1 + i, -1, 512, 60, InvocationStatus.SUCCESS, "req-" + i, null));
        }
        Traces.writeInvocations(good, records);
        bytes = Files.readAllBytes(good);
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private static void readAll(Path file) throws IOException {
        Traces.readInvocations(file);
    }

    /** Reads {@code content} as a binary trace from a stream (the loops below try hundreds of variants). */
    private static void readAll(byte[] content) throws IOException {
        try (TraceReader r = TraceReader.open(new ByteArrayInputStream(content), "mem")) {
            while (r.nextInvocation() != null) {
                // read everything
            }
        }
    }

    @Test
    void everyTruncationIsReportedWithItsByteOffset() {
        for (int length = 0; length < bytes.length; length++) {
            byte[] cut = Arrays.copyOf(bytes, length);
            assertThatThrownBy(() -> readAll(cut)).as("cut after %d bytes", length)
                    .isInstanceOf(TraceFormatException.class)
                    .hasMessageStartingWith("mem: byte ")
                    .hasMessageContaining(length == 0 ? "the file is empty" : "cut short");
        }
    }

    @Test
    void aTruncationInsideTheRecordsNamesTheOffsetWhereTheFileEnds() throws IOException {
        int length = bytes.length - 10;
        Path cut = write("cut.lstrace", Arrays.copyOf(bytes, length));

        assertThatThrownBy(() -> readAll(cut)).hasMessageStartingWith(cut + ": byte " + length + ": truncated:");
    }

    @Test
    void everySingleByteCorruptionIsDetected() {
        for (int i = 0; i < bytes.length; i++) {
            for (int mask : new int[] {0x01, 0x80, 0xFF}) {
                byte[] damaged = bytes.clone();
                damaged[i] ^= (byte) mask;
                assertThatThrownBy(() -> readAll(damaged)).as("byte %d xor 0x%02X", i, mask)
                        .isInstanceOf(TraceFormatException.class)
                        .hasMessageStartingWith("mem: byte ");
            }
        }
    }

    @Test
    void aCorruptedFileIsReportedWhenOpenedByPathToo() throws IOException {
        byte[] damaged = bytes.clone();
        damaged[bytes.length / 2] ^= 0x01;
        Path bad = write("bad.lstrace", damaged);

        assertThatThrownBy(() -> readAll(bad)).isInstanceOf(TraceFormatException.class)
                .hasMessageStartingWith(bad + ": byte ");
    }

    @Test
    void aWrongMagicNumberIsReportedAtByteZero() throws IOException {
        Path zip = write("zip.lstrace", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});

        assertThatThrownBy(() -> readAll(zip)).isInstanceOf(TraceFormatException.class)
                .hasMessage(zip + ": byte 0: not a LambdaSim trace: it starts with 50 4B 03 04 14 00 00 00; a binary"
                        + " trace starts with \\x89LSTRACE, a CSV trace with \"# lambdasim-trace/1 kind=...\"");
    }

    @Test
    void aDamagedMagicNumberNamesTheFirstWrongByte() throws IOException {
        byte[] damaged = bytes.clone();
        damaged[3] = 'X';
        Path bad = write("bad.lstrace", damaged);

        assertThatThrownBy(() -> readAll(bad)).hasMessage(bad + ": byte 3: not a LambdaSim binary trace: byte 3 is"
                + " 0x58 where 0x54 was expected (a binary trace starts with \\x89LSTRACE)");
    }

    @Test
    void anUnknownVersionIsNamed() throws IOException {
        byte[] damaged = bytes.clone();
        damaged[8] = 2;
        Path bad = write("v2.lstrace", damaged);

        assertThatThrownBy(() -> readAll(bad))
                .hasMessage(bad + ": byte 8: format version 2; this LambdaSim reads version 1");
    }

    @Test
    void anEmptyFileIsNamedAsSuch() throws IOException {
        Path empty = write("empty.lstrace", new byte[0]);

        assertThatThrownBy(() -> readAll(empty)).hasMessageContaining("byte 0: the file is empty");
    }

    @Test
    void aVarintLongerThanTenBytesIsCorrupted() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0x89, 'L', 'S', 'T', 'R', 'A', 'C', 'E', 1});
        for (int i = 0; i < 11; i++) {
            b.write(0xFF); // the header's length, never ending
        }
        Path bad = write("varint.lstrace", b.toByteArray());

        assertThatThrownBy(() -> readAll(bad)).isInstanceOf(TraceFormatException.class)
                .hasMessageStartingWith(bad + ": byte 9: corrupted varint (the length of the header)");
    }

    @Test
    void anImpossibleSectionLengthIsCorruptedNotAnAllocation() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0x89, 'L', 'S', 'T', 'R', 'A', 'C', 'E', 1});
        for (int i = 0; i < 9; i++) {
            b.write(0xFF);
        }
        b.write(0x01); // 2^64 - 1 bytes of header
        Path bad = write("length.lstrace", b.toByteArray());

        assertThatThrownBy(() -> readAll(bad)).hasMessage(bad + ": byte 9: corrupted length of the header: "
                + "18446744073709551615 bytes, more than the 268435456 allowed");
    }

    /** A block whose checksum is right but whose start delta never ends: written by a broken writer. */
    @Test
    void aCorruptedVarintInsideACheckedBlockIsReportedAtItsOffset() throws IOException {
        byte[] header = {0x01, 0x01, 0, 0, 0, 0x01, 0x01, 'f', 0x00, 0x01};
        byte[] payload = {0x00, 0x00, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80,
            (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x01, 0x05};
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0x89, 'L', 'S', 'T', 'R', 'A', 'C', 'E', 1});
        b.write(header.length);
        b.write(header);
        b.write(TraceRoundTripTest.crc(header));
        int blockStart = b.size();
        b.write(1);
        b.write(payload.length);
        b.write(payload);
        b.write(TraceRoundTripTest.crc(payload));
        b.write(0);
        Path bad = write("varint.lstrace", b.toByteArray());

        // The delta starts after the block's count and length and the record's flags and function: 4 bytes in.
        assertThatThrownBy(() -> readAll(bad)).isInstanceOf(TraceFormatException.class)
                .hasMessageStartingWith(bad + ": byte " + (blockStart + 4)
                        + ": corrupted varint (the start-time delta)");
    }

    @Test
    void aChecksumMismatchNamesTheDamagedBlock() throws IOException {
        byte[] damaged = bytes.clone();
        damaged[bytes.length - 20] ^= 0x10;
        Path bad = write("bad.lstrace", damaged);

        assertThatThrownBy(() -> readAll(bad))
                .hasMessageMatching(".*: byte \\d+: checksum mismatch in the block of records \\(bytes \\d+ to \\d+\\):"
                        + " the file is damaged");
    }

    @Test
    void dataAfterTheEndMarkerIsAnError() throws IOException {
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        Path bad = write("long.lstrace", longer);

        assertThatThrownBy(() -> readAll(bad))
                .hasMessage(bad + ": byte " + bytes.length + ": unexpected data after the end-of-records marker");
    }

    @Test
    void aCsvTraceCutInTheMiddleOfALineIsReported() throws IOException {
        Path csv = dir.resolve("t.csv");
        Traces.writeInvocations(csv, List.of(InvocationRecord.of(B, "a", 1), InvocationRecord.of(B + 1, "a", 1234)));
        byte[] text = Files.readAllBytes(csv);
        Path cut = write("cut.csv", Arrays.copyOf(text, text.length - 3));

        assertThatThrownBy(() -> TraceReader.open(cut)).isInstanceOf(TraceFormatException.class)
                .hasMessage(cut + ":4: the last line has no line end: the file was cut short");
    }

    @Test
    void aCsvTraceMissingWholeLinesIsReported() throws IOException {
        Path csv = dir.resolve("t.csv");
        Traces.writeInvocations(csv, List.of(InvocationRecord.of(B, "a", 1), InvocationRecord.of(B + 1, "a", 2)));
        List<String> lines = Files.readAllLines(csv);
        Path cut = dir.resolve("cut.csv");
        Files.writeString(cut, String.join("\n", lines.subList(0, 3)) + "\n");

        assertThatThrownBy(() -> TraceReader.open(cut))
                .hasMessage(cut + ": the first line announces 2 records but the file holds 1 (cut short?)");
    }

    @Test
    void aBadCsvCellIsNamedByFileLineAndColumn() throws IOException {
        Path csv = write("bad.csv", ("# lambdasim-trace/1 kind=invocations\n"
                + "start_us,function,duration_us,status\n"
                + "100,f,5,success\n"
                + "200,f,12ms,success\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TraceReader.open(csv)).isInstanceOf(TraceFormatException.class)
                .hasMessage(csv + ":4: duration_us: \"12ms\" is not a whole number");
    }

    @Test
    void csvRowsOutOfTimeOrderAreRefused() throws IOException {
        Path csv = write("order.csv", ("# lambdasim-trace/1 kind=invocations\n"
                + "start_us,function,duration_us\n"
                + "200,f,5\n"
                + "100,f,5\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TraceReader.open(csv)).hasMessageStartingWith(csv
                + ":4: start_us: 100 is earlier than the row before (200); a trace file is in time order");
    }

    @Test
    void aCsvWithoutTheFirstLineIsNotATrace() throws IOException {
        Path csv = write("plain.csv", "# just a comment\nstart_us,function,duration_us\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TraceReader.open(csv)).hasMessageStartingWith(csv
                + ":1: not a LambdaSim CSV trace: the first line must be \"# lambdasim-trace/1 kind=invocations\"");
    }

    @Test
    void aCsvMissingARequiredColumnSaysWhich() throws IOException {
        Path csv = write("cols.csv", "# lambdasim-trace/1 kind=aggregates\nstart_us,function,invocations\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TraceReader.open(csv)).hasMessage(csv + ":2: the column names lack length_us (needed:"
                + " start_us, length_us, function, invocations)");
    }

    @Test
    void readingTheWrongKindIsAnIllegalState() throws IOException {
        try (TraceReader r = TraceReader.open(good)) {
            assertThatThrownBy(r::nextAggregate).isInstanceOf(IllegalStateException.class)
                    .hasMessage(good + " holds invocations, not interval aggregates");
        }
        assertThat(Traces.readInvocations(good)).hasSize(40);
    }
}
