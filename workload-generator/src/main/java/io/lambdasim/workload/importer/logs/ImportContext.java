package io.lambdasim.workload.importer.logs;

import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.InvocationRecord;
import io.lambdasim.workload.trace.TraceSink;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * The state of reading one file: turns {@link ReportFields} into {@link InvocationRecord}s (time, function,
 * duplicates), keeps the file's time zones consistent, accounts for every record in the {@link ImportReport}, and
 * writes the file's warnings at the end.
 *
 * <p>Times: a REPORT record is written when the invocation ends, so its start is the record's timestamp minus
 * Duration, minus Init Duration and Restore Duration on cold starts (the request arrived before INIT ran). A record
 * without any timestamp gets a placeholder start: its line number, in µs after 1970-01-01T00:00:00Z (line order at
 * 1 µs steps, long before Lambda existed, so nothing mistakes it for a date), and the file gets a warning that it
 * cannot be simulated.
 */
final class ImportContext {

    /** The end time of a record whose source gives none. */
    static final long NO_TIME = Long.MIN_VALUE;

    private final Path path;
    private final String file;
    private final TraceSink sink;
    private final ImportReport report;
    private final String fallbackFunction;
    private final boolean fallbackIsFileName;
    private final RequestIdSet seen;

    private long accepted;
    private long placeholders;
    private long fallbacks;
    private LogTimestamps.Stamp firstStamp;
    private long firstStampLine;
    private final Set<String> offsets = new TreeSet<>();
    private String ignored;
    private long ignoredLine;
    private long ignoredCount;
    private String unknownStatus;
    private long unknownStatusCount;

    /**
     * @param function the {@code --function} option, or null to name records the file does not name after the file
     * @param seen     the request ids seen so far (shared by the files read into one report)
     */
    ImportContext(Path file, TraceSink sink, ImportReport report, String function, RequestIdSet seen) {
        this.path = file;
        this.file = file.toString();
        this.sink = sink;
        this.report = report;
        this.fallbackIsFileName = function == null;
        this.fallbackFunction = function != null ? function : FunctionNames.fromFileName(file);
        this.seen = seen;
    }

    String file() {
        return file;
    }

    Path path() {
        return path;
    }

    long accepted() {
        return accepted;
    }

    /**
     * The UTC epoch µs of {@code stamp}, read at {@code line}. The file's first timestamp decides whether its
     * timestamps carry a zone; one of the other kind is refused, since it cannot be placed next to the others.
     */
    long time(String field, LogTimestamps.Stamp stamp, long line) {
        if (firstStamp == null) {
            firstStamp = stamp;
            firstStampLine = line;
        } else if ((firstStamp.offset() == null) != (stamp.offset() == null)) {
            throw new FieldException(field, stamp.offset() == null
                    ? "mixed time zones: no zone here, while line " + firstStampLine + " gives "
                            + firstStamp.offset() + "; cannot tell which instant is meant"
                    : "mixed time zones: " + stamp.offset() + " here, while line " + firstStampLine
                            + " gives no zone (read as UTC); cannot tell which instants are meant");
        }
        offsets.add(stamp.offset() == null ? "" : stamp.offset());
        return stamp.epochUs();
    }

    /** Delivers one record that ended at {@code endUs} (or {@link #NO_TIME}), read at {@code line}. */
    void deliver(ReportFields f, long endUs, String function, long line) {
        String name = function;
        if (name == null) {
            name = fallbackFunction;
            fallbacks++;
        }
        long startUs;
        if (endUs == NO_TIME) {
            placeholders++;
            startUs = line;
        } else {
            startUs = endUs - f.durationUs - Math.max(0, f.initUs) - Math.max(0, f.restoreUs);
        }
        if (f.requestId != null && !seen.add(f.requestId)) {
            report.duplicate();
        }
        if (f.ignored != null) {
            if (ignored == null) {
                ignored = f.ignored;
                ignoredLine = line;
            }
            ignoredCount++;
        }
        if (f.unknownStatus != null) {
            if (unknownStatus == null) {
                unknownStatus = f.unknownStatus;
            }
            unknownStatusCount++;
        }
        InvocationRecord r = new InvocationRecord(startUs, name, f.durationUs, f.initUs, f.restoreUs, f.billedMs,
                f.billedRestoreMs, f.memoryMb, f.maxMemoryUsedMb, f.status, f.requestId, file + ":" + line);
        sink.invocation(r);
        report.accepted(name, startUs);
        accepted++;
    }

    void reject(long line, FieldException e) {
        report.rejected(file, line, e.field(), e.reason());
    }

    void reject(long line, String field, String reason) {
        report.rejected(file, line, field, reason);
    }

    void warning(String text) {
        report.warning(file + ": " + text);
    }

    /** Writes the file's warnings and time zone into the report. */
    void finish() {
        if (placeholders > 0) {
            warning(LogImporters.NO_TIMESTAMPS + ": " + placeholders + " of " + accepted + " records have no "
                    + "timestamp; their start times are placeholders (the line number, in µs after "
                    + "1970-01-01T00:00:00Z). Good enough for reconcile, but this trace cannot be simulated honestly.");
        }
        if (fallbacks > 0) {
            warning(fallbacks + " records name no function (no log group or stream with a name): attributed to '"
                    + fallbackFunction + "'" + (fallbackIsFileName
                            ? ", from the file name (give --function to choose)" : ", given by --function"));
        }
        if (ignored != null) {
            warning("ignored text that is no REPORT field in " + ignoredCount + " records, first at line "
                    + ignoredLine + ": " + LogValues.quote(ignored));
        }
        if (unknownStatus != null) {
            warning(unknownStatusCount + " records have a status this importer does not know (first: "
                    + LogValues.quote(unknownStatus) + "); read as unknown");
        }
        if (firstStamp != null) {
            offsets.remove("");
            Set<String> converted = new TreeSet<>(offsets);
            converted.remove("+00:00");
            report.timeZone(converted.isEmpty() ? "UTC" : "UTC (converted from " + String.join(", ", offsets) + ")");
            if (offsets.size() > 1) {
                warning("timestamps in several time zones (" + String.join(", ", offsets)
                        + "): each converted to UTC");
            }
        }
    }
}
