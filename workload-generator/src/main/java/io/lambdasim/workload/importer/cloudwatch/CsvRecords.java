package io.lambdasim.workload.importer.cloudwatch;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Records of a delimited text file (RFC 4180 and the usual liberties): fields optionally in double quotes, {@code ""}
 * for a quote inside quotes, delimiters and line breaks inside quotes, CRLF, LF or CR line ends. Streams; remembers the
 * line each record starts on.
 */
final class CsvRecords {

    private final BufferedReader in;
    private final char delimiter;
    private long nextLine = 1;
    private long recordLine;
    private String problem;
    private int pushedBack = -2;

    CsvRecords(BufferedReader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /**
     * The delimiter of a header line: the most frequent of comma, semicolon and tab outside quotes (comma if none).
     */
    static char delimiterOf(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semicolons++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }

    /** The next record's fields (not trimmed), or null at the end of the file. */
    List<String> next() throws IOException {
        problem = null;
        int c = read();
        if (c == -1) {
            return null;
        }
        recordLine = nextLine;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        long quoteLine = 0;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    problem = "a quoted field opened on line " + quoteLine + " is never closed";
                    fields.add(field.toString());
                    return fields;
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\n' || (c == '\r')) {
                        if (c == '\r') {
                            int d = read();
                            if (d != '\n') {
                                unread(d);
                            }
                        }
                        nextLine++;
                        field.append('\n');
                    } else {
                        field.append((char) c);
                    }
                }
            } else if (c == -1 || c == '\n' || c == '\r') {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        unread(d);
                    }
                }
                if (c != -1) {
                    nextLine++;
                }
                fields.add(field.toString());
                return fields;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && !wasQuoted && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
                quoteLine = nextLine;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** The line the last record started on. */
    long line() {
        return recordLine;
    }

    /** What was wrong with the last record's syntax, or null. */
    String problem() {
        return problem;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
