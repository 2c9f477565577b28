package io.lambdasim.workload.importer.traces;

import io.lambdasim.workload.csv.CsvFormat;
import io.lambdasim.workload.csv.CsvRecords;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a CSV file of a public trace one record at a time, streaming, through {@link CsvRecords}: commas, quoted
 * fields ({@code ""} for a quote) that may span lines (read as LF), lines ending in LF, CRLF or CR. A UTF-8 byte order
 * mark is dropped; malformed UTF-8 is replaced by U+FFFD rather than thrown. Blank lines are skipped.
 */
final class CsvReader implements Closeable {

    private static final CsvFormat FORMAT = CsvFormat.RFC_4180.withLineBreaksAsLf()
            .skipping(CsvFormat.Skip.BLANK_LINES);

    /** One record: its fields, the line it starts on (1-based), and a syntax problem or null. */
    record Row(List<String> fields, long line, String problem) {

        int size() {
            return fields.size();
        }

        String get(int i) {
            return fields.get(i);
        }
    }

    private final CsvRecords records;

    CsvReader(Path file) throws IOException {
        this.records = CsvRecords.open(file, FORMAT);
    }

    /** The next non-blank record, or null at the end of the file. */
    Row next() throws IOException {
        List<String> fields = records.next();
        if (fields == null) {
            return null;
        }
        long start = records.line();
        String problem = null;
        if (records.unclosedQuoteLine() != 0) {
            problem = "a quoted field opened on line " + start + " is not closed before the end of the file";
        } else if (records.textAfterQuoteLine() != 0) {
            problem = "text after a closing quote in field " + records.textAfterQuoteField();
        }
        return new Row(fields, start, problem);
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
