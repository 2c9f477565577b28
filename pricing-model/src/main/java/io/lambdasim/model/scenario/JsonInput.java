package io.lambdasim.model.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The text of a JSON document and the name to report it under; finds the line of a value for error messages (the
 * tree model keeps no locations, so the text is scanned again, only when there is an error to report).
 */
final class JsonInput {

    private final String source;
    private final String text;

    JsonInput(String source, String text) {
        this.source = source;
        this.text = text;
    }

    String source() {
        return source;
    }

    /** An error at {@code where}, with the line of that value, or of its nearest enclosing value that exists. */
    ScenarioException error(Fields.Where where, String reason) {
        return new ScenarioException(source, lineOf(where.pointer()), where.display(), reason);
    }

    ScenarioException error(Fields.Where where, String reason, Throwable cause) {
        return new ScenarioException(source, lineOf(where.pointer()), where.display(), reason, cause);
    }

    /** A syntax error that Jackson found, at the line and path where it found it. */
    ScenarioException syntaxError(JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
        String path = "";
        if (e.getProcessor() instanceof JsonParser p && p.getParsingContext() != null) {
            path = Fields.Where.displayOf(p.getParsingContext().pathAsPointer());
        }
        String reason = e.getOriginalMessage().replaceAll("\\s+", " ").replaceAll("\\[Source: [^;\\]]*; ", "[").strip();
        return new ScenarioException(source, line, path, "malformed JSON: " + reason, e);
    }

    /** The 1-based line of the value at {@code pointer} (or of the closest enclosing value found); 0 if unknown. */
    int lineOf(String pointer) {
        return JsonLines.lineOf(text, pointer);
    }
}
