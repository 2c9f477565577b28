package io.lambdasim.workload.trace;

/** A row an importer could not use: {@code file:line: field: reason}. */
public record Rejection(String file, long line, String field, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + reason;
    }
}
