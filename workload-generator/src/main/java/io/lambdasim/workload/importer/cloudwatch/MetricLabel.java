package io.lambdasim.workload.importer.cloudwatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which function, metric and statistic a CloudWatch label names: a get-metric-data {@code Label} (with its
 * {@code Id} as a fallback), a get-metric-statistics {@code Label}, or a console CSV column header.
 *
 * <p>Accepted, case-insensitively, words in any order: one AWS/Lambda metric name ({@link #METRICS}); at most one
 * statistic ({@code Sum}, {@code Average}/{@code Avg}/{@code Mean}, {@code Minimum}/{@code Min},
 * {@code Maximum}/{@code Max}, {@code SampleCount}, {@code pNN}, trimmed statistics such as {@code tm99}); the
 * function either as a dimension ({@code [FunctionName: x]}, {@code {FunctionName=x}}, {@code FunctionName: x};
 * {@code Resource: x:alias} wins over FunctionName) or as the one remaining word ({@code orders-api Invocations}).
 * Brackets, parentheses and punctuation separate words; unit and filler words ({@code ms}, {@code count},
 * {@code per}...) are ignored.
 */
final class MetricLabel {

    /** The AWS/Lambda metric names recognised; only the first four have a place in an aggregate. */
    static final List<String> METRICS = List.of("Invocations", "Duration", "Errors", "Throttles",
            "ConcurrentExecutions", "UnreservedConcurrentExecutions", "ClaimedAccountConcurrency",
            "ProvisionedConcurrentExecutions", "ProvisionedConcurrencyUtilization",
            "ProvisionedConcurrencyInvocations", "ProvisionedConcurrencySpilloverInvocations", "DeadLetterErrors",
            "DestinationDeliveryFailures", "IteratorAge", "OffsetLag", "AsyncEventsReceived", "AsyncEventAge",
            "AsyncEventsDropped", "PostRuntimeExtensionsDuration", "RecursiveInvocationsDropped",
            "SignatureValidationErrors");

    /** The metrics read into aggregates, for messages. */
    static final String READ_METRICS = "Invocations, Duration, Errors, Throttles";

    private static final Map<String, String> METRIC_BY_WORD = new LinkedHashMap<>();
    private static final Map<String, String> METRIC_BY_ID_WORD = new LinkedHashMap<>();

    static {
        for (String m : METRICS) {
            METRIC_BY_WORD.put(m.toLowerCase(Locale.ROOT), m);
            METRIC_BY_ID_WORD.put(m.toLowerCase(Locale.ROOT), m);
        }
        for (String w : List.of("inv", "invs", "invocation", "calls", "requests")) {
            METRIC_BY_ID_WORD.put(w, "Invocations");
        }
        for (String w : List.of("dur", "durations", "latency")) {
            METRIC_BY_ID_WORD.put(w, "Duration");
        }
        for (String w : List.of("err", "errs", "error")) {
            METRIC_BY_ID_WORD.put(w, "Errors");
        }
        for (String w : List.of("thr", "throttle", "throttled")) {
            METRIC_BY_ID_WORD.put(w, "Throttles");
        }
        for (String w : List.of("conc", "concurrency", "concurrent")) {
            METRIC_BY_ID_WORD.put(w, "ConcurrentExecutions");
        }
    }

    private static final Set<String> IGNORED_WORDS = Set.of("ms", "milliseconds", "millis", "count", "seconds",
            "percent", "lambda", "aws", "function", "functions", "of", "for", "per", "by", "the", "value", "values",
            "statistic", "stat", "metric", "minute", "minutes", "second", "hour", "1m", "5m", "1h", "60s", "300s",
            "utc", "in", "all", "namespace", "and");

    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\]]*)]|\\{([^}]*)}");
    private static final Pattern DIMENSION =
            Pattern.compile("(?i)\\b(FunctionName|Resource)\\s*[:=]\\s*\"?([A-Za-z0-9_$:\\-]+)\"?");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^A-Za-z0-9_.$\\-]+");
    private static final Pattern PERCENTILE = Pattern.compile("p(\\d{1,2}(?:\\.\\d+)?|100)");
    private static final Pattern TRIMMED = Pattern.compile("(tm|wm|tc|ts|pr)\\d{1,2}(\\.\\d+)?|iqm");
    private static final Pattern FUNCTION = Pattern.compile("[A-Za-z0-9_\\-]{1,140}");
    private static final Pattern ID_SEPARATORS = Pattern.compile("_+|(?<=[a-z])(?=[A-Z])");

    private MetricLabel() {
    }

    /**
     * What a label says.
     *
     * @param function  the function it names, or null if none
     * @param metric    the canonical metric name, or null if none was found
     * @param statistic the canonical statistic, or null if none was named
     * @param problem   why the label cannot be used, or null
     */
    record Parsed(String function, String metric, String statistic, String problem) {

        boolean usable() {
            return problem == null;
        }
    }

    /** Parses a label, falling back on {@code id} (may be null) for the metric and the statistic. */
    static Parsed parse(String label, String id) {
        String text = label == null ? "" : label;
        String functionName = null;
        String resource = null;
        StringBuilder rest = new StringBuilder();
        Matcher brackets = BRACKETS.matcher(text);
        int last = 0;
        while (brackets.find()) {
            rest.append(text, last, brackets.start()).append(' ');
            String inside = brackets.group(1) != null ? brackets.group(1) : brackets.group(2);
            Matcher dim = DIMENSION.matcher(inside);
            while (dim.find()) {
                if (dim.group(1).equalsIgnoreCase("FunctionName")) {
                    functionName = dim.group(2);
                } else {
                    resource = dim.group(2);
                }
            }
            last = brackets.end();
        }
        rest.append(text.substring(last));
        Matcher bare = DIMENSION.matcher(rest);
        StringBuilder words = new StringBuilder();
        last = 0;
        while (bare.find()) {
            if (bare.group(1).equalsIgnoreCase("FunctionName")) {
                functionName = bare.group(2);
            } else {
                resource = bare.group(2);
            }
            words.append(rest, last, bare.start()).append(' ');
            last = bare.end();
        }
        words.append(rest.substring(last));

        String metric = null;
        String statistic = null;
        List<String> leftovers = new ArrayList<>();
        for (String raw : WORD_SEPARATORS.split(words)) {
            String word = trimPunctuation(raw);
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            String m = METRIC_BY_WORD.get(lower);
            if (m != null) {
                if (metric != null && !metric.equals(m)) {
                    return problem("names two metrics (" + metric + ", " + m + ")");
                }
                metric = m;
                continue;
            }
            String s = statistic(lower);
            if (s != null) {
                if (statistic != null && !statistic.equals(s)) {
                    return problem("names two statistics (" + statistic + ", " + s + ")");
                }
                statistic = s;
                continue;
            }
            if (!IGNORED_WORDS.contains(lower)) {
                leftovers.add(word);
            }
        }
        if (id != null && (metric == null || statistic == null)) {
            String idMetric = null;
            String idStatistic = null;
            for (String raw : ID_SEPARATORS.split(id)) {
                String lower = raw.toLowerCase(Locale.ROOT);
                if (idMetric == null && METRIC_BY_ID_WORD.containsKey(lower)) {
                    idMetric = METRIC_BY_ID_WORD.get(lower);
                } else if (idStatistic == null && statistic(lower) != null) {
                    idStatistic = statistic(lower);
                }
            }
            if (metric == null) {
                metric = idMetric;
            }
            if (statistic == null) {
                statistic = idStatistic;
            }
        }
        if (metric == null) {
            return problem("names no AWS/Lambda metric (" + READ_METRICS + ", ...)");
        }
        String function = resource != null ? resource : functionName;
        if (function == null) {
            if (leftovers.size() > 1) {
                return problem("cannot tell which of the words " + quoted(leftovers) + " is the function name");
            }
            if (leftovers.size() == 1) {
                if (!FUNCTION.matcher(leftovers.get(0)).matches()) {
                    return problem("\"" + leftovers.get(0) + "\" is not a function name");
                }
                function = leftovers.get(0);
            }
        }
        return new Parsed(function, metric, statistic, null);
    }

    /** The canonical statistic a word names, or null. */
    static String statistic(String lowerWord) {
        switch (lowerWord) {
            case "sum":
                return "Sum";
            case "average":
            case "avg":
            case "mean":
                return "Average";
            case "minimum":
            case "min":
                return "Minimum";
            case "maximum":
            case "max":
                return "Maximum";
            case "samplecount":
            case "samples":
                return "SampleCount";
            default:
                break;
        }
        Matcher p = PERCENTILE.matcher(lowerWord);
        if (p.matches()) {
            String number = p.group(1);
            if (number.contains(".")) {
                number = number.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            return "p" + number;
        }
        if (TRIMMED.matcher(lowerWord).matches()) {
            return lowerWord;
        }
        return null;
    }

    private static String trimPunctuation(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && (word.charAt(from) == '.' || word.charAt(from) == '-')) {
            from++;
        }
        while (to > from && (word.charAt(to - 1) == '.' || word.charAt(to - 1) == '-')) {
            to--;
        }
        return word.substring(from, to);
    }

    private static String quoted(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            b.append(i == 0 ? "" : ", ").append('"').append(words.get(i)).append('"');
        }
        return b.toString();
    }

    private static Parsed problem(String text) {
        return new Parsed(null, null, null, text);
    }
}
