package io.lambdasim.workload.importer.cloudwatch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.lambdasim.workload.trace.ImportReport;
import io.lambdasim.workload.trace.TraceFormatException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The reading of one file of CLI JSON output, shared by the two CLI-output importers: the documents of the file
 * (concatenated, or in a JSON array) handed one by one to {@link #document}, a file that is not JSON at all or not this
 * output failing, and a file that breaks off after something was read keeping what was read.
 */
abstract class JsonReading {

    final String name;
    final MetricTable table;
    final ImportReport report;
    final FallbackFunction fallback;
    /** Whether some document had the {@link #requiredField}. */
    boolean recognized;
    /** How many items (series, datapoints) were read: once one was, a broken file is no longer a format error. */
    long itemsRead;
    /** The top-level fields of the file's first document, for the message when the file is not recognized. */
    List<String> firstDocumentFields;

    private final Path file;
    private final String expected;
    private final String requiredField;
    private final String documentKind;
    private final String items;

    /**
     * @param function      the importer's function for series whose label names none (null: the file name)
     * @param expected      what the importer expects, for messages ("the JSON output of aws cloudwatch ...")
     * @param requiredField the top-level field that makes a document this output ("MetricDataResults")
     * @param documentKind  what a document is, for messages ("a get-metric-data page")
     * @param items         what {@link #itemsRead} counts, for messages ("series")
     */
    JsonReading(Path file, MetricTable table, ImportReport report, String function, String expected,
                String requiredField, String documentKind, String items) {
        this.file = file;
        this.name = InputFiles.name(file);
        this.table = table;
        this.report = report;
        this.fallback = new FallbackFunction(function, name, report);
        this.expected = expected;
        this.requiredField = requiredField;
        this.documentKind = documentKind;
        this.items = items;
    }

    /** Reads the document (a JSON object) whose start the parser is on, to its end. */
    abstract void document(JsonParser p) throws IOException;

    /** What to add to the message of a file without {@link #requiredField}, such as which format it is; or "". */
    String unrecognizedHint() {
        return "";
    }

    /** Keeps {@code fields} if they are the first document's. */
    final void documentFields(List<String> fields) {
        if (firstDocumentFields == null) {
            firstDocumentFields = fields;
        }
    }

    final void read() throws IOException {
        table.zones().beginFile();
        try (JsonParser p = JsonInput.open(file, expected)) {
            try {
                JsonToken t = p.nextToken();
                if (t == null) {
                    throw new TraceFormatException(name + ": the file is empty; expected " + expected);
                }
                while (t != null) {
                    if (t == JsonToken.START_ARRAY) {
                        while ((t = JsonInput.next(p)) != JsonToken.END_ARRAY) {
                            rootValue(p, t);
                        }
                    } else {
                        rootValue(p, t);
                    }
                    t = p.nextToken();
                }
            } catch (JsonProcessingException e) {
                if (itemsRead == 0) {
                    throw new TraceFormatException(name + ":" + JsonInput.line(e) + ": " + JsonInput.reason(e)
                            + "; nothing could be read (expected " + expected + ")");
                }
                report.rejected(name, JsonInput.line(e), "JSON", JsonInput.reason(e) + "; the " + itemsRead
                        + " " + items + " read before were kept, the rest of the file is lost");
            }
        }
        if (!recognized) {
            throw new TraceFormatException(name + ": no \"" + requiredField + "\" field, so this is not " + expected
                    + (firstDocumentFields == null || firstDocumentFields.isEmpty() ? ""
                    : " (its top-level fields: " + String.join(", ", firstDocumentFields) + ")")
                    + unrecognizedHint());
        }
        table.zones().endFile(name, report);
    }

    private void rootValue(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.START_OBJECT) {
            document(p);
            return;
        }
        String problem = "expected a JSON object (" + documentKind + "), found " + JsonInput.describe(t);
        if (itemsRead == 0) {
            throw new TraceFormatException(name + ":" + JsonInput.line(p) + ": " + problem + "; expected "
                    + expected);
        }
        report.rejected(name, JsonInput.line(p), "JSON", problem);
        p.skipChildren();
    }
}
