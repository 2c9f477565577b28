package io.lambdasim.workload.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32C;

/**
 * Writes checked sections of the binary trace format: records are encoded into {@link #payload()} and flushed in
 * blocks of about {@value #TARGET_BLOCK_BYTES} bytes, each {@code varint records, varint length, payload, CRC-32C}; a
 * zero byte ends the records.
 */
final class BlockWriter {

    static final int TARGET_BLOCK_BYTES = 64 * 1024;

    private final OutputStream out;
    private final Bytes payload = new Bytes(TARGET_BLOCK_BYTES + 1024);
    private final Bytes scratch = new Bytes(32);
    private final CRC32C crc = new CRC32C();
    private int records;

    BlockWriter(OutputStream out) {
        this.out = out;
    }

    /** Where the next record is encoded; call {@link #recordDone()} after each. */
    Bytes payload() {
        return payload;
    }

    void recordDone() throws IOException {
        records++;
        if (payload.size() >= TARGET_BLOCK_BYTES) {
            flushBlock();
        }
    }

    private void flushBlock() throws IOException {
        if (records == 0) {
            return;
        }
        scratch.reset();
        scratch.writeVarint(records);
        scratch.writeVarint(payload.size());
        scratch.writeTo(out);
        payload.writeTo(out);
        crc.reset();
        crc.update(payload.array(), 0, payload.size());
        Bytes.writeInt32(out, (int) crc.getValue());
        payload.reset();
        records = 0;
    }

    /** Flushes the last block and writes the end-of-records marker (a zero byte); flushes the stream. */
    void finish() throws IOException {
        flushBlock();
        out.write(0);
        out.flush();
    }

    /** Writes {@code section} as {@code varint length, bytes, CRC-32C}. */
    static void writeSection(OutputStream out, Bytes section) throws IOException {
        Bytes len = new Bytes(16);
        len.writeVarint(section.size());
        len.writeTo(out);
        section.writeTo(out);
        CRC32C crc = new CRC32C();
        crc.update(section.array(), 0, section.size());
        Bytes.writeInt32(out, (int) crc.getValue());
    }
}
