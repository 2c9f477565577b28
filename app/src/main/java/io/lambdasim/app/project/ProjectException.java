package io.lambdasim.app.project;

import java.util.Objects;

/**
 * A project file that cannot be opened or saved, in one line that says where and why, the way scenario files report
 * errors: {@code shop.lsim:14: scenario.functions[0].memory_mb: 20000 is outside 128 to 10,240 MB}. The line is left
 * out when unknown, the path when the problem is the file as a whole. Meant to be shown to the user as it is.
 */
public final class ProjectException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String path;
    private final String reason;

    /**
     * @param file   the file as the user named it
     * @param line   the 1-based line of the offending value, or 0 when unknown
     * @param path   the JSON path of the offending value ({@code settings.view}), or "" for the whole file
     * @param reason what is wrong, without a final period
     */
    public ProjectException(String file, int line, String path, String reason, Throwable cause) {
        super(message(file, line, path, reason), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.path = Objects.requireNonNull(path, "path");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ProjectException(String file, int line, String path, String reason) {
        this(file, line, path, reason, null);
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

    /** The JSON path ({@code scenario.functions[0].memory_mb}), or "" when the problem is the file as a whole. */
    public String path() {
        return path;
    }

    /** What is wrong, without file, line and path. */
    public String reason() {
        return reason;
    }
}
