package io.lambdasim.workload.importer.traces;

import io.lambdasim.workload.trace.ImportReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an Azure Functions 2019 {@code function_durations_percentiles.anon.dNN.csv}: per function, the day's
 * Average, Minimum and Maximum execution time and the percentiles of its 30-second averages, in ms.
 */
final class AzureDurationsFile {

    static final String EXPECTED = "HashOwner,HashApp,HashFunction,Average,Count,Minimum,Maximum,"
            + "percentile_Average_0,...,percentile_Average_100";

    /** One function's durations for the day, and the line they were read on. */
    record Durations(double avgMs, double minMs, double maxMs, double p50Ms, double p99Ms, long line) {

        static final Durations UNKNOWN = new Durations(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                -1);
    }

    private AzureDurationsFile() {
    }

    /**
     * The durations of each function, keyed by {@code HashOwner/HashApp/HashFunction}, in file order; rows that
     * cannot be used are rejected in {@code report}.
     *
     * @throws io.lambdasim.workload.trace.TraceFormatException if the file is empty, binary or has no usable header
     */
    static Map<String, Durations> read(Path file, ImportReport report) throws IOException {
        String name = file.getFileName().toString();
        Map<String, Durations> byFunction = new LinkedHashMap<>();
        try (CsvReader csv = new CsvReader(file)) {
            Header header = Header.read(csv, name, EXPECTED);
            header.require(EXPECTED, "HashOwner", "HashApp", "HashFunction", "Average");
            int owner = header.indexOf("HashOwner");
            int app = header.indexOf("HashApp");
            int function = header.indexOf("HashFunction");
            int average = header.indexOf("Average");
            int minimum = header.indexOf("Minimum");
            int maximum = header.indexOf("Maximum");
            int p50 = header.indexOf("percentile_Average_50");
            int p99 = header.indexOf("percentile_Average_99");
            CsvReader.Row row;
            while ((row = csv.next()) != null) {
                if (!Rows.wellFormed(row, header, name, report)) {
                    continue;
                }
                String key = Rows.functionKey(row, header, name, report, owner, app, function);
                if (key == null) {
                    continue;
                }
                String field = "Average";
                try {
                    double avg = Fields.nonNegative(row.get(average), "milliseconds").doubleValue();
                    field = "Minimum";
                    double min = minimum < 0 ? Double.NaN : Fields.optionalMillis(row.get(minimum));
                    field = "Maximum";
                    double max = maximum < 0 ? Double.NaN : Fields.optionalMillis(row.get(maximum));
                    field = "percentile_Average_50";
                    double median = p50 < 0 ? Double.NaN : Fields.optionalMillis(row.get(p50));
                    field = "percentile_Average_99";
                    double tail = p99 < 0 ? Double.NaN : Fields.optionalMillis(row.get(p99));
                    Durations previous = byFunction.get(key);
                    if (previous != null) {
                        report.duplicate();
                        report.rejected(name, row.line(), "HashFunction",
                                "repeats the function of line " + previous.line());
                        continue;
                    }
                    byFunction.put(key, new Durations(avg, min, max, median, tail, row.line()));
                } catch (Fields.BadField e) {
                    report.rejected(name, row.line(), header.name(header.indexOf(field)), e.getMessage());
                }
            }
        }
        return byFunction;
    }
}
