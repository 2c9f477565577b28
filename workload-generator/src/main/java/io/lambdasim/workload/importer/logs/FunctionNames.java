package io.lambdasim.workload.importer.logs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a record's function name comes from. A Lambda log group is {@code /aws/lambda/NAME} (also written as an ARN,
 * or after an account id as Logs Insights' {@code @log} does); a log stream is {@code YYYY/MM/DD/[VERSION]ID}, or
 * {@code YYYY/MM/DD/NAME[VERSION]ID} when the function logs to a custom (shared) log group. Files without either
 * name their function through {@code --function}, else through their own name.
 */
final class FunctionNames {

    private static final String LAMBDA_GROUP = "/aws/lambda/";
    private static final Pattern STREAM = Pattern.compile("\\d{4}/\\d{2}/\\d{2}/([^\\[\\s]*)\\[[^\\]\\s]*\\]\\S*");
    private static final Pattern ACCOUNT_PREFIX = Pattern.compile("^\\d{12}:");
    private static final String[] EXTENSIONS = {".log", ".txt", ".json", ".jsonl", ".ndjson", ".csv", ".md"};

    private FunctionNames() {
    }

    /** Whether {@code token} is a Lambda log stream name. */
    static boolean isLogStream(String token) {
        return token.length() > 11 && token.charAt(4) == '/' && token.charAt(7) == '/'
                && STREAM.matcher(token).matches();
    }

    /** Whether {@code token} looks like a log group: a path, an ARN, or {@code account:path}. */
    static boolean isLogGroup(String token) {
        return token.startsWith("/") || token.startsWith("arn:aws") || ACCOUNT_PREFIX.matcher(token).find();
    }

    /** The function a log stream names (custom log groups), or null. */
    static String fromLogStream(String stream) {
        if (stream == null) {
            return null;
        }
        Matcher m = STREAM.matcher(stream.strip());
        return m.matches() && !m.group(1).isEmpty() ? m.group(1) : null;
    }

    /** The function of a {@code /aws/lambda/NAME} log group, or null for any other group. */
    static String fromLogGroup(String group) {
        if (group == null) {
            return null;
        }
        String g = group.strip();
        int lg = g.indexOf(":log-group:");
        if (g.startsWith("arn:") && lg >= 0) {
            g = g.substring(lg + ":log-group:".length());
            if (g.endsWith(":*")) {
                g = g.substring(0, g.length() - 2);
            }
        }
        g = ACCOUNT_PREFIX.matcher(g).replaceFirst("");
        if (g.startsWith(LAMBDA_GROUP) && g.length() > LAMBDA_GROUP.length()) {
            return g.substring(LAMBDA_GROUP.length());
        }
        return null;
    }

    /** The function named by the stream if it names one, else by the group, else null. */
    static String of(String group, String stream) {
        String s = fromLogStream(stream);
        return s != null ? s : fromLogGroup(group);
    }

    /** {@code orders-api.log} gives {@code orders-api}: the file name without one known extension. */
    static String fromFileName(Path file) {
        Path name = file.getFileName();
        String n = name == null ? file.toString() : name.toString();
        String lower = n.toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) {
            if (lower.endsWith(ext) && n.length() > ext.length()) {
                return n.substring(0, n.length() - ext.length());
            }
        }
        return n;
    }
}
