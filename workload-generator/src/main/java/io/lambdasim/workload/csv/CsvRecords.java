package io.lambdasim.workload.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of delimited text, written by hand (no CSV library), for every CSV reader of the workload: RFC 4180 and
 * the usual liberties. Fields are separated by the {@linkplain CsvFormat#delimiter delimiter}; a field may be quoted
 * with {@code "}, and then holds delimiters, line breaks and {@code ""} for a quote; lines end in LF, CRLF or CR. The
 * rest is the caller's {@link CsvFormat}. Streams: one record in memory at a time. Remembers the line each record
 * starts on.
 *
 * <p>A syntax problem does not throw: the record is returned as far as it goes, and {@link #unclosedQuoteLine()} and
 * {@link #textAfterQuoteLine()} say what was wrong, so that each caller words (or ignores) it as it always has. A
 * quoted field the text ends in runs to the end, without the text's last line end.
 */
public final class CsvRecords implements Closeable {

    private static final char BOM = '\uFEFF';

    private final Reader in;
    private final CsvFormat format;
    private final char[] buf = new char[1 << 15];
    private int pos;
    private int limit;
    private final StringBuilder cell = new StringBuilder();
    /** The line the next character is on. */
    private long line = 1;
    private long recordLine;
    private boolean lastLineEnded = true;
    private boolean blankLine;
    private long unclosedQuoteLine;
    private long textAfterQuoteLine;
    private int textAfterQuoteField;

    public CsvRecords(Reader in, CsvFormat format) {
        this.in = in;
        this.format = format;
    }

    /** The records of a UTF-8 file: malformed bytes replaced by U+FFFD (never an exception), a leading BOM skipped. */
    public static CsvRecords open(Path file, CsvFormat format) throws IOException {
        CsvRecords records = new CsvRecords(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)), format);
        try {
            if (records.peek() == BOM) {
                records.read();
            }
        } catch (IOException e) {
            records.close();
            throw e;
        }
        return records;
    }

    /** The next record's fields (a new list), or null at the end of the text. */
    public List<String> next() throws IOException {
        while (true) {
            int c = peek();
            if (c < 0) {
                return null;
            }
            if (format.skip() == CsvFormat.Skip.EMPTY_AND_COMMENT_LINES && (c == '\n' || c == '\r' || c == '#')) {
                readLine();
                continue;
            }
            List<String> record = record();
            if (!(blankLine && format.skip() == CsvFormat.Skip.BLANK_LINES)) {
                return record;
            }
        }
    }

    /** The rest of the current line as it stands, without its line end, or null at the end of the text. */
    public String readLine() throws IOException {
        if (peek() < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        recordLine = line;
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

    /** The line (1-based) the last record, skipped line or {@link #readLine()} line started on. */
    public long line() {
        return recordLine;
    }

    /** Whether the text ended with a line end (a file cut short usually does not). */
    public boolean lastLineEnded() {
        return lastLineEnded;
    }

    /** If the last record ended inside quotes (the text ended there), the line the quote opened on; else 0. */
    public long unclosedQuoteLine() {
        return unclosedQuoteLine;
    }

    /** If the last record had text other than blanks after a closing quote, the line of the first such; else 0. */
    public long textAfterQuoteLine() {
        return textAfterQuoteLine;
    }

    /** The field (1-based) of {@link #textAfterQuoteLine()}, or 0. */
    public int textAfterQuoteField() {
        return textAfterQuoteField;
    }

    private List<String> record() throws IOException {
        recordLine = line;
        unclosedQuoteLine = 0;
        textAfterQuoteLine = 0;
        textAfterQuoteField = 0;
        blankLine = false;
        List<String> fields = new ArrayList<>();
        cell.setLength(0);
        boolean quoted = false;
        boolean wasQuoted = false;
        long quoteLine = 0;
        while (true) {
            int c = read();
            if (quoted) {
                if (c < 0) {
                    unclosedQuoteLine = quoteLine;
                    fields.add(cell.toString());
                    return fields;
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        cell.append('"');
                    } else {
                        quoted = false;
                        wasQuoted = true;
                    }
                } else if (c == '\n' || c == '\r') {
                    boolean crlf = c == '\r' && peek() == '\n';
                    if (crlf) {
                        read();
                    }
                    line++;
                    if (peek() >= 0) {
                        if (format.lineBreaksAsLf()) {
                            cell.append('\n');
                        } else {
                            cell.append(crlf ? "\r\n" : String.valueOf((char) c));
                        }
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == format.delimiter()) {
                fields.add(field(wasQuoted));
                cell.setLength(0);
                wasQuoted = false;
            } else if (c < 0 || c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c < 0) {
                    lastLineEnded = false;
                } else {
                    line++;
                }
                blankLine = fields.isEmpty() && !wasQuoted && blank(cell);
                fields.add(field(wasQuoted));
                return fields;
            } else if (wasQuoted) {
                if (!Character.isWhitespace(c)) {
                    if (textAfterQuoteLine == 0) {
                        textAfterQuoteLine = line;
                        textAfterQuoteField = fields.size() + 1;
                    }
                    cell.append((char) c);
                } else if (!format.trimCells()) {
                    cell.append((char) c);
                }
            } else if (c == '"' && (cell.length() == 0 || (format.quoteAfterBlanks() && blank(cell)))) {
                cell.setLength(0);
                quoted = true;
                quoteLine = line;
            } else {
                cell.append((char) c);
            }
        }
    }

    private String field(boolean wasQuoted) {
        String s = cell.toString();
        if (format.trimCells() && !wasQuoted) {
            s = s.strip();
            return s.isEmpty() ? null : s;
        }
        return s;
    }

    private static boolean blank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
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

    @Override
    public void close() throws IOException {
        in.close();
    }
}
