package io.lambdasim.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.model.reconcile.BillingRule;
import io.lambdasim.model.reconcile.FunctionFit;
import io.lambdasim.model.reconcile.Prediction;
import io.lambdasim.model.reconcile.ReconcileResult;
import io.lambdasim.model.reconcile.Reconciler;
import io.lambdasim.model.reconcile.RecordKind;
import io.lambdasim.model.reconcile.UnmatchedRecord;
import io.lambdasim.workload.importer.logs.LogImporters;
import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.IntervalAggregate;
import io.lambdasim.workload.trace.InvocationRecord;
import io.lambdasim.workload.trace.Rejection;
import io.lambdasim.workload.trace.TraceFormatException;
import io.lambdasim.workload.trace.TraceImporter;
import io.lambdasim.workload.trace.TraceSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lambdasim reconcile}: reads Lambda REPORT records from log files and checks each Billed Duration against the
 * billing rules (granularity 1 ms or 100 ms, INIT billed or not), to tell which rule AWS applied to each function.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Checks the Billed Duration of Lambda REPORT records against the billing rules: 1 ms or 100 ms "
                    + "granularity (100 ms before 2020-12-01), INIT billed or not on cold starts, SnapStart restores, "
                    + "timeouts. Tells which rule fits each function on each day, and lists the records no rule "
                    + "explains.",
            "Reads REPORT log lines, 'aws logs filter-log-events' output, Logs Insights results (CSV, JSON, "
                    + "Markdown) and JSON platform.report records (docs/import-logs.md)."},
        footer = {"", "Examples:",
            "  aws logs tail /aws/lambda/orders-api --since 1d > orders-api.log",
            "  lambdasim reconcile orders-api.log",
            "  lambdasim reconcile page-1.json page-2.json --function orders-api --json"})
final class ReconcileCommand implements Callable<Integer> {

    /** Rejections and unmatched records printed in the summary (all are in --json, up to the lists' caps). */
    static final int LISTED_IN_TEXT = 20;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "LOGFILE", description = "Log files to read.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (default: recognise each file), report-log, filter-log-events, logs-insights or "
                    + "platform-report.")
    String format;

    @Option(names = "--function", paramLabel = "NAME",
            description = "Function of the records whose file names none (no log group or stream with a name); "
                    + "default: the file's name without extension.")
    String function;

    @Option(names = "--json", description = "Print JSON instead of a summary.")
    boolean json;

    /** What was read from one file. */
    private record FileRead(Path file, String format, long accepted, long rejected) {
    }

    @Override
    public Integer call() {
        List<TraceImporter> importers = LogImporters.all(function);
        TraceImporter forced = forcedImporter(importers);
        Reconciler reconciler = new Reconciler();
        ImportReport report = new ImportReport();
        TraceSink sink = new TraceSink() {
            @Override
            public void invocation(InvocationRecord record) {
                reconciler.accept(record);
            }

            @Override
            public void aggregate(IntervalAggregate aggregate) {
                // Log importers deliver no aggregates; nothing to reconcile in them.
            }
        };
        List<FileRead> reads = new ArrayList<>();
        for (Path file : files) {
            TraceImporter importer = forced != null ? forced : detect(importers, file);
            long accepted = report.acceptedCount();
            long rejected = report.rejectedCount();
            try {
                importer.read(file, sink, report);
            } catch (TraceFormatException e) {
                throw new IllegalArgumentException(oneLine(e.getMessage()), e);
            } catch (IOException e) {
                throw new IllegalArgumentException(cannotRead(file, e), e);
            }
            reads.add(new FileRead(file, importer.id(), report.acceptedCount() - accepted,
                    report.rejectedCount() - rejected));
        }
        ReconcileResult result = reconciler.result();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = BillJson.mapper();
            out.println(BillJson.write(mapper, json(mapper, result, report, reads)));
        } else {
            printText(out, result, report, reads);
        }
        out.flush();
        return 0;
    }

    private TraceImporter forcedImporter(List<TraceImporter> importers) {
        if (format.equals("auto")) {
            return null;
        }
        return importers.stream().filter(i -> i.id().equals(format)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--format: unknown format '" + format
                        + "'; expected auto, " + ids(importers)));
    }

    private static String ids(List<TraceImporter> importers) {
        return importers.stream().map(TraceImporter::id).collect(Collectors.joining(", "));
    }

    /** The importer surest of {@code file}, or a one-line refusal. */
    private static TraceImporter detect(List<TraceImporter> importers, Path file) {
        String head;
        try {
            if (Files.isDirectory(file)) {
                throw new IllegalArgumentException("cannot read " + file + ": it is a directory");
            }
            head = LogImporters.head(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(cannotRead(file, e), e);
        }
        if (head.isBlank()) {
            throw new IllegalArgumentException(file + ": empty file");
        }
        Path name = file.getFileName();
        return LogImporters.detect(importers, name == null ? file.toString() : name.toString(), head)
                .orElseThrow(() -> new IllegalArgumentException(file + ": not a Lambda log format this command "
                        + "reads; give --format (" + ids(importers) + ")"));
    }

    private static String cannotRead(Path file, IOException e) {
        String why;
        if (e instanceof NoSuchFileException) {
            why = "no such file";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (Files.isDirectory(file)) {
            why = "it is a directory";
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return "cannot read " + file + ": " + oneLine(why);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    // ---- JSON -------------------------------------------------------------------------------------------------

    static ObjectNode json(ObjectMapper mapper, ReconcileResult r, ImportReport report, List<FileRead> reads) {
        ObjectNode root = mapper.createObjectNode();
        root.put("records", r.records());
        root.put("checked", r.checked());
        root.put("without_billed_duration", r.withoutBilledDuration());
        root.put("matched", r.matched());
        root.put("unmatched_count", r.unmatchedCount());
        ArrayNode unmatched = root.putArray("unmatched");
        for (UnmatchedRecord u : r.unmatched()) {
            ObjectNode n = unmatched.addObject();
            n.put("line", u.line());
            n.put("function", u.function());
            n.put("request_id", u.requestId());
            n.put("day", u.day());
            n.put("kind", u.kind().id());
            n.put("status", u.status().name().toLowerCase(Locale.ROOT));
            n.put("duration_ms", ms(u.durationUs()));
            putMs(n, "init_duration_ms", u.initUs());
            putMs(n, "restore_duration_ms", u.restoreUs());
            if (u.billedRestoreMs() >= 0) {
                n.put("billed_restore_duration_ms", u.billedRestoreMs());
            }
            n.put("billed_duration_ms", u.billedMs());
            ObjectNode predictions = n.putObject("predictions");
            for (Prediction p : u.predictions()) {
                ObjectNode pn = predictions.putObject(p.rule().id());
                pn.put("billed_ms", p.billedMs());
                if (p.timeoutCappedMs() >= 0) {
                    pn.put("timeout_capped_ms", p.timeoutCappedMs());
                }
                pn.put("plausible", p.plausible());
            }
            n.put("explanation", u.explanation());
        }
        ObjectNode rules = root.putObject("rules");
        r.rules().forEach((rule, count) -> rules.put(rule.id(), count));
        ObjectNode kinds = root.putObject("kinds");
        r.kinds().forEach((kind, count) -> kinds.put(kind.id(), count));
        root.put("timeouts", r.timeouts());
        root.put("undated", r.undated());
        ArrayNode functions = root.putArray("functions");
        for (FunctionFit f : r.functions()) {
            ObjectNode n = functions.addObject();
            n.put("function", f.function());
            n.put("day", f.day());
            n.put("records", f.records());
            n.put("cold", f.coldRecords());
            n.put("snapstart", f.snapStartRecords());
            n.put("unmatched", f.unmatched());
            ArrayNode all = n.putArray("rules_explaining_all");
            f.rulesExplainingAll().forEach(rule -> all.add(rule.id()));
            n.put("granularity_ms", f.granularityMs());
            n.put("init_billed", f.initBilled());
            n.put("verdict", f.verdict());
            ObjectNode by = n.putObject("explained_by_rule");
            f.explainedByRule().forEach((rule, count) -> by.put(rule.id(), count));
        }
        ObjectNode imp = root.putObject("import");
        ArrayNode fileNodes = imp.putArray("files");
        for (FileRead fr : reads) {
            ObjectNode n = fileNodes.addObject();
            n.put("file", fr.file().toString());
            n.put("format", fr.format());
            n.put("accepted", fr.accepted());
            n.put("rejected", fr.rejected());
        }
        imp.put("accepted", report.acceptedCount());
        imp.put("rejected", report.rejectedCount());
        imp.put("duplicates", report.duplicates());
        imp.put("time_zone", report.timeZone());
        ArrayNode rejections = imp.putArray("rejections");
        report.rejections().forEach(x -> rejections.add(x.toString()));
        ArrayNode warnings = imp.putArray("warnings");
        report.warnings().forEach(warnings::add);
        return root;
    }

    private static BigDecimal ms(long us) {
        BigDecimal ms = BigDecimal.valueOf(us, 3).stripTrailingZeros();
        return ms.scale() < 0 ? ms.setScale(0) : ms;
    }

    private static void putMs(ObjectNode n, String field, long us) {
        if (us >= 0) {
            n.put(field, ms(us));
        }
    }

    // ---- text -------------------------------------------------------------------------------------------------

    static void printText(PrintWriter out, ReconcileResult r, ImportReport report, List<FileRead> reads) {
        out.println("Reconciled " + count(r.records(), "REPORT record") + " from " + count(reads.size(), "file")
                + ": " + r.checked() + " with a Billed Duration, " + r.matched() + " explained by a billing rule, "
                + r.unmatchedCount() + " fit" + (r.unmatchedCount() == 1 ? "s" : "") + " no rule.");
        if (r.withoutBilledDuration() > 0) {
            out.println(count(r.withoutBilledDuration(), "record") + " without a Billed Duration not checked.");
        }
        if (r.undated() > 0) {
            out.println(count(r.undated(), "record") + " without a timestamp: checked under both the 1 ms and the "
                    + "100 ms rules.");
        }
        out.println();
        out.println("Records each rule explains (a record may fit several):");
        int width = 0;
        for (BillingRule rule : BillingRule.values()) {
            width = Math.max(width, rule.id().length());
        }
        for (Map.Entry<BillingRule, Long> e : r.rules().entrySet()) {
            out.printf(Locale.ROOT, "  %-" + width + "s  %,d%n", e.getKey().id(), e.getValue());
        }
        out.println("Checked records: " + r.kinds().get(RecordKind.WARM) + " warm, " + r.kinds().get(RecordKind.COLD)
                + " cold, " + r.kinds().get(RecordKind.SNAPSTART) + " SnapStart; " + r.timeouts() + " timed out.");
        if (!r.functions().isEmpty()) {
            out.println();
            out.println("Per function and day:");
            int fw = r.functions().stream().mapToInt(f -> f.function().length()).max().orElse(0);
            for (FunctionFit f : r.functions()) {
                out.printf(Locale.ROOT, "  %-" + fw + "s  %-10s  %s, %d cold: %s%n", f.function(),
                        f.day() != null ? f.day() : "no date", count(f.records(), "record"),
                        f.coldRecords() + f.snapStartRecords(), f.verdict());
            }
        }
        if (r.unmatchedCount() > 0) {
            out.println();
            out.println("Fits no rule (" + r.unmatchedCount() + "):");
            r.unmatched().stream().limit(LISTED_IN_TEXT).forEach(u -> {
                out.println("  " + u.line() + "  " + u.function() + "  " + (u.day() != null ? u.day() : "no date")
                        + "  " + u.kind().id() + (u.status() == io.lambdasim.workload.trace.InvocationStatus.SUCCESS
                                ? "" : " (" + u.status().name().toLowerCase(Locale.ROOT) + ")")
                        + ": " + fields(u));
                out.println("    " + u.explanation());
            });
            more(out, r.unmatchedCount(), LISTED_IN_TEXT);
        }
        out.println();
        out.println("Import: " + reads.stream().map(f -> f.file() + " (" + f.format() + ", "
                + count(f.accepted(), "record") + (f.rejected() > 0 ? ", " + f.rejected() + " rejected" : "") + ")")
                .collect(Collectors.joining("; ")) + ". " + count(report.duplicates(), "repeated request id") + ".");
        if (report.rejectedCount() > 0) {
            out.println("Rejected (" + report.rejectedCount() + "):");
            report.rejections().stream().limit(LISTED_IN_TEXT).map(Rejection::toString)
                    .forEach(x -> out.println("  " + x));
            more(out, report.rejectedCount(), LISTED_IN_TEXT);
        }
        if (report.warningCount() > 0) {
            out.println("Warnings:");
            report.warnings().forEach(w -> out.println("  " + w));
        }
    }

    private static String fields(UnmatchedRecord u) {
        StringBuilder b = new StringBuilder("Duration ").append(ms(u.durationUs()).toPlainString()).append(" ms");
        if (u.initUs() >= 0) {
            b.append(", Init Duration ").append(ms(u.initUs()).toPlainString()).append(" ms");
        }
        if (u.restoreUs() >= 0) {
            b.append(", Restore Duration ").append(ms(u.restoreUs()).toPlainString()).append(" ms");
        }
        if (u.billedRestoreMs() >= 0) {
            b.append(", Billed Restore Duration ").append(u.billedRestoreMs()).append(" ms");
        }
        return b.append(", Billed Duration ").append(u.billedMs()).append(" ms").toString();
    }

    private static void more(PrintWriter out, long total, int shown) {
        if (total > shown) {
            out.println("  ... and " + (total - shown) + " more (--json lists up to " + Reconciler.MAX_LISTED + ")");
        }
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
    }
}
