package io.lambdasim.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.workload.importer.Importers;
import io.lambdasim.workload.trace.TraceFileFormat;
import io.lambdasim.workload.trace.TraceInfo;
import io.lambdasim.workload.trace.TraceReader;
import io.lambdasim.workload.trace.TraceWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lambdasim trace-info}: what a trace, or a file LambdaSim can import, holds. */
@Command(name = "trace-info", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Summarises a LambdaSim trace, or a file LambdaSim can import (imported to a temporary trace "
                + "first): invocations, functions, time span, mean and peak rate per minute, duration percentiles, "
                + "observed cold starts."})
final class TraceInfoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRACE|FILE", description = "A LambdaSim trace, or a file to import.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "For a file to import: auto (default) or an importer's id.")
    String format;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        TraceInfo info;
        if (TraceReader.looksLikeTrace(file)) {
            info = TraceInfo.of(file);
        } else {
            Path dir = Files.createTempDirectory("lambdasim-trace-info");
            Path tmp = dir.resolve("trace.lstrace");
            try {
                Importers.standard().importTrace(List.of(file), format,
                        TraceWriter.to(tmp).format(TraceFileFormat.BINARY));
                info = TraceInfo.of(tmp);
            } finally {
                Files.deleteIfExists(tmp);
                Files.deleteIfExists(dir);
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(toJson(info));
        } else {
            print(info, o);
        }
        o.flush();
        return 0;
    }

    static void print(TraceInfo i, PrintWriter o) {
        o.printf(Locale.ROOT, "Trace of %s: %,d records, %,d invocations%n", i.kind().id(), i.records(), i.invocations());
        o.printf(Locale.ROOT, "  time span          %s to %s%n", ImportCommand.instant(i.firstStartUs()),
                ImportCommand.instant(i.endUs()));
        o.printf(Locale.ROOT, "  rate per minute    mean %.2f, peak %,.0f at %s%n", i.meanPerMinute(), i.peakPerMinute(),
                ImportCommand.instant(i.peakMinuteStartUs()));
        if (i.p50DurationUs() >= 0) {
            o.printf(Locale.ROOT, "  duration (ms)      mean %.2f, p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n",
                    i.meanDurationUs() / 1000.0, i.p50DurationUs() / 1000.0, i.p90DurationUs() / 1000.0,
                    i.p99DurationUs() / 1000.0, i.maxDurationUs() / 1000.0);
        } else if (i.maxDurationUs() >= 0) {
            o.printf(Locale.ROOT, "  duration (ms)      mean %.2f, max %.2f (percentiles unknown in aggregates)%n",
                    i.meanDurationUs() / 1000.0, i.maxDurationUs() / 1000.0);
        }
        o.println("  cold starts seen   " + (i.coldStarts() < 0 ? "unknown" : String.format(Locale.ROOT, "%,d",
                i.coldStarts())));
        o.printf(Locale.ROOT, "  functions          %d%n", i.functions().size());
        for (TraceInfo.FunctionSummary f : i.functions()) {
            o.printf(Locale.ROOT, "    %-40s %,12d invocations%s%s%n", f.name(), f.invocations(),
                    f.coldStarts() < 0 ? "" : String.format(Locale.ROOT, "  %,8d cold", f.coldStarts()),
                    f.memoryMb() > 0 ? "  " + f.memoryMb() + " MB" : "");
        }
    }

    static String toJson(TraceInfo i) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("kind", i.kind().id());
        root.put("records", i.records());
        root.put("invocations", i.invocations());
        root.put("first", ImportCommand.instant(i.firstStartUs()));
        root.put("last", ImportCommand.instant(i.lastStartUs()));
        root.put("end", ImportCommand.instant(i.endUs()));
        root.put("mean_per_minute", i.meanPerMinute());
        root.put("peak_per_minute", i.peakPerMinute());
        root.put("peak_minute", ImportCommand.instant(i.peakMinuteStartUs()));
        ObjectNode d = root.putObject("duration_ms");
        d.put("mean", i.meanDurationUs() / 1000.0);
        if (i.p50DurationUs() >= 0) {
            d.put("p50", i.p50DurationUs() / 1000.0);
            d.put("p90", i.p90DurationUs() / 1000.0);
            d.put("p99", i.p99DurationUs() / 1000.0);
        }
        d.put("max", i.maxDurationUs() / 1000.0);
        if (i.coldStarts() >= 0) {
            root.put("cold_starts", i.coldStarts());
        } else {
            root.putNull("cold_starts");
        }
        ArrayNode fns = root.putArray("functions");
        for (TraceInfo.FunctionSummary f : i.functions()) {
            ObjectNode n = fns.addObject();
            n.put("name", f.name());
            n.put("invocations", f.invocations());
            if (f.coldStarts() >= 0) {
                n.put("cold_starts", f.coldStarts());
            } else {
                n.putNull("cold_starts");
            }
            if (f.memoryMb() > 0) {
                n.put("memory_mb", f.memoryMb());
            }
        }
        try {
            return m.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
