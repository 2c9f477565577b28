package io.lambdasim.workload.csv;

/**
 * What the readers of delimited text differ on, for {@link CsvRecords}. {@link #RFC_4180} is the plain form: commas,
 * a quote opens a field only as its first character, a field is kept exactly as written (line breaks inside quotes
 * too), every line is a record; the {@code with...} methods change one thing each.
 *
 * @param delimiter        the character between fields
 * @param quoteAfterBlanks whether a quote after blanks still opens a quoted field (the blanks are dropped); if not,
 *                         such a quote is text
 * @param lineBreaksAsLf   whether a line break inside quotes (CRLF, LF or CR) is kept as one LF; if not, as written
 * @param trimCells        whether blanks around a field are no part of it: an unquoted field is stripped, and null if
 *                         that leaves it empty; blanks after a closing quote are dropped
 * @param skip             which lines are no records
 */
public record CsvFormat(char delimiter, boolean quoteAfterBlanks, boolean lineBreaksAsLf, boolean trimCells,
                        Skip skip) {

    /** Lines that {@link CsvRecords#next()} passes over (counting them). */
    public enum Skip {
        /** None: a blank line is a record of one blank field. */
        NOTHING,
        /** Lines of blanks only. */
        BLANK_LINES,
        /** Empty lines and lines starting with {@code #}. */
        EMPTY_AND_COMMENT_LINES
    }

    /** Commas, quotes only as a field's first character, fields exactly as written, no line skipped. */
    public static final CsvFormat RFC_4180 = new CsvFormat(',', false, false, false, Skip.NOTHING);

    public CsvFormat withDelimiter(char d) {
        return new CsvFormat(d, quoteAfterBlanks, lineBreaksAsLf, trimCells, skip);
    }

    public CsvFormat withQuoteAfterBlanks() {
        return new CsvFormat(delimiter, true, lineBreaksAsLf, trimCells, skip);
    }

    public CsvFormat withLineBreaksAsLf() {
        return new CsvFormat(delimiter, quoteAfterBlanks, true, trimCells, skip);
    }

    public CsvFormat withTrimmedCells() {
        return new CsvFormat(delimiter, quoteAfterBlanks, lineBreaksAsLf, true, skip);
    }

    public CsvFormat skipping(Skip s) {
        return new CsvFormat(delimiter, quoteAfterBlanks, lineBreaksAsLf, trimCells, s);
    }

    /**
     * The delimiter of a header line: the most frequent of comma, semicolon and tab outside quotes (comma if none).
     */
    public static char delimiterOf(String headerLine) {
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
}
