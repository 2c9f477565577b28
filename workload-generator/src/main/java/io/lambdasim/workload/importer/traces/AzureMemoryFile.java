package io.lambdasim.workload.importer.traces;

import io.lambdasim.workload.trace.ImportReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an Azure Functions 2019 {@code app_memory_percentiles.anon.dNN.csv} into a Lambda memory size per app: the
 * 99th percentile of the app's per-minute average allocated memory ({@code AverageAllocatedMb_pct99}, or
 * {@code AverageAllocatedMb} where that is absent or empty), rounded up to a whole MB and clamped to Lambda's
 * 128..10,240 MB.
 */
final class AzureMemoryFile {

    static final String EXPECTED = "HashOwner,HashApp,SampleCount,AverageAllocatedMb,AverageAllocatedMb_pct1,"
            + "...,AverageAllocatedMb_pct100";
    static final int MIN_MB = 128;
    static final int MAX_MB = 10_240;

    /** An app's memory size and the line it was read on. */
    record Memory(int mb, long line) {
    }

    private AzureMemoryFile() {
    }

    /**
     * The memory of each app, keyed by {@code HashOwner/HashApp}; unusable rows are rejected in {@code report}, and
     * a warning counts the apps whose memory was raised to 128 MB or cut to 10,240 MB.
     */
    static Map<String, Memory> read(Path file, ImportReport report) throws IOException {
        String name = file.getFileName().toString();
        Map<String, Memory> byApp = new LinkedHashMap<>();
        long raised = 0;
        long cut = 0;
        try (CsvReader csv = new CsvReader(file)) {
            Header header = Header.read(csv, name, EXPECTED);
            header.require(EXPECTED, "HashOwner", "HashApp");
            if (header.missing("AverageAllocatedMb_pct99", "AverageAllocatedMb").size() == 2) {
                header.require(EXPECTED, "HashOwner", "HashApp", "AverageAllocatedMb");
            }
            int owner = header.indexOf("HashOwner");
            int app = header.indexOf("HashApp");
            int p99 = header.indexOf("AverageAllocatedMb_pct99");
            int average = header.indexOf("AverageAllocatedMb");
            CsvReader.Row row;
            while ((row = csv.next()) != null) {
                if (!Rows.wellFormed(row, header, name, report)) {
                    continue;
                }
                String key = Rows.functionKey(row, header, name, report, owner, app);
                if (key == null) {
                    continue;
                }
                int column = p99 >= 0 && !row.get(p99).isBlank() ? p99 : average;
                if (column < 0) {
                    report.rejected(name, row.line(), header.name(p99), "is empty and there is no AverageAllocatedMb");
                    continue;
                }
                BigDecimal mb;
                try {
                    mb = Fields.nonNegative(row.get(column), "MB");
                } catch (Fields.BadField e) {
                    String reason = e.getMessage();
                    if (column == average && p99 >= 0) {
                        reason = reason + " (AverageAllocatedMb_pct99 is empty)";
                    }
                    report.rejected(name, row.line(), header.name(column), reason);
                    continue;
                }
                Memory previous = byApp.get(key);
                if (previous != null) {
                    report.duplicate();
                    report.rejected(name, row.line(), "HashApp", "repeats the app of line " + previous.line());
                    continue;
                }
                int size;
                if (mb.compareTo(BigDecimal.valueOf(MIN_MB)) < 0) {
                    size = MIN_MB;
                    raised++;
                } else if (mb.compareTo(BigDecimal.valueOf(MAX_MB)) > 0) {
                    size = MAX_MB;
                    cut++;
                } else {
                    size = mb.setScale(0, RoundingMode.CEILING).intValueExact();
                }
                byApp.put(key, new Memory(size, row.line()));
            }
        }
        if (raised > 0) {
            report.warning(name + ": " + apps(raised) + " less than " + MIN_MB + " MB: given " + MIN_MB
                    + " MB, Lambda's minimum");
        }
        if (cut > 0) {
            report.warning(name + ": " + apps(cut) + " more than " + MAX_MB + " MB: given " + MAX_MB
                    + " MB, Lambda's maximum");
        }
        return byApp;
    }

    private static String apps(long n) {
        return n == 1 ? "1 app allocates" : n + " apps allocate";
    }
}
