package io.lambdasim.workload.trace;

import java.nio.charset.StandardCharsets;

/**
 * Decodes the primitives of the binary trace format from a checked section (a header or a block of records) held in
 * memory; every error names the absolute byte offset in the file.
 */
final class PayloadReader {

    private final String file;
    private final byte[] buf;
    private final long baseOffset;
    private final int limit;
    private int pos;

    /** {@code buf[0..limit)} is the section, which starts at byte {@code baseOffset} of {@code file}. */
    PayloadReader(String file, byte[] buf, int limit, long baseOffset) {
        this.file = file;
        this.buf = buf;
        this.limit = limit;
        this.baseOffset = baseOffset;
    }

    /** The absolute offset in the file of the next byte. */
    long offset() {
        return baseOffset + pos;
    }

    /** The section's length in bytes. */
    int length() {
        return limit;
    }

    boolean atEnd() {
        return pos >= limit;
    }

    int readByte(String what) {
        if (pos >= limit) {
            throw overrun(what);
        }
        return buf[pos++] & 0xFF;
    }

    long readVarint(String what) {
        if (pos < limit && buf[pos] >= 0) { // one byte, the common case
            return buf[pos++];
        }
        long start = offset();
        long v = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            if (pos >= limit) {
                throw overrun(what);
            }
            int b = buf[pos++] & 0xFF;
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

    /** A varint that must be in {@code [0, max]}. */
    long readVarint(String what, long max) {
        long start = offset();
        long v = readVarint(what);
        if (v < 0 || v > max) {
            throw BinaryTrace.error(file, start, what + " " + Long.toUnsignedString(v) + " is out of range (at most "
                    + max + ")");
        }
        return v;
    }

    long readZigzag(String what) {
        long v = readVarint(what);
        return (v >>> 1) ^ -(v & 1);
    }

    double readDouble(String what) {
        if (limit - pos < 8) {
            throw overrun(what);
        }
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits |= (long) (buf[pos++] & 0xFF) << (8 * i);
        }
        return Double.longBitsToDouble(bits);
    }

    String readString(String what, int maxBytes) {
        int len = (int) readVarint(what + " length", maxBytes);
        if (limit - pos < len) {
            throw overrun(what);
        }
        String s = new String(buf, pos, len, StandardCharsets.UTF_8);
        pos += len;
        return s;
    }

    TraceFormatException error(long at, String message) {
        return BinaryTrace.error(file, at, message);
    }

    private TraceFormatException overrun(String what) {
        return BinaryTrace.error(file, offset(), "corrupted data: " + what + " runs past the end of its section");
    }
}
