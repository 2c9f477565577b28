package io.lambdasim.workload.trace;

import java.math.BigDecimal;
import java.util.List;

/** The CSV form's first line, column names and cell formats; described in {@code docs/trace-format.md}. */
final class CsvTrace {

    /** The first line starts with this, then the version: {@code # lambdasim-trace/1 kind=invocations}. */
    static final String MAGIC = "# lambdasim-trace/";

    static final String START_US = "start_us";
    static final String FUNCTION = "function";
    static final String DURATION_US = "duration_us";
    static final String INIT_US = "init_us";
    static final String RESTORE_US = "restore_us";
    static final String BILLED_DURATION_MS = "billed_duration_ms";
    static final String BILLED_RESTORE_MS = "billed_restore_ms";
    static final String MEMORY_MB = "memory_mb";
    static final String MAX_MEMORY_USED_MB = "max_memory_used_mb";
    static final String STATUS = "status";
    static final String REQUEST_ID = "request_id";

    static final String LENGTH_US = "length_us";
    static final String INVOCATIONS = "invocations";
    static final String AVG_DURATION_MS = "avg_duration_ms";
    static final String MIN_DURATION_MS = "min_duration_ms";
    static final String MAX_DURATION_MS = "max_duration_ms";
    static final String P50_DURATION_MS = "p50_duration_ms";
    static final String P90_DURATION_MS = "p90_duration_ms";
    static final String P99_DURATION_MS = "p99_duration_ms";
    static final String ERRORS = "errors";
    static final String THROTTLES = "throttles";
    static final String COLD_STARTS = "cold_starts";

    static final List<String> INVOCATION_COLUMNS = List.of(START_US, FUNCTION, DURATION_US, INIT_US, RESTORE_US,
            BILLED_DURATION_MS, BILLED_RESTORE_MS, MEMORY_MB, MAX_MEMORY_USED_MB, STATUS, REQUEST_ID);
    static final List<String> INVOCATION_REQUIRED = List.of(START_US, FUNCTION, DURATION_US);

    static final List<String> AGGREGATE_COLUMNS = List.of(START_US, LENGTH_US, FUNCTION, INVOCATIONS,
            AVG_DURATION_MS, MIN_DURATION_MS, MAX_DURATION_MS, P50_DURATION_MS, P90_DURATION_MS, P99_DURATION_MS,
            ERRORS, THROTTLES, COLD_STARTS, MEMORY_MB);
    static final List<String> AGGREGATE_REQUIRED = List.of(START_US, LENGTH_US, FUNCTION, INVOCATIONS);

    private CsvTrace() {
    }

    /** A cell: quoted when it would otherwise not read back as the same text; null (unknown) as an empty cell. */
    static void appendCell(StringBuilder sb, String value) {
        if (value == null) {
            return;
        }
        boolean quote = value.isEmpty() || value.strip().length() != value.length();
        for (int i = 0; !quote && i < value.length(); i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            sb.append(value);
            return;
        }
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    /** An optional count: empty when -1 (unknown). */
    static void appendOptional(StringBuilder sb, long value) {
        if (value >= 0) {
            sb.append(value);
        }
    }

    /** A double in plain decimal notation that parses back to the same double; empty when NaN (unknown). */
    static void appendDouble(StringBuilder sb, double value) {
        if (Double.isNaN(value)) {
            return;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            sb.append((long) value);
            return;
        }
        sb.append(new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString());
    }

    static String statusText(InvocationStatus s) {
        return switch (s) {
            case SUCCESS -> "success";
            case ERROR -> "error";
            case TIMEOUT -> "timeout";
            case UNKNOWN -> null;
        };
    }
}
