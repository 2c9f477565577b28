package io.lambdasim.workload.importer.logs;

/**
 * A value an importer could not use: which field and why. Thrown while reading one row and turned into a
 * {@link io.lambdasim.workload.trace.Rejection} with the file and line; it never leaves the package.
 */
final class FieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    FieldException(String field, String reason) {
        super(field + ": " + reason, null, false, false);
        this.field = field;
        this.reason = reason;
    }

    String field() {
        return field;
    }

    String reason() {
        return reason;
    }

    /** The same reason, with {@code where} (a JSON path such as {@code events[3].message}) before the field. */
    FieldException at(String where) {
        return where == null || where.isEmpty() ? this : new FieldException(where + ": " + field, reason);
    }
}
