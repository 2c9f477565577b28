package io.lambdasim.workload.importer.traces;

import io.lambdasim.workload.trace.ImportReport;
import java.io.IOException;
import java.util.function.Consumer;

/** Checks every importer makes of a data row, rejecting it in the report when it fails. */
final class Rows {

    private Rows() {
    }

    /**
     * Reads the data rows of {@code csv}, after its {@code header}: each well-formed one goes to {@code readRow}, the
     * others are rejected; a file without data rows is said in a warning.
     */
    static void readAll(CsvReader csv, Header header, String file, ImportReport report,
                        Consumer<CsvReader.Row> readRow) throws IOException {
        long rows = 0;
        CsvReader.Row row;
        while ((row = csv.next()) != null) {
            rows++;
            if (wellFormed(row, header, file, report)) {
                readRow.accept(row);
            }
        }
        if (rows == 0) {
            report.warning(file + ": no data rows after the header");
        }
    }

    /**
     * Whether {@code row} is syntactically sound and has as many fields as the header; if not, rejects it under the
     * field {@code quotes} or {@code columns}.
     */
    static boolean wellFormed(CsvReader.Row row, Header header, String file, ImportReport report) {
        if (row.problem() != null) {
            report.rejected(file, row.line(), "quotes", row.problem());
            return false;
        }
        if (row.size() != header.size()) {
            report.rejected(file, row.line(), "columns",
                    row.size() + (row.size() == 1 ? " field" : " fields") + " where the header has " + header.size());
            return false;
        }
        return true;
    }

    /**
     * The key {@code part/part/...} of the id columns {@code columns} of {@code row}, or null (and the row rejected)
     * if one of them is empty.
     */
    static String functionKey(CsvReader.Row row, Header header, String file, ImportReport report, int... columns) {
        StringBuilder key = new StringBuilder();
        for (int c : columns) {
            String part = row.get(c).strip();
            if (part.isEmpty()) {
                report.rejected(file, row.line(), header.name(c), "is empty");
                return null;
            }
            if (key.length() > 0) {
                key.append('/');
            }
            key.append(part);
        }
        return key.toString();
    }
}
