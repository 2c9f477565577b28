package io.lambdasim.workload.importer.traces;

import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.TraceFormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A CSV file's header row: column names found by name, case and surrounding spaces ignored. */
final class Header {

    /** How many ignored columns {@link #warnIgnored} names. */
    private static final int MAX_LISTED_COLUMNS = 5;

    private final String file;
    private final CsvReader.Row row;
    private final Map<String, Integer> index = new HashMap<>();

    private Header(String file, CsvReader.Row row) {
        this.file = file;
        this.row = row;
        for (int i = 0; i < row.size(); i++) {
            index.putIfAbsent(key(row.get(i)), i);
        }
    }

    /**
     * Reads the first record of {@code csv} as a header.
     *
     * @param expected the header the format expects, for messages
     * @throws TraceFormatException if the file is empty or binary
     */
    static Header read(CsvReader csv, String file, String expected) throws IOException {
        CsvReader.Row row = csv.next();
        if (row == null) {
            throw new TraceFormatException(file + ": the file is empty; expected a header " + expected);
        }
        if (Heads.looksBinary(String.join(",", row.fields()))) {
            throw new TraceFormatException(file + ":" + row.line()
                    + ": not a CSV text file: it holds binary data (a compressed archive? unpack it first)");
        }
        return new Header(file, row);
    }

    /** The column named {@code name}, or -1. */
    int indexOf(String name) {
        return index.getOrDefault(key(name), -1);
    }

    boolean has(String name) {
        return indexOf(name) >= 0;
    }

    int size() {
        return row.size();
    }

    /** The name of column {@code i} as written, trimmed. */
    String name(int i) {
        return row.get(i).strip();
    }

    long line() {
        return row.line();
    }

    /** The header as it reads, shortened, for messages. */
    String shown() {
        return Fields.shown(String.join(",", row.fields()));
    }

    /** The names among {@code names} that the header lacks. */
    List<String> missing(String... names) {
        List<String> missing = new ArrayList<>();
        for (String n : names) {
            if (!has(n)) {
                missing.add(n);
            }
        }
        return missing;
    }

    /**
     * Fails unless the header has all of {@code required}: "no header" if it has none of them (the first line is
     * data, or another format), else naming those it lacks.
     */
    void require(String expected, String... required) {
        List<String> missing = missing(required);
        if (missing.isEmpty()) {
            return;
        }
        if (missing.size() == required.length) {
            throw new TraceFormatException(file + ":" + line() + ": no header: expected " + expected + ", found "
                    + shown());
        }
        throw new TraceFormatException(file + ":" + line() + ": the header lacks " + String.join(", ", missing)
                + " (expected " + expected + ", found " + shown() + ")");
    }

    /**
     * Warns of the columns {@code ignored} (their names as shown), which are neither {@code neither} ("day, time nor
     * a function number"), naming the first few; nothing if there are none.
     */
    void warnIgnored(List<String> ignored, String neither, ImportReport report) {
        if (ignored.isEmpty()) {
            return;
        }
        List<String> listed = ignored.subList(0, Math.min(MAX_LISTED_COLUMNS, ignored.size()));
        report.warning(file + ": ignored " + ignored.size() + (ignored.size() == 1 ? " column " : " columns ")
                + "that " + (ignored.size() == 1 ? "is" : "are") + " neither " + neither + ": "
                + String.join(", ", listed) + (ignored.size() > listed.size() ? ", ..." : ""));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
