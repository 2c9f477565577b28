package io.lambdasim.workload.trace;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32C;

/**
 * Reads the checked sections of a binary trace from a stream, keeping count of the byte offset for messages: each
 * section is read whole and its CRC-32C verified before anything in it is decoded, so a damaged file gives an error,
 * never wrong records.
 */
final class BlockReader implements Closeable {

    private static final int CHUNK = 1 << 20;

    private final InputStream in;
    private final String file;
    private final CRC32C crc = new CRC32C();
    private long offset;
    private byte[] buf = new byte[8192];

    /** A block of records: how many, and the payload to decode them from. */
    record Block(long records, PayloadReader payload, long startOffset) {
    }

    BlockReader(InputStream in, String file) {
        this.in = in;
        this.file = file;
    }

    String file() {
        return file;
    }

    long offset() {
        return offset;
    }

    /** The next raw byte, or -1 at the end of the stream. */
    int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            offset++;
        }
        return b;
    }

    /** Reads exactly {@code n} raw bytes into a new array, or throws naming {@code what} if the file ends first. */
    byte[] readRaw(int n, String what) throws IOException {
        byte[] bytes = in.readNBytes(n);
        offset += bytes.length;
        if (bytes.length < n) {
            throw truncated(what);
        }
        return bytes;
    }

    /** A varint read directly from the stream (outside a checked section). */
    long readVarint(String what) throws IOException {
        long start = offset;
        long v = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            int b = read();
            if (b < 0) {
                throw truncated(what);
            }
            if (shift == 63 && b > 1) {
                throw BinaryTrace.error(file, start, "corrupted varint (" + what + "): more than 64 bits");
            }
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw BinaryTrace.error(file, start, "corrupted varint (" + what + "): longer than 10 bytes");
    }

    /**
     * Reads a section {@code varint length, bytes, CRC-32C} of at most {@code maxLength} bytes and verifies its
     * checksum. The returned reader is valid until the next call.
     */
    PayloadReader readSection(String what, int maxLength) throws IOException {
        long sectionStart = offset;
        long length = readVarint("the length of " + what);
        if (Long.compareUnsigned(length, maxLength) > 0) {
            throw BinaryTrace.error(file, sectionStart, "corrupted length of " + what + ": "
                    + Long.toUnsignedString(length) + " bytes, more than the " + maxLength + " allowed");
        }
        int len = (int) length;
        long payloadStart = offset;
        int got = 0;
        while (got < len) {
            int chunk = Math.min(len - got, CHUNK);
            if (buf.length < got + chunk) {
                buf = java.util.Arrays.copyOf(buf, Math.max(got + chunk, Math.min(len, buf.length * 2)));
            }
            int n = in.readNBytes(buf, got, chunk);
            got += n;
            offset += n;
            if (n < chunk) {
                throw truncated(what + " (starting at byte " + sectionStart + ", announced " + len + " bytes, "
                        + got + " present)");
            }
        }
        byte[] stored = readRaw(4, "the checksum of " + what + " starting at byte " + sectionStart);
        int expected = ((stored[0] & 0xFF) << 24) | ((stored[1] & 0xFF) << 16) | ((stored[2] & 0xFF) << 8)
                | (stored[3] & 0xFF);
        crc.reset();
        crc.update(buf, 0, len);
        if ((int) crc.getValue() != expected) {
            throw BinaryTrace.error(file, sectionStart, "checksum mismatch in " + what + " (bytes " + sectionStart
                    + " to " + (offset - 1) + "): the file is damaged");
        }
        return new PayloadReader(file, buf, len, payloadStart);
    }

    /** The next block of records, or null at the end-of-records marker. */
    Block nextBlock() throws IOException {
        long start = offset;
        long records = readVarint("the record count of a block (the file ends before its end-of-records marker)");
        if (records == 0) {
            return null;
        }
        PayloadReader payload = readSection("the block of records", BinaryTrace.MAX_BLOCK_BYTES);
        if (Long.compareUnsigned(records, payload.length()) > 0) {
            throw BinaryTrace.error(file, start, "corrupted block: it claims " + Long.toUnsignedString(records)
                    + " records in " + payload.length() + " bytes");
        }
        return new Block(records, payload, start);
    }

    /** Throws unless the stream has ended. */
    void expectEnd() throws IOException {
        long at = offset;
        if (read() >= 0) {
            throw BinaryTrace.error(file, at, "unexpected data after the end-of-records marker");
        }
    }

    TraceFormatException truncated(String what) {
        return BinaryTrace.error(file, offset, "truncated: the file ends in " + what + "; it was cut short");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
