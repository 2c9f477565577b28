package io.lambdasim.workload.importer.traces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    @TempDir
    Path dir;

    private List<CsvReader.Row> rows(byte[] content) throws IOException {
        Path file = dir.resolve("f.csv");
        Files.write(file, content);
        List<CsvReader.Row> rows = new ArrayList<>();
        try (CsvReader csv = new CsvReader(file)) {
            CsvReader.Row row;
            while ((row = csv.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private List<CsvReader.Row> rows(String content) throws IOException {
        return rows(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void splitsOnCommasKeepingEmptyFieldsAtBothEnds() throws IOException {
        List<CsvReader.Row> rows = rows(",a,,b,\n");

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).fields()).containsExactly("", "a", "", "b", "");
    }

    @Test
    void dropsTheByteOrderMarkAndCrlfLineEnds() throws IOException {
        List<CsvReader.Row> rows = rows("\uFEFFday,time\r\n0,60\r\n");

        assertThat(rows).extracting(r -> String.join("|", r.fields())).containsExactly("day|time", "0|60");
    }

    @Test
    void readsQuotedFieldsWithCommasAndDoubledQuotes() throws IOException {
        List<CsvReader.Row> rows = rows("\"a,b\",\"say \"\"hi\"\"\",\"\",plain\n");

        assertThat(rows.get(0).fields()).containsExactly("a,b", "say \"hi\"", "", "plain");
        assertThat(rows.get(0).problem()).isNull();
    }

    @Test
    void joinsAQuotedFieldThatSpansLinesAndNumbersRowsByTheirFirstLine() throws IOException {
        List<CsvReader.Row> rows = rows("h1,h2\n\"two\r\nlines\",x\nlast,y\n");

        assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1L, 2L, 4L);
        assertThat(rows.get(1).fields()).containsExactly("two\nlines", "x");
    }

    @Test
    void skipsBlankLinesButCountsThem() throws IOException {
        List<CsvReader.Row> rows = rows("a\n\n  \nb\n");

        assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1L, 4L);
    }

    @Test
    void reportsAQuoteLeftOpenAtTheEndOfTheFile() throws IOException {
        List<CsvReader.Row> rows = rows("h\n\"open,x\n");

        assertThat(rows.get(1).problem())
                .isEqualTo("a quoted field opened on line 2 is not closed before the end of the file");
    }

    @Test
    void reportsTextAfterAClosingQuote() throws IOException {
        List<CsvReader.Row> rows = rows("\"a\"b,c\n");

        assertThat(rows.get(0).problem()).isEqualTo("text after a closing quote in field 1");
    }

    @Test
    void replacesMalformedUtf8InsteadOfFailing() throws IOException {
        List<CsvReader.Row> rows = rows(new byte[] {'a', ',', (byte) 0xC3, '\n'});

        assertThat(rows.get(0).fields()).containsExactly("a", "\uFFFD");
    }
}
