package io.lambdasim.workload.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordsTest {

    private static List<List<String>> records(String text, CsvFormat format) throws IOException {
        CsvRecords csv = new CsvRecords(new StringReader(text), format);
        List<List<String>> records = new ArrayList<>();
        for (List<String> r = csv.next(); r != null; r = csv.next()) {
            records.add(r);
        }
        return records;
    }

    @Test
    void readsRfc4180KeepingFieldsAsWritten() throws IOException {
        assertThat(records(",a,\"b,c\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"\"\r\n\r\n  \"x\" ,z\n",
                CsvFormat.RFC_4180))
                .containsExactly(
                        List.of("", "a", "b,c", "say \"hi\"", "two\r\nlines", ""),
                        List.of(""),
                        List.of("  \"x\" ", "z"));
    }

    @Test
    void numbersRecordsByTheLineTheyStartOn() throws IOException {
        CsvRecords csv = new CsvRecords(new StringReader("a\r\"b\nc\"\rd"), CsvFormat.RFC_4180);

        assertThat(csv.next()).containsExactly("a");
        assertThat(csv.line()).isEqualTo(1);
        assertThat(csv.next()).containsExactly("b\nc");
        assertThat(csv.line()).isEqualTo(2);
        assertThat(csv.next()).containsExactly("d");
        assertThat(csv.line()).isEqualTo(4);
        assertThat(csv.lastLineEnded()).isFalse();
        assertThat(csv.next()).isNull();
    }

    @Test
    void takesAnotherDelimiterAndFindsItInAHeaderLine() throws IOException {
        assertThat(CsvFormat.delimiterOf("Time;\"a,b\";c")).isEqualTo(';');
        assertThat(CsvFormat.delimiterOf("Time\tx\ty")).isEqualTo('\t');
        assertThat(CsvFormat.delimiterOf("Time")).isEqualTo(',');
        assertThat(records("a;\"b;c\",d\n", CsvFormat.RFC_4180.withDelimiter(';')))
                .containsExactly(List.of("a", "b;c,d"));
    }

    @Test
    void opensAQuoteAfterBlanksAndReadsLineBreaksAsLfWhenAsked() throws IOException {
        CsvFormat format = CsvFormat.RFC_4180.withQuoteAfterBlanks().withLineBreaksAsLf();

        assertThat(records("  \"x\" ,\"a\r\nb\rc\"\n", format)).containsExactly(List.of("x ", "a\nb\nc"));
    }

    @Test
    void trimsUnquotedCellsToNullAndKeepsQuotedOnesExactly() throws IOException {
        CsvFormat format = CsvFormat.RFC_4180.withQuoteAfterBlanks().withTrimmedCells();

        assertThat(records(" a , ,\" b \" ,\"\"\n", format)).containsExactly(Arrays.asList("a", null, " b ", ""));
    }

    @Test
    void skipsBlankLinesOrEmptyAndCommentLines() throws IOException {
        String text = "a\n\n  \n# note\n\"\"\nb\n";

        assertThat(records(text, CsvFormat.RFC_4180.skipping(CsvFormat.Skip.BLANK_LINES)))
                .containsExactly(List.of("a"), List.of("# note"), List.of(""), List.of("b"));
        assertThat(records(text, CsvFormat.RFC_4180.skipping(CsvFormat.Skip.EMPTY_AND_COMMENT_LINES)))
                .containsExactly(List.of("a"), List.of("  "), List.of(""), List.of("b"));
    }

    @Test
    void saysWhereAQuoteWasLeftOpenAndDropsTheLastLineEnd() throws IOException {
        CsvRecords csv = new CsvRecords(new StringReader("h\nx,\"open\nmore\n"), CsvFormat.RFC_4180);

        assertThat(csv.next()).containsExactly("h");
        assertThat(csv.unclosedQuoteLine()).isZero();
        assertThat(csv.next()).containsExactly("x", "open\nmore");
        assertThat(csv.line()).isEqualTo(2);
        assertThat(csv.unclosedQuoteLine()).isEqualTo(2);
    }

    @Test
    void saysWhereTextFollowsAClosingQuote() throws IOException {
        CsvRecords csv = new CsvRecords(new StringReader("a,\"b\nc\" d\"e\",f\n"), CsvFormat.RFC_4180);

        assertThat(csv.next()).containsExactly("a", "b\nc d\"e\"", "f");
        assertThat(csv.textAfterQuoteLine()).isEqualTo(2);
        assertThat(csv.textAfterQuoteField()).isEqualTo(2);
    }

    @Test
    void readsRawLinesBetweenRecords() throws IOException {
        CsvRecords csv = new CsvRecords(new StringReader("#magic \"x\r\na,b\n"), CsvFormat.RFC_4180);

        assertThat(csv.readLine()).isEqualTo("#magic \"x");
        assertThat(csv.line()).isEqualTo(1);
        assertThat(csv.next()).containsExactly("a", "b");
        assertThat(csv.line()).isEqualTo(2);
        assertThat(csv.lastLineEnded()).isTrue();
        assertThat(csv.readLine()).isNull();
    }

    @Test
    void opensAUtf8FileWithoutItsByteOrderMarkAndReplacesMalformedBytes(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("f.csv"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',',
            (byte) 0xC3, '\n'});

        try (CsvRecords csv = CsvRecords.open(file, CsvFormat.RFC_4180)) {
            assertThat(csv.next()).containsExactly("a", "\uFFFD");
            assertThat(csv.next()).isNull();
        }
    }
}
