package io.lambdasim.workload.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A growable byte array that encodes the binary trace format's primitives: varints, zigzag varints, doubles, text. */
final class Bytes {

    private byte[] buf;
    private int size;

    Bytes(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    int size() {
        return size;
    }

    byte[] array() {
        return buf;
    }

    void reset() {
        size = 0;
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            long wanted = Math.max((long) buf.length * 2, (long) size + extra);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("buffer too large");
            }
            buf = java.util.Arrays.copyOf(buf, (int) wanted);
        }
    }

    void writeByte(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    /** Unsigned LEB128: 7 bits a byte, low bits first, high bit set on every byte but the last; at most 10 bytes. */
    void writeVarint(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
    }

    /** A signed value as a varint of its zigzag encoding (0, -1, 1, -2... → 0, 1, 2, 3...). */
    void writeZigzag(long v) {
        writeVarint((v << 1) ^ (v >> 63));
    }

    /** The IEEE 754 bits of {@code v}, 8 bytes, little-endian. */
    void writeDouble(double v) {
        long bits = Double.doubleToRawLongBits(v);
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buf[size++] = (byte) (bits >>> (8 * i));
        }
    }

    /** A varint byte length and the UTF-8 bytes. */
    void writeString(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeVarint(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, buf, size, utf8.length);
        size += utf8.length;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, size);
    }

    /** {@code v} as a big-endian 32-bit value (checksums). */
    static void writeInt32(OutputStream out, int v) throws IOException {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
