package io.lambdasim.workload.importer.logs;

import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.TraceFormatException;
import io.lambdasim.workload.trace.TraceImporter;
import io.lambdasim.workload.trace.TraceSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Lambda's text logs ({@code report-log}): one REPORT line per invocation, among START, END, XRAY, INIT_REPORT and
 * application lines (skipped). A line may start with a timestamp, a log group and a log stream, as
 * {@code aws logs tail} and console copies print them:
 * <pre>2026-03-02T10:01:07.112000+00:00 2026/03/02/[$LATEST]6a3f REPORT RequestId: 6f1c... Duration: 118.04 ms</pre>
 * The file is read line by line (logs of gigabytes stream through). See docs/import-logs.md for every rule.
 */
public final class ReportLogImporter implements TraceImporter {

    public static final String ID = "report-log";

    private final String function;
    private final SeenRequestIds seen = new SeenRequestIds();

    /** Names records after their log group or stream, else after the file. */
    public ReportLogImporter() {
        this(null);
    }

    /** @param function the name of records whose lines name no function (null: the file's name) */
    public ReportLogImporter(String function) {
        this.function = function;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Lambda REPORT log lines (text, as in CloudWatch Logs or 'aws logs tail' output)";
    }

    @Override
    public double detect(String fileName, String head) {
        if (TextInput.looksBinary(head)) {
            return 0;
        }
        char first = TextInput.firstNonBlank(head);
        if (first == '{' || first == '[') {
            return 0.02;
        }
        int reports = count(head, ReportMessage.MARKER);
        if (reports > 0) {
            return head.contains("Duration:") ? 0.95 : 0.8;
        }
        if (head.contains("START RequestId:") || head.contains("END RequestId:")) {
            return 0.6;
        }
        return 0.02;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    @Override
    public void read(Path file, TraceSink sink, ImportReport report) throws IOException {
        report.format(ID);
        ImportContext ctx = new ImportContext(file, sink, report, function, seen.forReport(report));
        long lineNo = 0;
        long reportLines = 0;
        long binaryLines = 0;
        try (BufferedReader in = TextInput.open(file)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                int at = line.indexOf(ReportMessage.MARKER);
                if (at < 0) {
                    if (TextInput.looksBinary(line)) {
                        binaryLines++;
                    }
                    continue;
                }
                reportLines++;
                try {
                    LinePrefix prefix = LinePrefix.parse(line.substring(0, at));
                    ReportFields f = ReportMessage.parse(line.substring(at + "REPORT ".length()));
                    long endUs = prefix.stamp() == null ? ImportContext.NO_TIME
                            : ctx.time("timestamp", prefix.stamp(), lineNo);
                    ctx.deliver(f, endUs, prefix.function(), lineNo);
                } catch (FieldException e) {
                    ctx.reject(lineNo, e);
                }
            }
        }
        if (lineNo == 0) {
            throw new TraceFormatException(file + ": empty file");
        }
        if (reportLines == 0) {
            throw new TraceFormatException(file + ": no REPORT lines in " + lineNo + (lineNo == 1 ? " line" : " lines")
                    + (binaryLines * 2 > lineNo ? " (the file looks binary)" : "")
                    + "; expected Lambda log lines such as 'REPORT RequestId: ... Duration: 118.04 ms ...'");
        }
        ctx.finish();
    }
}
