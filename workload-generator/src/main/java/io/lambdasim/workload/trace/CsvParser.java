package io.lambdasim.workload.trace;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: commas, double quotes around cells that need them, {@code ""} for a quote inside one,
 * line ends inside quoted cells) into rows, skipping blank lines and lines starting with {@code #}. Unquoted cells are
 * trimmed and an empty one is null; a quoted cell is kept exactly, so {@code ""} is the empty string.
 */
final class CsvParser implements Closeable {

    private final Reader in;
    private final String file;
    private final char[] buf = new char[1 << 15];
    private int pos;
    private int limit;
    private long line = 1;
    private long rowLine;
    private boolean lastLineEnded = true;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();

    CsvParser(Reader in, String file) {
        this.in = in;
        this.file = file;
    }

    private int peek() throws IOException {
        if (pos == limit) {
            limit = in.read(buf, 0, buf.length);
            pos = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buf[pos];
    }

    private int read() throws IOException {
        int c = peek();
        if (c >= 0) {
            pos++;
        }
        return c;
    }

    /** The line the last row returned started on (1-based). */
    long rowLine() {
        return rowLine;
    }

    /** Whether the text ended with a line end (a file cut short usually does not). */
    boolean lastLineEnded() {
        return lastLineEnded;
    }

    /** The rest of the current line, without its line end, or null at the end of the text. Counts the line. */
    String readLine() throws IOException {
        if (peek() < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        rowLine = line;
        while (true) {
            int c = read();
            if (c < 0) {
                lastLineEnded = false;
                return sb.toString();
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                line++;
                return sb.toString();
            }
            sb.append((char) c);
        }
    }

    /** The next row's cells (a list reused by the next call), or null at the end. */
    List<String> next() throws IOException {
        while (true) {
            int c = peek();
            if (c < 0) {
                return null;
            }
            if (c == '\n' || c == '\r') {
                readLine();
                continue;
            }
            if (c == '#') {
                readLine();
                continue;
            }
            break;
        }
        rowLine = line;
        fields.clear();
        cell.setLength(0);
        boolean quoted = false;
        boolean closed = false;
        while (true) {
            int c = read();
            if (quoted && !closed) {
                if (c < 0) {
                    throw new TraceFormatException(file + ":" + rowLine + ": a quoted cell is never closed (the file"
                            + " ends inside it)");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        cell.append('"');
                    } else {
                        closed = true;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    cell.append((char) c);
                }
                continue;
            }
            if (c == ',' || c == '\n' || c == '\r' || c < 0) {
                fields.add(quoted ? cell.toString() : emptyToNull(cell.toString().strip()));
                cell.setLength(0);
                quoted = false;
                closed = false;
                if (c == ',') {
                    continue;
                }
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c < 0) {
                    lastLineEnded = false;
                } else {
                    line++;
                }
                return fields;
            }
            if (closed) {
                if (!Character.isWhitespace(c)) {
                    throw new TraceFormatException(file + ":" + line + ": cell " + (fields.size() + 1)
                            + ": text after the closing quote");
                }
                continue;
            }
            if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
                continue;
            }
            cell.append((char) c);
        }
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
