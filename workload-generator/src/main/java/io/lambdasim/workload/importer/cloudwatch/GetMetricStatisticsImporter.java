package io.lambdasim.workload.importer.cloudwatch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.lambdasim.workload.importer.cloudwatch.CloudWatchTime.Stamp;
import io.lambdasim.workload.importer.cloudwatch.JsonInput.Num;
import io.lambdasim.workload.importer.cloudwatch.JsonInput.RawTime;
import io.lambdasim.workload.trace.ImportReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON output of {@code aws cloudwatch get-metric-statistics}: one metric (its {@code Label}) per document,
 * {@code Datapoints} in any order, each with some of SampleCount, Average, Sum, Minimum, Maximum, an optional
 * {@code ExtendedStatistics} object ({@code {"p99": 812.4}}) and a Unit. Several documents per file are accepted
 * (concatenated or in a JSON array); {@link #readAll} combines the files of one function's metrics. A Duration file
 * without an Invocations file gives its SampleCount as the invocation count. See {@code docs/import-cloudwatch.md}.
 */
public final class GetMetricStatisticsImporter implements CloudWatchImporter {

    /** The format's id, for {@code --format}. */
    public static final String ID = "cloudwatch-get-metric-statistics";

    static final String EXPECTED = "the JSON output of aws cloudwatch get-metric-statistics";

    private static final List<String> STATISTICS = List.of("SampleCount", "Average", "Sum", "Minimum", "Maximum");

    private final String function;

    /** An importer that takes the function from the Label if it names one, else from each file's name. */
    public GetMetricStatisticsImporter() {
        this(null);
    }

    /** An importer that gives metrics whose Label names no function to {@code function} (null: the file name). */
    public GetMetricStatisticsImporter(String function) {
        this.function = function;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "CloudWatch metrics exported with aws cloudwatch get-metric-statistics (JSON, one metric per file)";
    }

    @Override
    public double detect(String fileName, String head) {
        String h = InputFiles.textHead(head);
        if (h == null) {
            return 0;
        }
        String s = h.stripLeading();
        if (!(s.startsWith("{") || s.startsWith("[")) || !h.contains("\"Datapoints\"")
                || h.contains("\"MetricDataResults\"")) {
            return 0;
        }
        return h.contains("\"Timestamp\"") ? 0.95 : 0.85;
    }

    @Override
    public void collect(Path file, MetricTable table, ImportReport report) throws IOException {
        new Reading(file, table, report).read();
    }

    /** The state of reading one file. */
    private final class Reading extends JsonReading {

        Reading(Path file, MetricTable table, ImportReport report) {
            super(file, table, report, function, EXPECTED, "Datapoints", "get-metric-statistics output",
                    "datapoints");
        }

        @Override
        String unrecognizedHint() {
            boolean metricData = firstDocumentFields != null && firstDocumentFields.contains("MetricDataResults");
            return metricData ? "; it looks like get-metric-data output: use " + GetMetricDataImporter.ID : "";
        }

        @Override
        void document(JsonParser p) throws IOException {
            Doc doc = new Doc(JsonInput.line(p));
            List<String> fields = new ArrayList<>();
            while (JsonInput.next(p) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                fields.add(field);
                JsonToken t = JsonInput.next(p);
                switch (field.toLowerCase(Locale.ROOT)) {
                    case "label":
                        doc.label = JsonInput.text(p);
                        doc.labelSeen = true;
                        break;
                    case "datapoints":
                        if (t == JsonToken.START_ARRAY) {
                            recognized = true;
                            doc.recognized = true;
                            int index = 0;
                            JsonToken e;
                            while ((e = JsonInput.next(p)) != JsonToken.END_ARRAY) {
                                if (e == JsonToken.START_OBJECT) {
                                    doc.add(point(p, index));
                                } else {
                                    report.rejected(name, JsonInput.line(p), "Datapoints[" + index + "]",
                                            "expected an object, found " + JsonInput.describe(e));
                                    p.skipChildren();
                                }
                                index++;
                            }
                        } else {
                            report.rejected(name, JsonInput.line(p), field, "expected an array, found "
                                    + JsonInput.describe(t));
                            p.skipChildren();
                        }
                        break;
                    default:
                        p.skipChildren();
                        break;
                }
            }
            documentFields(fields);
            if (doc.recognized) {
                doc.labelSeen = true;
                doc.flush();
                doc.warnUnusedStatistics();
            }
        }

        private Point point(JsonParser p, int index) throws IOException {
            Point pt = new Point(index, JsonInput.line(p));
            while (JsonInput.next(p) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = JsonInput.next(p);
                String canonical = canonicalStatistic(field);
                if (field.equalsIgnoreCase("Timestamp")) {
                    pt.time = JsonInput.time(p);
                } else if (field.equalsIgnoreCase("Unit")) {
                    pt.unit = JsonInput.text(p);
                } else if (field.equalsIgnoreCase("ExtendedStatistics")) {
                    if (t == JsonToken.START_OBJECT) {
                        while (JsonInput.next(p) == JsonToken.FIELD_NAME) {
                            String stat = p.currentName();
                            JsonInput.next(p);
                            String s = MetricLabel.statistic(stat.toLowerCase(Locale.ROOT));
                            pt.stats.put(s == null ? stat : s, JsonInput.number(p));
                            pt.fields.put(s == null ? stat : s, "ExtendedStatistics." + stat);
                        }
                    } else {
                        p.skipChildren();
                    }
                } else if (canonical != null) {
                    pt.stats.put(canonical, JsonInput.number(p));
                    pt.fields.put(canonical, field);
                } else {
                    p.skipChildren();
                }
            }
            return pt;
        }

        /** One document: a Label and its datapoints. */
        private final class Doc {
            final long line;
            String label;
            boolean labelSeen;
            boolean recognized;
            final List<Point> pending = new ArrayList<>();
            MetricLabel.Parsed parsed;
            String fn;
            boolean skip;
            final Map<String, String> unused = new LinkedHashMap<>();
            final Set<String> countUnits = new LinkedHashSet<>();

            Doc(long line) {
                this.line = line;
            }

            void add(Point pt) {
                pending.add(pt);
                if (labelSeen) {
                    flush();
                }
            }

            void flush() {
                if (parsed == null) {
                    resolve();
                }
                for (Point pt : pending) {
                    itemsRead++;
                    if (!skip) {
                        place(pt);
                    }
                }
                pending.clear();
            }

            private void resolve() {
                parsed = MetricLabel.parse(label, null);
                String where = name + ":" + line;
                if (!parsed.usable()) {
                    skip = true;
                    report.warning(where + ": Label" + (label == null ? " missing" : " \"" + label + "\" "
                            + parsed.problem()) + "; its datapoints are skipped");
                    return;
                }
                if (Measure.of(parsed.metric(), "Sum").measure() == null
                        && Measure.of(parsed.metric(), "Average").measure() == null) {
                    skip = true;
                    report.warning(where + ": Label \"" + label + "\": " + Measure.of(parsed.metric(), "Sum").problem()
                            + "; its datapoints are skipped");
                    return;
                }
                fn = fallback.or(parsed.function());
            }

            private void place(Point pt) {
                String prefix = "Datapoints[" + pt.index + "]";
                if (pt.time == null) {
                    report.rejected(name, pt.line, prefix + ".Timestamp", "missing");
                    return;
                }
                Stamp stamp;
                try {
                    stamp = pt.time.parse();
                } catch (IllegalArgumentException e) {
                    report.rejected(name, pt.time.line(), prefix + ".Timestamp",
                            (pt.time.text() == null ? "" : "\"" + pt.time.text() + "\": ") + e.getMessage());
                    return;
                }
                table.zones().note(stamp, pt.time.text(), prefix + ".Timestamp", pt.time.line(), false);
                boolean duration = parsed.metric().equals("Duration");
                double factor = 1;
                if (duration) {
                    String unit = pt.unit == null ? "Milliseconds" : pt.unit;
                    switch (unit) {
                        case "Milliseconds":
                            factor = 1;
                            break;
                        case "Seconds":
                            factor = 1000;
                            break;
                        case "Microseconds":
                            factor = 0.001;
                            break;
                        default:
                            report.rejected(name, pt.line, prefix + ".Unit", "\"" + unit + "\" is not a unit of "
                                    + "Duration (Milliseconds, Seconds, Microseconds); datapoint skipped");
                            return;
                    }
                } else if (pt.unit != null && !pt.unit.equals("Count") && !pt.unit.equals("None")) {
                    countUnits.add(pt.unit);
                }
                for (Map.Entry<String, Num> e : pt.stats.entrySet()) {
                    Measure.Resolution r = Measure.of(parsed.metric(), e.getKey());
                    if (r.measure() == null) {
                        unused.putIfAbsent(e.getKey(), r.problem());
                        continue;
                    }
                    Num v = e.getValue();
                    String field = prefix + "." + pt.fields.get(e.getKey());
                    if (!v.ok()) {
                        table.reject(fn, stamp.us(), r.measure(), name, v.line(), field, v.problem(), report);
                    } else {
                        double value = r.measure().isCount() ? v.value() : v.value() * factor;
                        table.put(fn, stamp.us(), r.measure(), value, name, v.line(), field, report);
                    }
                }
            }

            void warnUnusedStatistics() {
                String where = name + ":" + line;
                for (String problem : unused.values()) {
                    report.warning(where + ": " + problem);
                }
                if (!countUnits.isEmpty()) {
                    report.warning(where + ": Unit " + String.join(", ", countUnits) + " is not a unit of a count; "
                            + "the values were read as counts");
                }
            }
        }
    }

    private static String canonicalStatistic(String field) {
        for (String s : STATISTICS) {
            if (s.equalsIgnoreCase(field)) {
                return s;
            }
        }
        return null;
    }

    /** One datapoint as read. */
    private static final class Point {
        final int index;
        final long line;
        RawTime time;
        String unit;
        final Map<String, Num> stats = new LinkedHashMap<>();
        final Map<String, String> fields = new LinkedHashMap<>();

        Point(int index, long line) {
            this.index = index;
            this.line = line;
        }
    }
}
