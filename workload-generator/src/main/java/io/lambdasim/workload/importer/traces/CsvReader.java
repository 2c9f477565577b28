package io.lambdasim.workload.importer.traces;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file one record at a time, streaming (one line in memory, or a few for a quoted field that spans lines).
 * Fields are separated by commas; a field may be quoted with {@code "}, a quote inside a quoted field is written
 * {@code ""}. Lines may end in LF, CRLF or CR. A UTF-8 byte order mark before the first field is dropped; malformed
 * UTF-8 is replaced by U+FFFD rather than thrown. Blank lines are skipped.
 */
final class CsvReader implements Closeable {

    private static final char BOM = '\uFEFF';

    /** One record: its fields, the line it starts on (1-based), and a syntax problem or null. */
    record Row(String[] fields, long line, String problem) {

        int size() {
            return fields.length;
        }

        String get(int i) {
            return fields[i];
        }
    }

    private final BufferedReader reader;
    private long lineNumber;

    CsvReader(Path file) throws IOException {
        // InputStreamReader replaces malformed input (Files.newBufferedReader would throw MalformedInputException).
        this.reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8),
                1 << 16);
    }

    /** The next non-blank record, or null at the end of the file. */
    Row next() throws IOException {
        String text;
        do {
            text = reader.readLine();
            if (text == null) {
                return null;
            }
            lineNumber++;
            if (lineNumber == 1 && !text.isEmpty() && text.charAt(0) == BOM) {
                text = text.substring(1);
            }
        } while (text.isBlank());
        long start = lineNumber;
        if (text.indexOf('"') < 0) {
            return new Row(splitPlain(text), start, null);
        }
        return splitQuoted(text, start);
    }

    private static String[] splitPlain(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                count++;
            }
        }
        String[] fields = new String[count];
        int from = 0;
        for (int f = 0; f < count - 1; f++) {
            int comma = text.indexOf(',', from);
            fields[f] = text.substring(from, comma);
            from = comma + 1;
        }
        fields[count - 1] = text.substring(from);
        return fields;
    }

    private Row splitQuoted(String firstLine, long start) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String text = firstLine;
        int i = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        String problem = null;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    break;
                }
                String more = reader.readLine();
                if (more == null) {
                    problem = "a quoted field opened on line " + start + " is not closed before the end of the file";
                    break;
                }
                lineNumber++;
                field.append('\n');
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                if (wasQuoted && problem == null && !Character.isWhitespace(c)) {
                    problem = "text after a closing quote in field " + (fields.size() + 1);
                }
                field.append(c);
            }
        }
        fields.add(field.toString());
        return new Row(fields.toArray(new String[0]), start, problem);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
