package io.lambdasim.model.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Finds the line of a value in a JSON text, for error messages about files read into a tree (the tree model keeps no
 * locations, so the text is scanned again, only when there is an error to report). Scenario files and the project
 * files that embed them share it.
 */
public final class JsonLines {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLines() {
    }

    /**
     * The 1-based line of the value at {@code pointer} in {@code text}, or of its closest enclosing value found; 0 if
     * unknown.
     */
    public static int lineOf(String text, String pointer) {
        JsonPointer target = JsonPointer.compile(pointer);
        while (true) {
            int line = find(text, target);
            if (line > 0 || target.matches()) {
                return line;
            }
            target = target.head();
        }
    }

    private static int find(String text, JsonPointer target) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY
                        && p.getParsingContext().pathAsPointer().equals(target)) {
                    return p.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
