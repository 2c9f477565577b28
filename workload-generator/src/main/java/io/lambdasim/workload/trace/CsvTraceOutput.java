package io.lambdasim.workload.trace;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes the CSV form: the first line, the column names, one line per record, each ended by {@code \n}. */
final class CsvTraceOutput implements TraceOutput {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);

    CsvTraceOutput(OutputStream stream, TraceHeader header) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        out.write(CsvTrace.MAGIC + TraceFileFormat.VERSION + " kind=" + header.kind().id() + " records="
                + header.records() + "\n");
        out.write(String.join(",", header.kind() == TraceKind.INVOCATIONS ? CsvTrace.INVOCATION_COLUMNS
                : CsvTrace.AGGREGATE_COLUMNS));
        out.write('\n');
    }

    @Override
    public void invocation(InvocationRecord r) throws IOException {
        StringBuilder sb = line;
        sb.setLength(0);
        sb.append(r.startUs()).append(',');
        CsvTrace.appendCell(sb, r.function());
        sb.append(',').append(r.durationUs()).append(',');
        CsvTrace.appendOptional(sb, r.initUs());
        sb.append(',');
        CsvTrace.appendOptional(sb, r.restoreUs());
        sb.append(',');
        CsvTrace.appendOptional(sb, r.billedDurationMs());
        sb.append(',');
        CsvTrace.appendOptional(sb, r.billedRestoreMs());
        sb.append(',');
        CsvTrace.appendOptional(sb, r.memoryMb());
        sb.append(',');
        CsvTrace.appendOptional(sb, r.maxMemoryUsedMb());
        sb.append(',');
        CsvTrace.appendCell(sb, CsvTrace.statusText(r.status()));
        sb.append(',');
        CsvTrace.appendCell(sb, r.requestId());
        sb.append('\n');
        out.append(sb);
    }

    @Override
    public void aggregate(IntervalAggregate a) throws IOException {
        StringBuilder sb = line;
        sb.setLength(0);
        sb.append(a.startUs()).append(',').append(a.lengthUs()).append(',');
        CsvTrace.appendCell(sb, a.function());
        sb.append(',').append(a.invocations());
        for (double d : new double[] {a.avgDurationMs(), a.minDurationMs(), a.maxDurationMs(), a.p50DurationMs(),
            a.p90DurationMs(), a.p99DurationMs()}) {
            sb.append(',');
            CsvTrace.appendDouble(sb, d);
        }
        sb.append(',');
        CsvTrace.appendOptional(sb, a.errors());
        sb.append(',');
        CsvTrace.appendOptional(sb, a.throttles());
        sb.append(',');
        CsvTrace.appendOptional(sb, a.coldStarts());
        sb.append(',');
        CsvTrace.appendOptional(sb, a.memoryMb());
        sb.append('\n');
        out.append(sb);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
