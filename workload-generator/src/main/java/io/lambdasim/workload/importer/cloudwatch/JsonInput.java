package io.lambdasim.workload.importer.cloudwatch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

/**
 * Streaming JSON shared by the two CLI-output importers: opening (after the empty and binary checks), line numbers,
 * and values as raw items that remember where they were, so a bad one can be rejected alone.
 */
final class JsonInput {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private JsonInput() {
    }

    /** A parser over {@code file}, which must not be empty or binary; several root values are allowed. */
    static JsonParser open(Path file, String expected) throws IOException {
        InputFiles.requireText(file, expected);
        return FACTORY.createParser(Files.newInputStream(file));
    }

    /** The next token; the end of the file inside a value is a truncation. */
    static JsonToken next(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new JsonEOFException(p, null, "unexpected end of input");
        }
        return t;
    }

    /** The line of the current token. */
    static long line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /** The line of a parse failure; for a truncated file, its last line (not the empty one after a final newline). */
    static long line(JsonProcessingException e) {
        if (e.getLocation() == null) {
            return 0;
        }
        long line = e.getLocation().getLineNr();
        if (truncated(e) && e.getLocation().getColumnNr() <= 1 && line > 1) {
            return line - 1;
        }
        return line;
    }

    /** A parse failure as a sentence, without Jackson's source descriptions. */
    static String reason(JsonProcessingException e) {
        if (truncated(e)) {
            return "the file ends in the middle of a JSON value (truncated?)";
        }
        String m = e.getOriginalMessage();
        if (m == null) {
            return "not valid JSON";
        }
        int cut = m.indexOf('\n');
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        cut = m.indexOf("[Source");
        if (cut >= 0) {
            m = m.substring(0, cut).replaceAll("[\\s(]*(at|start marker at)?\\s*$", "");
        }
        return "not valid JSON: " + m.strip();
    }

    /** Whether the failure is the end of the input inside a value. */
    private static boolean truncated(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        return e instanceof JsonEOFException || (m != null && m.startsWith("Unexpected end-of-input"));
    }

    /** "a string", "an array"... for messages. */
    static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the file";
        }
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return t.toString();
        }
    }

    /** A string value, or null for JSON null; skips and returns null for anything else. */
    static String text(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    /**
     * A number as it stood: its value (NaN if it is not a number) and, if not, what it was instead.
     *
     * @param value   the value, NaN if unusable
     * @param problem why it is unusable, or null
     * @param line    where it stood
     */
    record Num(double value, String problem, long line) {

        boolean ok() {
            return problem == null;
        }
    }

    /** Reads the current token as a number; numeric strings are accepted; skips structures. */
    static Num number(JsonParser p) throws IOException {
        long line = line(p);
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            if (p.isNaN()) {
                return new Num(Double.NaN, "not a number: " + p.getText(), line);
            }
            return new Num(p.getDoubleValue(), null, line);
        }
        if (t == JsonToken.VALUE_STRING) {
            try {
                return new Num(Numbers.parse(p.getText()), null, line);
            } catch (IllegalArgumentException e) {
                return new Num(Double.NaN, e.getMessage(), line);
            }
        }
        p.skipChildren();
        return new Num(Double.NaN, "not a number: " + describe(t), line);
    }

    /**
     * A timestamp as it stood: an epoch number or text.
     *
     * @param epoch   a number, or null
     * @param text    the text (or the number's text), or null
     * @param problem why it is no timestamp at all (null, an object...), or null
     * @param line    where it stood
     */
    record RawTime(BigDecimal epoch, String text, String problem, long line) {

        /** @throws IllegalArgumentException with the reason */
        CloudWatchTime.Stamp parse() {
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            if (epoch != null) {
                return CloudWatchTime.epoch(epoch);
            }
            return CloudWatchTime.parse(text, ZoneOffset.UTC);
        }
    }

    /** Reads the current token as a timestamp; skips structures. */
    static RawTime time(JsonParser p) throws IOException {
        long line = line(p);
        JsonToken t = p.currentToken();
        if ((t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) && !p.isNaN()) {
            return new RawTime(p.getDecimalValue(), p.getText(), null, line);
        }
        if (t == JsonToken.VALUE_STRING) {
            return new RawTime(null, p.getText(), null, line);
        }
        String what = t == JsonToken.VALUE_NUMBER_FLOAT ? p.getText() : describe(t);
        p.skipChildren();
        return new RawTime(null, null, "not a timestamp: " + what, line);
    }
}
