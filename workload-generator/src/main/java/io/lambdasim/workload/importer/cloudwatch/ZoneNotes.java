package io.lambdasim.workload.importer.cloudwatch;

import io.lambdasim.workload.importer.cloudwatch.CloudWatchTime.Stamp;
import io.lambdasim.workload.importer.cloudwatch.CloudWatchTime.Zone;
import io.lambdasim.workload.trace.ImportReport;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What the timestamps of an import said about their zone, for {@link ImportReport#timeZone(String)} and for one
 * warning per file that has timestamps without a zone.
 */
final class ZoneNotes {

    private final TreeSet<String> offsets = new TreeSet<>();
    private long withoutZone;
    private long fileWithoutZone;
    private String fileFirstText;
    private String fileFirstField;
    private long fileFirstLine;

    /**
     * Notes a timestamp read from {@code text}. {@code assumedFromHeader}: a zone-less timestamp was read in an offset
     * the file itself gives (a CSV time column header), so it is a conversion, not a guess.
     */
    void note(Stamp stamp, String text, String field, long line, boolean assumedFromHeader) {
        if (stamp.zone() == Zone.OFFSET || (stamp.zone() == Zone.NONE && assumedFromHeader)) {
            if (!stamp.offset().equals("Z")) {
                offsets.add(stamp.offset());
            }
        } else if (stamp.zone() == Zone.NONE) {
            withoutZone++;
            if (fileWithoutZone++ == 0) {
                fileFirstText = text;
                fileFirstField = field;
                fileFirstLine = line;
            }
        }
    }

    /** Starts counting the zone-less timestamps of a file. */
    void beginFile() {
        fileWithoutZone = 0;
        fileFirstText = null;
        fileFirstField = null;
        fileFirstLine = 0;
    }

    /** Warns once if the file just read had timestamps without a zone. */
    void endFile(String file, ImportReport report) {
        if (fileWithoutZone > 0) {
            report.warning(file + ":" + fileFirstLine + ": " + fileFirstField + ": " + fileWithoutZone
                    + (fileWithoutZone == 1 ? " timestamp has" : " timestamps have") + " no time zone (the first is \""
                    + fileFirstText + "\"); read as UTC");
        }
        beginFile();
    }

    /** "UTC", or "UTC (converted from offsets +01:00, -05:00; assumed for 3 timestamps without a zone)". */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (!offsets.isEmpty()) {
            parts.add("converted from " + (offsets.size() == 1 ? "offset " : "offsets ") + String.join(", ", offsets));
        }
        if (withoutZone > 0) {
            parts.add("assumed for " + withoutZone + (withoutZone == 1 ? " timestamp" : " timestamps")
                    + " without a zone");
        }
        return parts.isEmpty() ? "UTC" : "UTC (" + String.join("; ", parts) + ")";
    }
}
