package io.lambdasim.model.scenario;

import java.util.Objects;

/**
 * A scenario file that cannot be used, in one line that says where and why:
 * {@code examples/api.json:12: functions[0].memory_mb: 20000 is outside 128 to 10,240 MB}. The line is left out
 * when it is not known, the path when the problem is the file as a whole.
 *
 * <p>It is an {@link IllegalArgumentException}, so the command line reports it as bad input (exit status 2).
 */
public final class ScenarioException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String path;
    private final String reason;

    /**
     * @param file   the file as the user named it (or another source name, such as {@code command line})
     * @param line   the 1-based line of the offending value, or 0 when unknown
     * @param path   the JSON path of the offending value ({@code functions[0].memory_mb}), or "" for the whole file
     * @param reason what is wrong, without a final period
     */
    public ScenarioException(String file, int line, String path, String reason) {
        this(file, line, path, reason, null);
    }

    public ScenarioException(String file, int line, String path, String reason, Throwable cause) {
        super(message(file, line, path, reason), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.path = Objects.requireNonNull(path, "path");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    private static String message(String file, int line, String path, String reason) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(reason).toString();
    }

    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The JSON path ({@code functions[0].memory_mb}), or "" when the problem is the file as a whole. */
    public String path() {
        return path;
    }

    /** What is wrong, without file, line and path. */
    public String reason() {
        return reason;
    }
}
