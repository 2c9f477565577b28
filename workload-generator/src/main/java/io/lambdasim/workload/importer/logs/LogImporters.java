package io.lambdasim.workload.importer.logs;

import io.lambdasim.workload.trace.TraceImporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Lambda log importers of this package, and choosing among them by {@link TraceImporter#detect}. (A shared
 * registry of every importer is the app's business; this is the log importers' part of it.)
 */
public final class LogImporters {

    /**
     * How an importer's warning starts when some records had no timestamp and got placeholder start times (their
     * line number in µs after the epoch): such a trace can be reconciled but not simulated.
     */
    public static final String NO_TIMESTAMPS = "no timestamps";

    /** Below this score, {@link #detect} picks no importer: the file is not recognised. */
    public static final double MIN_SCORE = 0.3;

    private LogImporters() {
    }

    /**
     * The log importers: {@code report-log}, {@code filter-log-events}, {@code logs-insights}, {@code platform-report}.
     *
     * @param function the function name of records whose file names none (the {@code --function} option), or null
     *                 to use the file's name
     */
    public static List<TraceImporter> all(String function) {
        return List.of(new ReportLogImporter(function), new FilterLogEventsImporter(function),
                new InsightsImporter(function), new PlatformReportImporter(function));
    }

    /** The importer of {@code importers} surest of {@code fileName} and {@code head}, if any is sure enough. */
    public static Optional<TraceImporter> detect(List<TraceImporter> importers, String fileName, String head) {
        TraceImporter best = null;
        double bestScore = MIN_SCORE;
        for (TraceImporter i : importers) {
            double s = i.detect(fileName, head);
            if (s > bestScore || best == null && s >= bestScore) {
                best = i;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The first 64 KiB of {@code file} as {@link TraceImporter#detect} expects them: decoded as UTF-8 with malformed
     * bytes replaced, without a BOM.
     */
    public static String head(Path file) throws IOException {
        return TextInput.head(file);
    }
}
