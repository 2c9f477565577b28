package io.lambdasim.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.workload.importer.Importers;
import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.Rejection;
import io.lambdasim.workload.trace.TraceHeader;
import io.lambdasim.workload.trace.TraceWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lambdasim import}: reads exports, logs or public traces into a trace of our own, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Imports CloudWatch metric exports, Lambda logs or public serverless traces into a LambdaSim trace.",
            "The format of each file is detected from its content unless --format names it. The trace is written "
                    + "whole or not at all: on any error an existing file at --out is left as it was."},
        footer = {"", "Examples:",
            "  lambdasim import metrics-page1.json metrics-page2.json --out api.lstrace",
            "  lambdasim import report.log --format report-log --out api.csv"})
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (default) or an importer's id: ${COMPLETION-CANDIDATES}.", completionCandidates = FormatIds.class)
    String format;

    @Option(names = "--out", paramLabel = "TRACE", required = true,
            description = "The trace to write: binary (.lstrace) or, for a name ending .csv, CSV.")
    Path out;

    @Option(names = "--function", paramLabel = "NAME",
            description = "For logs that do not name their function: the name to give it (default: the file's name).")
    String function;

    @Option(names = "--json", description = "Print the import report as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Importers.ImportResult result = Importers.standard(function).importTrace(files, format, TraceWriter.to(out));
        ImportReport report = result.report();
        TraceHeader header = result.header();
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(toJson(report, header, out));
        } else {
            print(report, header, out, o);
        }
        o.flush();
        return 0;
    }

    /** The importers' ids, for help. */
    static final class FormatIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Importers.standard().all().stream().map(io.lambdasim.workload.trace.TraceImporter::id).iterator();
        }
    }

    static void print(ImportReport r, TraceHeader h, Path out, PrintWriter o) {
        o.printf(Locale.ROOT, "Imported %s into %s (%s, %,d records)%n", r.format(), out, h.kind().id(), h.records());
        o.printf(Locale.ROOT, "  rows accepted   %,d%n", r.acceptedCount());
        o.printf(Locale.ROOT, "  rows rejected   %,d%n", r.rejectedCount());
        o.printf(Locale.ROOT, "  duplicates      %,d%n", r.duplicates());
        o.printf(Locale.ROOT, "  gaps            %,d%n", r.gaps());
        o.printf(Locale.ROOT, "  time span       %s to %s (%s)%n", instant(r.firstUs()), instant(r.lastUs()), r.timeZone());
        o.printf(Locale.ROOT, "  functions       %d%n", r.functions().size());
        for (Map.Entry<String, Long> f : r.functions().entrySet()) {
            o.printf(Locale.ROOT, "    %-40s %,d rows%n", f.getKey(), f.getValue());
        }
        if (r.rejectedCount() > 0) {
            o.println("Rejected rows" + (r.rejectedCount() > r.rejections().size()
                    ? " (first " + r.rejections().size() + ")" : "") + ":");
            for (Rejection rej : r.rejections()) {
                o.println("  " + rej);
            }
        }
        if (r.warningCount() > 0) {
            o.println("Warnings:");
            for (String w : r.warnings()) {
                o.println("  " + w);
            }
        }
    }

    static String instant(long us) {
        if (us == Long.MAX_VALUE || us == Long.MIN_VALUE) {
            return "-";
        }
        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000L).toString();
    }

    static String toJson(ImportReport r, TraceHeader h, Path out) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("format", r.format());
        root.put("out", out.toString());
        root.put("kind", h.kind().id());
        root.put("records", h.records());
        root.put("accepted", r.acceptedCount());
        root.put("rejected", r.rejectedCount());
        root.put("duplicates", r.duplicates());
        root.put("gaps", r.gaps());
        root.put("first", instant(r.firstUs()));
        root.put("last", instant(r.lastUs()));
        root.put("time_zone", r.timeZone());
        ObjectNode fns = root.putObject("functions");
        r.functions().forEach(fns::put);
        ArrayNode rej = root.putArray("rejections");
        for (Rejection x : r.rejections()) {
            ObjectNode n = rej.addObject();
            n.put("file", x.file());
            n.put("line", x.line());
            n.put("field", x.field());
            n.put("reason", x.reason());
        }
        ArrayNode w = root.putArray("warnings");
        r.warnings().forEach(w::add);
        try {
            return m.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
