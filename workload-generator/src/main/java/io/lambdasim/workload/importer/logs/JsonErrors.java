package io.lambdasim.workload.importer.logs;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/** Jackson's syntax errors as one short line, without its source dumps. */
final class JsonErrors {

    private JsonErrors() {
    }

    /** {@code malformed JSON: ...}: truncated input said plainly, other errors with Jackson's first sentence. */
    static String reason(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "malformed JSON: the text ends inside a value (truncated?)";
        }
        String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int source = m.indexOf(" at [Source");
        if (source >= 0) {
            m = m.substring(0, source);
        }
        m = m.replaceAll("\\s+", " ").strip();
        JsonLocation at = e.getLocation();
        return "malformed JSON" + (at != null && at.getColumnNr() > 0 ? " at column " + at.getColumnNr() : "")
                + ": " + m;
    }

    /** The line of the error, or {@code fallback} if Jackson does not know it. */
    static long line(JsonProcessingException e, long fallback) {
        JsonLocation at = e.getLocation();
        return at != null && at.getLineNr() > 0 ? at.getLineNr() : fallback;
    }
}
