package io.lambdasim.workload.importer.cloudwatch;

import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.TraceFormatException;
import io.lambdasim.workload.trace.TraceSink;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports several CloudWatch exports as one: each file's format is detected among the three CloudWatch importers
 * (get-metric-data, get-metric-statistics, console CSV), every file is collected into one {@link MetricTable}, and
 * the rows are delivered once, so that the metrics of one function and interval from different files and formats
 * make one row.
 */
public final class CloudWatchImport {

    /** Files whose best score is below this are not taken for CloudWatch exports. */
    public static final double MIN_SCORE = 0.5;

    private static final int HEAD_BYTES = 64 * 1024;

    private CloudWatchImport() {
    }

    /** The three importers, with function names taken from labels or file names. */
    public static List<CloudWatchImporter> importers() {
        return List.of(new GetMetricDataImporter(), new GetMetricStatisticsImporter(), new ConsoleCsvImporter());
    }

    /**
     * The importer whose {@code detect} scores the file highest, at least {@link #MIN_SCORE}.
     *
     * @throws TraceFormatException naming the file if none does
     */
    public static CloudWatchImporter detect(Path file) throws IOException {
        String name = InputFiles.name(file);
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        }
        CloudWatchImporter best = null;
        double bestScore = 0;
        for (CloudWatchImporter importer : importers()) {
            double score = importer.detect(name, head);
            if (score > bestScore) {
                best = importer;
                bestScore = score;
            }
        }
        if (best == null || bestScore < MIN_SCORE) {
            throw new TraceFormatException(name + ": " + (head.isEmpty() ? "the file is empty" : "not a CloudWatch "
                    + "export") + "; expected " + GetMetricDataImporter.EXPECTED + ", "
                    + GetMetricStatisticsImporter.EXPECTED + ", or " + ConsoleCsvImporter.EXPECTED);
        }
        return best;
    }

    /**
     * Reads {@code files}, each in its detected format, as one export and delivers the combined rows to {@code sink}.
     * The report's format is the ids of the formats found, joined with "+". If a file cannot be read at all the
     * exception propagates and nothing is delivered.
     */
    public static void readAll(List<Path> files, TraceSink sink, ImportReport report) throws IOException {
        List<CloudWatchImporter> chosen = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Path file : files) {
            CloudWatchImporter importer = detect(file);
            chosen.add(importer);
            ids.add(importer.id());
        }
        report.format(String.join("+", ids));
        MetricTable table = new MetricTable();
        for (int i = 0; i < files.size(); i++) {
            chosen.get(i).collect(files.get(i), table, report);
        }
        table.emit(sink, report);
    }
}
