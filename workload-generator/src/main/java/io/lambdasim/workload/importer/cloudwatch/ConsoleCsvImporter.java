package io.lambdasim.workload.importer.cloudwatch;

import io.lambdasim.workload.csv.CsvFormat;
import io.lambdasim.workload.csv.CsvRecords;
import io.lambdasim.workload.importer.cloudwatch.CloudWatchTime.Stamp;
import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.TraceFormatException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CSV downloaded from a CloudWatch console graph ("Download as CSV"): a header with a time column and one
 * column per metric label, then one row per timestamp. The layout is not documented, so variants are accepted:
 * comma, semicolon or tab delimiters, quoted fields, CRLF, a byte-order mark, a zone in the time column's header
 * ({@code Time (UTC+01:00)}), and labels such as {@code Invocations}, {@code Duration (Average)},
 * {@code Invocations [FunctionName: x]} or {@code x Duration p99}. Columns that cannot be read are named in warnings.
 * See {@code docs/import-cloudwatch.md}.
 */
public final class ConsoleCsvImporter implements CloudWatchImporter {

    /** The format's id, for {@code --format}. */
    public static final String ID = "cloudwatch-console-csv";

    static final String EXPECTED = "a CSV downloaded from a CloudWatch console graph (a time column, then one "
            + "column per metric)";

    private static final Set<String> TIME_HEADERS = Set.of("", "time", "timestamp", "timestamps", "date", "datetime",
            "date time", "date/time", "label", "period", "utc", "gmt", "time utc");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*]");
    private static final Pattern HEADER_ZONE =
            Pattern.compile("(?i)\\b(?:UTC|GMT)(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?");

    private final String function;

    /** An importer that takes function names from the column headers, or else from each file's name. */
    public ConsoleCsvImporter() {
        this(null);
    }

    /** An importer that gives columns whose header names no function to {@code function} (null: the file name). */
    public ConsoleCsvImporter(String function) {
        this.function = function;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "CloudWatch metrics downloaded as CSV from a console graph (a time column, one column per metric)";
    }

    @Override
    public double detect(String fileName, String head) {
        String h = InputFiles.textHead(head);
        if (h == null) {
            return 0;
        }
        String s = h.stripLeading();
        if (s.startsWith("{") || s.startsWith("[")) {
            return 0;
        }
        int end = s.indexOf('\n');
        String firstLine = end < 0 ? s : s.substring(0, end);
        try {
            CsvRecords records = new CsvRecords(new StringReader(s), format(CsvFormat.delimiterOf(firstLine)));
            List<String> header = trimmed(records.next());
            if (header == null || header.size() < 2) {
                return 0;
            }
            int metricColumns = 0;
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).startsWith("@")) {
                    return 0;
                }
                if (i > 0 && MetricLabel.parse(header.get(i), null).metric() != null) {
                    metricColumns++;
                }
            }
            if (metricColumns == 0) {
                return 0;
            }
            boolean timeHeader = isTimeHeader(header.get(0));
            List<String> row = records.next();
            boolean timeValue = false;
            if (row != null && !row.isEmpty()) {
                try {
                    CloudWatchTime.parse(row.get(0), ZoneOffset.UTC);
                    timeValue = true;
                } catch (IllegalArgumentException | ArithmeticException e) {
                    timeValue = false;
                }
            }
            if (!timeHeader && !timeValue) {
                return 0.05;
            }
            return 0.7 + (timeHeader ? 0.1 : 0) + (timeValue ? 0.1 : 0)
                    + (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? 0.05 : 0);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void collect(Path file, MetricTable table, ImportReport report) throws IOException {
        String name = InputFiles.name(file);
        InputFiles.requireText(file, EXPECTED);
        table.zones().beginFile();
        try (BufferedReader in = InputFiles.reader(file)) {
            in.mark(1 << 20);
            String line;
            do {
                line = in.readLine();
            } while (line != null && line.isBlank());
            if (line == null) {
                throw new TraceFormatException(name + ": the file is empty; expected " + EXPECTED);
            }
            in.reset();
            char delimiter = CsvFormat.delimiterOf(line);
            CsvRecords records = new CsvRecords(in, format(delimiter));
            List<String> header;
            do {
                header = trimmed(records.next());
            } while (header != null && blank(header));
            Plan plan = plan(name, header, records.line(), report);
            FallbackFunction fallback = new FallbackFunction(function, name, report);
            for (Column c : plan.columns) {
                c.function = fallback.or(c.function);
            }
            rows(name, records, delimiter, header.size(), plan, table, report);
        }
        table.zones().endFile(name, report);
    }

    private void rows(String name, CsvRecords records, char delimiter, int width, Plan plan, MetricTable table,
                      ImportReport report) throws IOException {
        List<String> row;
        while ((row = records.next()) != null) {
            long line = records.line();
            if (records.unclosedQuoteLine() != 0) {
                report.rejected(name, line, "row", "a quoted field opened on line " + records.unclosedQuoteLine()
                        + " is never closed");
                continue;
            }
            if (blank(row)) {
                continue;
            }
            if (row.size() > width) {
                report.rejected(name, line, "row", row.size() + " cells but the header has " + width);
                continue;
            }
            String timeText = cell(row, plan.timeColumn);
            if (timeText.isEmpty()) {
                report.rejected(name, line, plan.timeField, "no time");
                continue;
            }
            Stamp stamp;
            try {
                stamp = CloudWatchTime.parse(timeText, plan.zone);
            } catch (IllegalArgumentException | ArithmeticException e) {
                report.rejected(name, line, plan.timeField, "\"" + timeText + "\": " + e.getMessage());
                continue;
            }
            table.zones().note(stamp, timeText, plan.timeField, line, plan.zoneFromHeader);
            for (Column c : plan.columns) {
                String text = cell(row, c.index);
                if (text.isEmpty()) {
                    continue;
                }
                double value;
                try {
                    value = Numbers.parse(text, delimiter);
                } catch (IllegalArgumentException e) {
                    table.reject(c.function, stamp.us(), c.measure, name, line, c.header, e.getMessage(), report);
                    continue;
                }
                table.put(c.function, stamp.us(), c.measure, value, name, line, c.header, report);
            }
        }
    }

    private Plan plan(String name, List<String> header, long line, ImportReport report) {
        Plan plan = new Plan();
        int time = -1;
        for (int i = 0; i < header.size() && time < 0; i++) {
            if (isTimeHeader(header.get(i))) {
                time = i;
            }
        }
        if (time < 0) {
            if (header.size() > 0 && MetricLabel.parse(header.get(0), null).metric() != null) {
                throw new TraceFormatException(name + ":" + line + ": header: no time column (the first column, \""
                        + header.get(0) + "\", is a metric); expected " + EXPECTED);
            }
            time = 0;
        }
        plan.timeColumn = time;
        plan.timeField = header.get(time).isEmpty() ? "time" : header.get(time);
        Matcher zone = HEADER_ZONE.matcher(header.get(time));
        if (zone.find()) {
            plan.zoneFromHeader = true;
            if (zone.group(1) != null) {
                int hours = Integer.parseInt(zone.group(2));
                int minutes = zone.group(3) == null ? 0 : Integer.parseInt(zone.group(3));
                int sign = zone.group(1).equals("-") ? -1 : 1;
                try {
                    plan.zone = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
                } catch (DateTimeException e) {
                    throw new TraceFormatException(name + ":" + line + ": " + plan.timeField + ": the offset in the "
                            + "time column's header is out of range; expected " + EXPECTED);
                }
            }
        }
        boolean anyMetric = false;
        Map<String, Column> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (i == time || h.isEmpty()) {
                continue;
            }
            String where = name + ":" + line + ": column " + (i + 1) + " \"" + h + "\"";
            MetricLabel.Parsed label = MetricLabel.parse(h, null);
            if (label.metric() != null) {
                anyMetric = true;
            }
            if (!label.usable()) {
                report.warning(where + " " + label.problem() + "; column skipped");
                continue;
            }
            String statistic = label.statistic();
            if (statistic == null) {
                statistic = label.metric().equals("Duration") ? "Average" : "Sum";
                if (label.metric().equals("Duration")) {
                    report.warning(where + " names no statistic; read as Duration Average");
                }
            }
            Measure.Resolution r = Measure.of(label.metric(), statistic);
            if (r.measure() == null) {
                report.warning(where + ": " + r.problem() + "; column skipped");
                continue;
            }
            Column c = new Column(i, h, label.function(), r.measure());
            String key = (label.function() == null ? "" : label.function()) + "\u0000" + r.measure();
            Column same = seen.putIfAbsent(key, c);
            if (same != null) {
                report.warning(where + " reads as the same series as column " + (same.index + 1) + " \""
                        + same.header + "\"; column skipped");
                continue;
            }
            plan.columns.add(c);
        }
        if (!anyMetric) {
            List<String> quoted = new ArrayList<>();
            for (String h : header) {
                quoted.add("\"" + h + "\"");
            }
            throw new TraceFormatException(name + ":" + line + ": header: no column names an AWS/Lambda metric "
                    + "(columns: " + String.join(", ", quoted) + "); expected " + EXPECTED
                    + ", such as \"Invocations\" or \"Duration (Average) [FunctionName: my-function]\"");
        }
        return plan;
    }

    /**
     * The console's CSV: delimited by {@code delimiter}, a quote may follow blanks, line breaks in quotes read as LF.
     */
    private static CsvFormat format(char delimiter) {
        return CsvFormat.RFC_4180.withDelimiter(delimiter).withQuoteAfterBlanks().withLineBreaksAsLf();
    }

    static boolean isTimeHeader(String header) {
        String h = BRACKETED.matcher(header.toLowerCase(Locale.ROOT)).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return TIME_HEADERS.contains(h) || h.startsWith("time ") || h.startsWith("timestamp ")
                || h.matches("(time|date|timestamp)\\s*(utc|gmt)?\\s*[+-]?\\s*\\d{0,2}(:?\\d{2})?");
    }

    private static List<String> trimmed(List<String> record) {
        if (record == null) {
            return null;
        }
        List<String> out = new ArrayList<>(record.size());
        for (String s : record) {
            out.add(s.strip());
        }
        return out;
    }

    private static boolean blank(List<String> record) {
        for (String s : record) {
            if (!s.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index).strip() : "";
    }

    /** How the columns of one file are read. */
    private static final class Plan {
        int timeColumn;
        String timeField;
        ZoneOffset zone = ZoneOffset.UTC;
        boolean zoneFromHeader;
        final List<Column> columns = new ArrayList<>();
    }

    /** A metric column. */
    private static final class Column {
        final int index;
        final String header;
        String function;
        final Measure measure;

        Column(int index, String header, String function, Measure measure) {
            this.index = index;
            this.header = header;
            this.function = function;
            this.measure = measure;
        }
    }
}
