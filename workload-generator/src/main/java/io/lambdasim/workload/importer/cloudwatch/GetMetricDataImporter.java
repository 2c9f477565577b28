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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the JSON output of {@code aws cloudwatch get-metric-data} (or of the GetMetricData API): several queries per
 * page, each a Label and Id with Timestamps paired by position with Values, in any order; several pages per file
 * (concatenated JSON documents or a JSON array of documents) and, through {@link #readAll}, per import. See
 * {@code docs/import-cloudwatch.md} for exactly what is accepted.
 */
public final class GetMetricDataImporter implements CloudWatchImporter {

    /** The format's id, for {@code --format}. */
    public static final String ID = "cloudwatch-get-metric-data";

    static final String EXPECTED = "the JSON output of aws cloudwatch get-metric-data";

    private final String function;

    /** An importer that takes function names from the labels, or else from each file's name. */
    public GetMetricDataImporter() {
        this(null);
    }

    /** An importer that gives series whose label names no function to {@code function} (null: the file name). */
    public GetMetricDataImporter(String function) {
        this.function = function;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "CloudWatch metrics exported with aws cloudwatch get-metric-data (JSON, one or more pages)";
    }

    @Override
    public double detect(String fileName, String head) {
        String h = InputFiles.textHead(head);
        if (h == null) {
            return 0;
        }
        String s = h.stripLeading();
        if (!(s.startsWith("{") || s.startsWith("[")) || !h.contains("\"MetricDataResults\"")) {
            return 0;
        }
        return h.contains("\"Timestamps\"") || h.contains("\"Values\"") ? 0.98 : 0.9;
    }

    @Override
    public void collect(Path file, MetricTable table, ImportReport report) throws IOException {
        new Reading(file, table, report).read();
    }

    /** The state of reading one file. */
    private final class Reading extends JsonReading {

        Reading(Path file, MetricTable table, ImportReport report) {
            super(file, table, report, function, EXPECTED, "MetricDataResults", "a get-metric-data page", "series");
        }

        /** One page. */
        @Override
        void document(JsonParser p) throws IOException {
            long line = JsonInput.line(p);
            List<String> fields = new ArrayList<>();
            boolean hasResults = false;
            boolean hasNextToken = false;
            Map<String, String> seriesOfPage = new HashMap<>();
            while (JsonInput.next(p) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                fields.add(field);
                JsonToken t = JsonInput.next(p);
                switch (field.toLowerCase(Locale.ROOT)) {
                    case "metricdataresults":
                        if (t == JsonToken.START_ARRAY) {
                            hasResults = true;
                            recognized = true;
                            results(p, seriesOfPage);
                        } else {
                            report.rejected(name, JsonInput.line(p), field, "expected an array, found "
                                    + JsonInput.describe(t));
                            p.skipChildren();
                        }
                        break;
                    case "nexttoken":
                        hasNextToken = t == JsonToken.VALUE_STRING && !p.getText().isBlank();
                        break;
                    case "messages":
                        messages(p, field, name + ":" + JsonInput.line(p));
                        break;
                    default:
                        p.skipChildren();
                        break;
                }
            }
            documentFields(fields);
            if (hasResults) {
                table.page(hasNextToken);
            } else if (recognized) {
                report.warning(name + ":" + line + ": this JSON document has no \"MetricDataResults\"; skipped");
            }
        }

        private void results(JsonParser p, Map<String, String> seriesOfPage) throws IOException {
            int index = 0;
            JsonToken t;
            while ((t = JsonInput.next(p)) != JsonToken.END_ARRAY) {
                if (t == JsonToken.START_OBJECT) {
                    Series s = series(p, index);
                    itemsRead++;
                    place(s, seriesOfPage);
                } else {
                    report.rejected(name, JsonInput.line(p), "MetricDataResults[" + index + "]",
                            "expected an object, found " + JsonInput.describe(t));
                    p.skipChildren();
                }
                index++;
            }
        }

        private Series series(JsonParser p, int index) throws IOException {
            Series s = new Series(index, JsonInput.line(p));
            while (JsonInput.next(p) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = JsonInput.next(p);
                switch (field.toLowerCase(Locale.ROOT)) {
                    case "id":
                        s.id = JsonInput.text(p);
                        break;
                    case "label":
                        s.label = JsonInput.text(p);
                        break;
                    case "statuscode":
                        s.status = JsonInput.text(p);
                        break;
                    case "timestamps":
                        if (t == JsonToken.START_ARRAY) {
                            s.times = new ArrayList<>();
                            while (JsonInput.next(p) != JsonToken.END_ARRAY) {
                                s.times.add(JsonInput.time(p));
                            }
                        } else {
                            s.shapeProblem = "Timestamps: expected an array, found " + JsonInput.describe(t);
                            p.skipChildren();
                        }
                        break;
                    case "values":
                        if (t == JsonToken.START_ARRAY) {
                            s.values = new ArrayList<>();
                            while (JsonInput.next(p) != JsonToken.END_ARRAY) {
                                s.values.add(JsonInput.number(p));
                            }
                        } else {
                            s.shapeProblem = "Values: expected an array, found " + JsonInput.describe(t);
                            p.skipChildren();
                        }
                        break;
                    case "messages":
                        s.messagesAt = name + ":" + JsonInput.line(p);
                        s.messages = messageList(p);
                        break;
                    default:
                        p.skipChildren();
                        break;
                }
            }
            return s;
        }

        private void place(Series s, Map<String, String> seriesOfPage) {
            String prefix = s.id != null ? s.id : "MetricDataResults[" + s.index + "]";
            String where = name + ":" + s.line;
            if (s.status != null) {
                table.status(prefix, s.status, where);
                if (!s.status.equals("Complete") && !s.status.equals("PartialData")) {
                    report.warning(where + ": " + prefix + ".StatusCode: " + s.status + ": CloudWatch did not return "
                            + "this query's data" + (s.values == null || s.values.isEmpty() ? ""
                            : "; the " + s.values.size() + " values present were read"));
                }
            }
            if (s.messages != null) {
                for (String m : s.messages) {
                    report.warning(s.messagesAt + ": " + prefix + ".Messages: " + m);
                }
            }
            int points = Math.max(s.times == null ? 0 : s.times.size(), s.values == null ? 0 : s.values.size());
            MetricLabel.Parsed label = MetricLabel.parse(s.label, s.id);
            if (!label.usable()) {
                report.warning(where + ": " + prefix + ": " + labelText(s.label) + " " + label.problem() + "; "
                        + values(points) + " skipped");
                return;
            }
            String statistic = label.statistic();
            if (statistic == null) {
                statistic = label.metric().equals("Duration") ? "Average" : "Sum";
                if (label.metric().equals("Duration")) {
                    report.warning(where + ": " + prefix + ": neither " + labelText(s.label) + " nor Id names a "
                            + "statistic; read as Duration Average");
                }
            }
            Measure.Resolution resolution = Measure.of(label.metric(), statistic);
            if (resolution.measure() == null) {
                report.warning(where + ": " + prefix + " (" + labelText(s.label) + "): " + resolution.problem()
                        + "; " + values(points) + " skipped");
                return;
            }
            Measure measure = resolution.measure();
            String fn = fallback.or(label.function());
            String same = seriesOfPage.putIfAbsent(fn + "\u0000" + measure, prefix);
            if (same != null) {
                report.warning(where + ": " + prefix + " (" + labelText(s.label) + ") reads as the same series as "
                        + same + " on this page (" + fn + " " + measure.text() + "); skipped: give each query a "
                        + "Label naming its function, metric and statistic");
                return;
            }
            if (s.shapeProblem != null) {
                report.rejected(name, s.line, prefix, s.shapeProblem + "; series skipped");
                return;
            }
            int nTimes = s.times == null ? 0 : s.times.size();
            int nValues = s.values == null ? 0 : s.values.size();
            if (nTimes != nValues) {
                report.rejected(name, s.line, prefix + ".Values", nTimes + " Timestamps but " + nValues
                        + " Values: they pair by position, so no value can be placed; series skipped");
                return;
            }
            for (int j = 0; j < nTimes; j++) {
                RawTime rt = s.times.get(j);
                Num v = s.values.get(j);
                String timeField = prefix + ".Timestamps[" + j + "]";
                Stamp stamp;
                try {
                    stamp = rt.parse();
                } catch (IllegalArgumentException e) {
                    report.rejected(name, rt.line(), timeField,
                            (rt.text() == null ? "" : "\"" + rt.text() + "\": ") + e.getMessage());
                    continue;
                }
                table.zones().note(stamp, rt.text(), timeField, rt.line(), false);
                String valueField = prefix + ".Values[" + j + "]";
                if (!v.ok()) {
                    table.reject(fn, stamp.us(), measure, name, v.line(), valueField, v.problem(), report);
                } else {
                    table.put(fn, stamp.us(), measure, v.value(), name, v.line(), valueField, report);
                }
            }
        }

        private void messages(JsonParser p, String field, String where) throws IOException {
            List<String> list = messageList(p);
            if (list != null) {
                for (String m : list) {
                    report.warning(where + ": " + field + ": " + m);
                }
            }
        }

        /** [{"Code": "...", "Value": "..."}] as "Code: Value" texts; null if not an array. */
        private List<String> messageList(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                p.skipChildren();
                return null;
            }
            List<String> list = new ArrayList<>();
            JsonToken t;
            while ((t = JsonInput.next(p)) != JsonToken.END_ARRAY) {
                if (t != JsonToken.START_OBJECT) {
                    String text = JsonInput.text(p);
                    if (text != null) {
                        list.add(text);
                    }
                    continue;
                }
                String code = null;
                String value = null;
                while (JsonInput.next(p) == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    JsonInput.next(p);
                    if (f.equalsIgnoreCase("Code")) {
                        code = JsonInput.text(p);
                    } else if (f.equalsIgnoreCase("Value")) {
                        value = JsonInput.text(p);
                    } else {
                        p.skipChildren();
                    }
                }
                list.add((code == null ? "" : code + ": ") + (value == null ? "" : value));
            }
            return list;
        }
    }

    private static String labelText(String label) {
        return label == null ? "no Label" : "Label \"" + label + "\"";
    }

    private static String values(int n) {
        return n + (n == 1 ? " value" : " values");
    }

    /** One element of MetricDataResults as read. */
    private static final class Series {
        final int index;
        final long line;
        String id;
        String label;
        String status;
        List<RawTime> times;
        List<Num> values;
        String shapeProblem;
        List<String> messages;
        String messagesAt;

        Series(int index, long line) {
            this.index = index;
            this.line = line;
        }
    }
}
