package io.lambdasim.workload.importer.logs;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A comma-separated reader written by hand (no CSV library): fields in double quotes may hold commas, line breaks
 * and doubled quotes ({@code ""}); records end with LF, CRLF or CR. The caller skips the BOM (see
 * {@link TextInput#open}). Streams: one record in memory at a time.
 */
final class CsvReader {

    private final Reader in;
    private int pushedBack = -2;
    private long line = 1;
    private long recordLine;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The line the last record returned by {@link #next()} started on. */
    long recordLine() {
        return recordLine;
    }

    /**
     * The next record's fields, or null at the end. A quoted field left open at the end of the file is a
     * {@link FieldException} on {@code CSV}.
     */
    List<String> next() throws IOException {
        recordLine = line;
        int c = read();
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        long quoteLine = 0;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new FieldException("CSV", "quoted field opened on line " + quoteLine
                            + " is never closed");
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        b.append('"');
                    } else {
                        quoted = false;
                        unread(d);
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    b.append((char) c);
                }
            } else if (c == '"' && b.length() == 0) {
                quoted = true;
                quoteLine = line;
            } else if (c == ',') {
                fields.add(b.toString());
                b.setLength(0);
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c != -1) {
                    line++;
                }
                fields.add(b.toString());
                return fields;
            } else {
                b.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private int peek() throws IOException {
        int c = read();
        unread(c);
        return c;
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
