package io.lambdasim.workload.importer.traces;

import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.InvocationRecord;
import io.lambdasim.workload.trace.InvocationStatus;
import io.lambdasim.workload.trace.TraceImporter;
import io.lambdasim.workload.trace.TraceSink;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The Azure Functions invocation trace of 2021 (Zhang et al., SOSP 2021): a row per invocation,
 * {@code app,func,end_timestamp,duration}, both in seconds, the timestamp relative to the trace start. Each row
 * becomes an {@link InvocationRecord}: its end and its duration are rounded to the nearest microsecond (halves up)
 * and the start is the end minus the duration, so that start + duration is the rounded end exactly.
 *
 * <p>Time 0 is {@link #TRACE_START} by default. Columns are found by name, in any order, and extra columns are
 * ignored. Rows may come in any order; identical rows are kept (two invocations may end together). Ids are
 * {@code app/func}, each cut to 8 characters and kept unique ({@code func} is unique only within its app).
 */
public final class AzureFunctions2021Importer implements TraceImporter {

    public static final String ID = "azure-2021";

    /**
     * Time 0 of the trace: 2021-01-31 00:00 UTC, the day the dataset's description says its two weeks start. The
     * description also says the timestamps were modified from the production ones, so the time of day is nominal.
     */
    public static final Instant TRACE_START = Instant.parse("2021-01-31T00:00:00Z");

    static final String EXPECTED = "app,func,end_timestamp,duration";

    private final Instant traceStart;
    private final long traceStartUs;

    /** Time 0 at {@link #TRACE_START}. */
    public AzureFunctions2021Importer() {
        this(TRACE_START);
    }

    /** Time 0 at {@code traceStart}. */
    public AzureFunctions2021Importer(Instant traceStart) {
        this.traceStart = Objects.requireNonNull(traceStart, "traceStart");
        this.traceStartUs = AzureFunctions2019Importer.toMicros(traceStart);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Azure Functions 2021 invocation trace: app,func,end_timestamp,duration in seconds from"
                + " 2021-01-31 00:00 UTC, one invocation per row";
    }

    @Override
    public double detect(String fileName, String head) {
        if (Heads.looksBinary(head)) {
            return 0.0;
        }
        String[] h = Heads.headerFields(head);
        int found = 0;
        for (String f : h) {
            if (f.equals("app") || f.equals("func") || f.equals("end_timestamp") || f.equals("duration")) {
                found++;
            }
        }
        boolean named = Heads.baseName(fileName).toLowerCase(Locale.ROOT).contains("azurefunctionsinvocationtrace");
        if (found == 4) {
            return named ? 1.0 : 0.95;
        }
        return named && Heads.firstLine(head).isEmpty() ? 0.5 : 0.0;
    }

    @Override
    public void read(Path file, TraceSink sink, ImportReport report) throws IOException {
        Objects.requireNonNull(sink, "sink");
        report.format(ID);
        report.timeZone("UTC");
        String name = file.getFileName().toString();
        long rows = 0;
        long beforeStart = 0;
        String firstBeforeStart = null;
        ShortIds ids = new ShortIds();
        try (CsvReader csv = new CsvReader(file)) {
            Header header = Header.read(csv, name, EXPECTED);
            header.require(EXPECTED, "app", "func", "end_timestamp", "duration");
            int app = header.indexOf("app");
            int func = header.indexOf("func");
            int end = header.indexOf("end_timestamp");
            int duration = header.indexOf("duration");
            CsvReader.Row row;
            while ((row = csv.next()) != null) {
                rows++;
                if (!Rows.wellFormed(row, header, name, report)
                        || Rows.functionKey(row, header, name, report, app, func) == null) {
                    continue;
                }
                long endUs;
                long durationUs;
                int field = end;
                try {
                    BigDecimal endSeconds = Fields.nonNegative(row.get(end), "seconds");
                    field = duration;
                    BigDecimal durationSeconds = Fields.nonNegative(row.get(duration), "seconds");
                    field = end;
                    endUs = Fields.secondsToMicros(endSeconds);
                    field = duration;
                    durationUs = Fields.secondsToMicros(durationSeconds);
                } catch (Fields.BadField e) {
                    report.rejected(name, row.line(), header.name(field), e.getMessage());
                    continue;
                }
                String id = ids.id(row.get(app).strip(), row.get(func).strip());
                long startUs = traceStartUs + endUs - durationUs;
                if (endUs < durationUs && beforeStart++ == 0) {
                    firstBeforeStart = "line " + row.line();
                }
                sink.invocation(new InvocationRecord(startUs, id, durationUs, InvocationRecord.UNKNOWN,
                        InvocationRecord.UNKNOWN, InvocationRecord.UNKNOWN, InvocationRecord.UNKNOWN,
                        InvocationRecord.UNKNOWN, InvocationRecord.UNKNOWN, InvocationStatus.UNKNOWN, null,
                        name + ":" + row.line()));
                report.accepted(id, startUs);
            }
        }
        if (rows == 0) {
            report.warning(name + ": no data rows after the header");
        }
        if (beforeStart > 0) {
            report.warning(name + ": " + (beforeStart == 1 ? "1 invocation started" : beforeStart
                    + " invocations started") + " before the trace start (end_timestamp < duration; first: "
                    + firstBeforeStart + "): kept, starting before " + traceStart);
        }
        if (ids.collisions() > 0) {
            report.warning(name + ": " + ids.collisions()
                    + " function(s) got their full app/func as id: the short form was taken by another function");
        }
    }
}
