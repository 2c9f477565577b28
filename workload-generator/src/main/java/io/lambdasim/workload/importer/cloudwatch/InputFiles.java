package io.lambdasim.workload.importer.cloudwatch;

import io.lambdasim.workload.trace.TraceFormatException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks shared by the importers: file names for messages, empty and binary files, byte-order marks. */
final class InputFiles {

    private static final int HEAD_BYTES = 4096;

    private InputFiles() {
    }

    /** The file's name (last path element), used in every message. */
    static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    /**
     * The function a file's name gives: the name up to its first dot ({@code orders-api.json} and
     * {@code orders-api.page2.json} give {@code orders-api}; Lambda function names have no dots), the whole name if
     * it starts with a dot.
     */
    static String functionFromName(String fileName) {
        int dot = fileName.indexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    /**
     * Throws a {@link TraceFormatException} naming the file if it is empty or starts with binary data (control bytes
     * other than tab, line feed, carriage return and form feed; UTF-16 and UTF-32 files with a byte-order mark are
     * text).
     *
     * @param expected what the importer expected, for the message ("the JSON output of aws cloudwatch ...")
     */
    static void requireText(Path file, String expected) throws IOException {
        String name = name(file);
        byte[] head = head(file);
        if (head.length == 0) {
            throw new TraceFormatException(name + ": the file is empty; expected " + expected);
        }
        if (startsWithWideBom(head)) {
            return;
        }
        for (int i = 0; i < head.length; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                throw new TraceFormatException(String.format("%s: binary data (byte 0x%02X at offset %d), not text; "
                        + "expected %s", name, b, i, expected));
            }
        }
    }

    /** A reader of a text file that skips a byte-order mark (UTF-8, UTF-16) and replaces malformed bytes. */
    static BufferedReader reader(Path file) throws IOException {
        byte[] head = head(file);
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(skip);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    /**
     * The head given to {@code detect()} made comparable: without a byte-order mark, and with the NULs of a UTF-16
     * file decoded as UTF-8 removed; null if it looks binary.
     */
    static String textHead(String head) {
        if (head == null) {
            return null;
        }
        String h = head;
        if (h.startsWith("\uFFFD\uFFFD")) {
            h = h.substring(2).replace("\u0000", "");
        }
        if (h.startsWith("\uFEFF")) {
            h = h.substring(1);
        }
        int limit = Math.min(h.length(), 1024);
        int replaced = 0;
        for (int i = 0; i < limit; i++) {
            char c = h.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return null;
            }
            if (c == '\uFFFD') {
                replaced++;
            }
        }
        return replaced * 10 > limit ? null : h;
    }

    private static boolean startsWithWideBom(byte[] head) {
        return head.length >= 2 && (((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)
                || ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF));
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }
}
