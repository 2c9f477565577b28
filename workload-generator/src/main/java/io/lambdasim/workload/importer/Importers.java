package io.lambdasim.workload.importer;

import io.lambdasim.workload.importer.cloudwatch.CloudWatchImport;
import io.lambdasim.workload.importer.cloudwatch.CloudWatchImporter;
import io.lambdasim.workload.importer.logs.LogImporters;
import io.lambdasim.workload.importer.traces.AzureFunctions2019Importer;
import io.lambdasim.workload.importer.traces.PublicTraceImporters;
import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.TraceFormatException;
import io.lambdasim.workload.trace.TraceHeader;
import io.lambdasim.workload.trace.TraceImporter;
import io.lambdasim.workload.trace.TraceSink;
import io.lambdasim.workload.trace.TraceWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every importer LambdaSim has, and the choice among them: by {@code --format} or by content. A file no importer claims
 * is refused with a message saying what it looks like instead.
 */
public final class Importers {

    /** An importer must score at least this on a file to be chosen for it automatically. */
    public static final double MIN_SCORE = 0.5;
    /** How much of a file detection reads. */
    public static final int HEAD_BYTES = 64 * 1024;

    private final List<TraceImporter> importers;

    public Importers(List<TraceImporter> importers) {
        this.importers = List.copyOf(importers);
        Map<String, TraceImporter> ids = new LinkedHashMap<>();
        for (TraceImporter i : this.importers) {
            if (ids.put(i.id(), i) != null) {
                throw new IllegalArgumentException("two importers have the id " + i.id());
            }
        }
    }

    /** The built-in importers: CloudWatch metric exports, Lambda logs, public traces. */
    public static Importers standard() {
        return standard(null);
    }

    /**
     * The built-in importers, those of logs naming records that the log itself does not name {@code defaultFunction}
     * (null: after the file).
     */
    public static Importers standard(String defaultFunction) {
        List<TraceImporter> all = new ArrayList<>();
        all.addAll(CloudWatchImport.importers());
        all.addAll(LogImporters.all(defaultFunction));
        all.addAll(PublicTraceImporters.all());
        return new Importers(all);
    }

    public List<TraceImporter> all() {
        return importers;
    }

    /** The ids that {@code --format} accepts, comma-separated. */
    public String ids() {
        return importers.stream().map(TraceImporter::id).collect(Collectors.joining(", "));
    }

    public TraceImporter byId(String id) {
        return importers.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + id + "' (known: auto, " + ids() + ")"));
    }

    /** The importer for {@code file}: the one that scores highest on its first bytes, at least {@link #MIN_SCORE}. */
    public TraceImporter detect(Path file) throws IOException {
        String head = head(file);
        String name = file.getFileName().toString();
        TraceImporter best = null;
        double bestScore = 0;
        for (TraceImporter i : importers) {
            double s = i.detect(name, head);
            if (s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        if (best == null || bestScore < MIN_SCORE) {
            throw new TraceFormatException(file + ": not a format LambdaSim imports; it looks like "
                    + describe(head) + " (formats: " + ids() + ")");
        }
        return best;
    }

    /** Checks that {@code file} looks like the format {@code importer} reads, or says what it looks like instead. */
    public void confirm(Path file, TraceImporter importer) throws IOException {
        String head = head(file);
        String name = file.getFileName().toString();
        if (importer.detect(name, head) >= MIN_SCORE) {
            return;
        }
        String instead = describe(head);
        for (TraceImporter other : importers) {
            if (other != importer && other.detect(name, head) >= MIN_SCORE) {
                instead = other.id() + " (" + other.description() + ")";
                break;
            }
        }
        throw new TraceFormatException(file + ": is not " + importer.id() + " (" + importer.description()
                + "); it looks like " + instead);
    }

    /**
     * Reads {@code files} into {@code sink}: each with the importer {@code formatId} names, or the one its content
     * suggests when {@code formatId} is "auto". CloudWatch exports are read together, so that metrics and pages spread
     * over several files make one table; Azure 2019 files find their companions among the inputs.
     */
    public void read(List<Path> files, String formatId, TraceSink sink, ImportReport report) throws IOException {
        Objects.requireNonNull(formatId, "formatId");
        Map<Path, TraceImporter> chosen = new LinkedHashMap<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new TraceFormatException(f + ": no such file");
            }
            TraceImporter i;
            if (formatId.equals("auto")) {
                i = detect(f);
            } else {
                i = byId(formatId);
                confirm(f, i);
            }
            chosen.put(f, i);
        }
        List<Path> cloudWatch = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        for (Map.Entry<Path, TraceImporter> e : chosen.entrySet()) {
            TraceImporter i = e.getValue();
            if (!formats.contains(i.id())) {
                formats.add(i.id());
            }
            if (i instanceof CloudWatchImporter) {
                cloudWatch.add(e.getKey());
            } else if (i instanceof AzureFunctions2019Importer azure) {
                azure.withInputs(files).read(e.getKey(), sink, report);
            } else {
                i.read(e.getKey(), sink, report);
            }
        }
        if (!cloudWatch.isEmpty()) {
            CloudWatchImport.readAll(cloudWatch, sink, report);
        }
        report.format(String.join("+", formats));
    }

    /** What {@link #importTrace} wrote, and what it read. */
    public record ImportResult(ImportReport report, TraceHeader header) {
    }

    /**
     * Imports {@code files} (as {@link #read}) into the trace {@code target} describes, all or nothing: the trace is
     * committed only when at least one row was accepted; otherwise, or on any error, nothing is written and an
     * existing file stays as it was.
     */
    public ImportResult importTrace(List<Path> files, String formatId, TraceWriter.Builder target) throws IOException {
        ImportReport report = new ImportReport();
        try (TraceWriter writer = target.open()) {
            try {
                read(files, formatId, writer, report);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (report.acceptedCount() == 0) {
                throw new TraceFormatException("nothing to import: no row of " + files + " could be used"
                        + (report.rejections().isEmpty() ? "" : "; first problem: " + report.rejections().get(0)));
            }
            return new ImportResult(report, writer.commit());
        }
    }

    /** The first {@link #HEAD_BYTES} of a file as text, malformed bytes replaced. */
    public static String head(Path file) throws IOException {
        byte[] buf = new byte[HEAD_BYTES];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while (n < buf.length && (r = in.read(buf, n, buf.length - n)) > 0) {
                n += r;
            }
        }
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(buf, 0, n)).toString();
    }

    /** What some text looks like, in a few words, for messages about files of the wrong kind. */
    public static String describe(String head) {
        String t = head.strip();
        if (t.isEmpty()) {
            return "an empty file";
        }
        long controls = t.chars().limit(4096).filter(c -> c == 0xFFFD || (c < 32 && c != '\n' && c != '\r' && c != '\t'))
                .count();
        if (controls > Math.min(t.length(), 4096) / 20) {
            return "binary data, not text";
        }
        if (t.startsWith("{") || t.startsWith("[")) {
            List<String> fields = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]{1,40})\"\\s*:").matcher(t);
            while (m.find() && fields.size() < 6) {
                if (!fields.contains(m.group(1))) {
                    fields.add(m.group(1));
                }
            }
            return "JSON" + (fields.isEmpty() ? "" : " with fields " + String.join(", ", fields));
        }
        String first = t.lines().findFirst().orElse("");
        if (first.contains(",") && first.split(",").length >= 2) {
            String cols = first.length() > 80 ? first.substring(0, 80) + "..." : first;
            return "CSV with the header '" + cols + "'";
        }
        return "text starting '" + (first.length() > 60 ? first.substring(0, 60) + "..." : first).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{Print}]", "?") + "'";
    }
}
