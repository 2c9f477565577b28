package io.lambdasim.workload.importer.logs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opening log files as UTF-8 text: malformed bytes replaced (never an exception), a leading BOM skipped. */
final class TextInput {

    /** How much of a file {@link #head(Path)} reads for format detection: 64 KiB. */
    static final int HEAD_BYTES = 64 * 1024;
    private static final int BUFFER_CHARS = 1 << 16;
    private static final char BOM = '\uFEFF';

    private TextInput() {
    }

    /** A reader of {@code file} from its first character after any BOM. */
    static BufferedReader open(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), BUFFER_CHARS);
        r.mark(1);
        if (r.read() != BOM) {
            r.reset();
        }
        return r;
    }

    /** The first {@value #HEAD_BYTES} bytes of {@code file} as text (malformed bytes replaced, no BOM). */
    static String head(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(HEAD_BYTES);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String s = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        return !s.isEmpty() && s.charAt(0) == BOM ? s.substring(1) : s;
    }

    /**
     * Whether {@code text} looks like binary data rather than a log: more than 1 in 100 characters are control
     * characters (other than tab, CR, LF; NUL included) or undecodable bytes. A stray control character in a log
     * does not make it binary.
     */
    static boolean looksBinary(String text) {
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFD') {
                bad++;
            }
        }
        return bad * 100 > text.length();
    }

    /** The first character of {@code text} that is not whitespace, or 0. */
    static char firstNonBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }
}
