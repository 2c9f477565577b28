package io.lambdasim.model.reconcile;

import io.lambdasim.model.billing.Rounding;
import io.lambdasim.workload.trace.InvocationRecord;
import io.lambdasim.workload.trace.InvocationStatus;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks REPORT records' Billed Duration against our billing rules, to tell which rule AWS applied to each function
 * (ADR 0005). Feed records with {@link #accept}, then read {@link #result()}; memory stays bounded (counts per
 * function and day, and the first {@link #MAX_LISTED} unmatched records).
 *
 * <p>For each record with a Billed Duration, every {@link BillingRule} predicts one:
 * <ul>
 *   <li>the billed time is Duration, plus Init Duration if the rule bills INIT and the record has one; for a SnapStart
 *       record, plus Billed Restore Duration (or, without it, Restore Duration) if the rule bills INIT;</li>
 *   <li>rounded up to the rule's granularity, at least one granule ({@link Rounding#billedMs});</li>
 *   <li>a record whose status is timeout is billed for the timeout: the REPORT line gives no timeout, so it is inferred
 *       as Duration rounded to the nearest whole second (Lambda timeouts are whole seconds, and a timed-out Duration
 *       overshoots the timeout by milliseconds), at least 1 s; the capped prediction bills min(Duration, timeout)
 *       plus INIT where billed. A timed-out record matches if Billed Duration equals the capped or the uncapped
 *       prediction. A record with unknown status (Logs Insights exports have none) is never treated as a timeout;
 *       if it looks like one, its explanation says so.</li>
 * </ul>
 * A rule is plausible on a record's date: 100 ms rules before {@link #ONE_MS_BILLING_FROM}, 1 ms rules from then,
 * all four when the date is unknown (a start time before {@link #LAMBDA_LAUNCH_US}, which importers use for
 * placeholders). A record is matched when a plausible rule predicts its Billed Duration exactly; a warm record is
 * explained by both INIT rules of its granularity. A function fits a rule on a day when that rule explains all its
 * records of the day.
 */
public final class Reconciler {

    /** At most this many unmatched records are listed with their details; all are counted. */
    public static final int MAX_LISTED = 1000;

    /** The first day of 1 ms billing; before it, durations were rounded up to 100 ms. */
    public static final LocalDate ONE_MS_BILLING_FROM = LocalDate.of(2020, 12, 1);

    /**
     * AWS Lambda's launch, 2014-11-13T00:00:00Z, in epoch µs: a record that starts earlier has a placeholder time and
     * no known date.
     */
    public static final long LAMBDA_LAUNCH_US = LocalDate.of(2014, 11, 13).atStartOfDay(ZoneOffset.UTC)
            .toEpochSecond() * 1_000_000L;

    private static final long US_PER_S = 1_000_000L;
    private static final long US_PER_MS = 1_000L;
    private static final long US_PER_DAY = 86_400L * US_PER_S;

    private long records;
    private long withoutBilled;
    private long checked;
    private long matched;
    private long unmatchedCount;
    private long timeouts;
    private long undated;
    private final List<UnmatchedRecord> unmatched = new ArrayList<>();
    private final Map<BillingRule, Long> rules = zeroes();
    private final Map<RecordKind, Long> kinds = new EnumMap<>(RecordKind.class);
    /** Per function, per day (epoch day; Long.MAX_VALUE for undated). */
    private final Map<String, Map<Long, Group>> groups = new TreeMap<>();

    /** The counts of one function on one day. */
    private static final class Group {
        long records;
        long cold;
        long snapStart;
        long unmatched;
        final Map<BillingRule, Long> explained = zeroes();
    }

    public Reconciler() {
        for (RecordKind k : RecordKind.values()) {
            kinds.put(k, 0L);
        }
    }

    /** Reconciles every record of {@code records}. */
    public static ReconcileResult reconcile(Iterable<InvocationRecord> records) {
        Reconciler r = new Reconciler();
        for (InvocationRecord record : records) {
            r.accept(record);
        }
        return r.result();
    }

    /** Checks one record (records without a Billed Duration are only counted). */
    public void accept(InvocationRecord r) {
        Objects.requireNonNull(r, "record");
        records++;
        if (r.billedDurationMs() < 0) {
            withoutBilled++;
            return;
        }
        checked++;
        LocalDate day = dayOf(r.startUs());
        if (day == null) {
            undated++;
        }
        RecordKind kind = RecordKind.of(r);
        kinds.merge(kind, 1L, Long::sum);
        if (r.status() == InvocationStatus.TIMEOUT) {
            timeouts++;
        }
        Group g = groups.computeIfAbsent(r.function(), f -> new TreeMap<>())
                .computeIfAbsent(day == null ? Long.MAX_VALUE : day.toEpochDay(), d -> new Group());
        g.records++;
        if (kind == RecordKind.COLD) {
            g.cold++;
        } else if (kind == RecordKind.SNAPSTART) {
            g.snapStart++;
        }
        List<Prediction> predictions = predict(r, day);
        boolean any = false;
        for (Prediction p : predictions) {
            if (p.explains(r.billedDurationMs())) {
                any = true;
                rules.merge(p.rule(), 1L, Long::sum);
                g.explained.merge(p.rule(), 1L, Long::sum);
            }
        }
        if (any) {
            matched++;
            return;
        }
        unmatchedCount++;
        g.unmatched++;
        if (unmatched.size() < MAX_LISTED) {
            unmatched.add(new UnmatchedRecord(r.line(), r.function(), r.requestId(),
                    day == null ? null : day.toString(), kind, r.status(), r.durationUs(), r.initUs(), r.restoreUs(),
                    r.billedRestoreMs(), r.billedDurationMs(), predictions, explain(r, day, predictions)));
        }
    }

    /** What has been reconciled so far. */
    public ReconcileResult result() {
        List<FunctionFit> fits = new ArrayList<>();
        groups.forEach((function, days) -> days.forEach((day, g) -> fits.add(fit(function,
                day == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(day), g))));
        return new ReconcileResult(records, withoutBilled, checked, matched, unmatchedCount, unmatched, rules, kinds,
                timeouts, undated, fits);
    }

    /**
     * Every rule's prediction for {@code r} (which must carry a Billed Duration to be compared, but need not), each
     * marked plausible or not on the record's date.
     */
    public static List<Prediction> predict(InvocationRecord r) {
        return predict(r, dayOf(r.startUs()));
    }

    private static List<Prediction> predict(InvocationRecord r, LocalDate day) {
        List<Prediction> out = new ArrayList<>(BillingRule.values().length);
        for (BillingRule rule : BillingRule.values()) {
            long extraUs = rule.initBilled() ? initUs(r) : 0;
            long billed = Rounding.billedMs(Math.addExact(r.durationUs(), extraUs), rule.granularityMs());
            long capped = -1;
            if (r.status() == InvocationStatus.TIMEOUT) {
                long timeoutUs = inferredTimeoutUs(r.durationUs());
                capped = Rounding.billedMs(Math.min(r.durationUs(), timeoutUs) + extraUs, rule.granularityMs());
            }
            out.add(new Prediction(rule, plausible(rule, day), billed, capped));
        }
        return out;
    }

    /** The INIT part a rule that bills INIT adds: Init Duration, plus the restore for SnapStart. */
    private static long initUs(InvocationRecord r) {
        long us = Math.max(0, r.initUs());
        if (r.billedRestoreMs() >= 0) {
            us += r.billedRestoreMs() * US_PER_MS;
        } else if (r.restoreUs() >= 0) {
            us += r.restoreUs();
        }
        return us;
    }

    /** The timeout of a timed-out invocation: its Duration to the nearest whole second, at least 1 s. */
    static long inferredTimeoutUs(long durationUs) {
        long seconds = Math.floorDiv(durationUs + US_PER_S / 2, US_PER_S);
        return Math.max(1, seconds) * US_PER_S;
    }

    /** Whether {@code rule} could apply on {@code day} (null: unknown, every rule could). */
    static boolean plausible(BillingRule rule, LocalDate day) {
        if (day == null) {
            return true;
        }
        return day.isBefore(ONE_MS_BILLING_FROM) ? rule.granularityMs() == 100 : rule.granularityMs() == 1;
    }

    /** The UTC day of {@code startUs}, or null for a placeholder time (before Lambda existed). */
    static LocalDate dayOf(long startUs) {
        if (startUs < LAMBDA_LAUNCH_US) {
            return null;
        }
        return LocalDate.ofEpochDay(Math.floorDiv(startUs, US_PER_DAY));
    }

    private static String explain(InvocationRecord r, LocalDate day, List<Prediction> predictions) {
        StringBuilder b = new StringBuilder("fits no rule: Billed Duration ").append(r.billedDurationMs())
                .append(" ms; ").append(day == null ? "the rules predict " : "the rules plausible on " + day
                        + " predict ");
        b.append(predictions.stream().filter(Prediction::plausible).map(Reconciler::describe)
                .collect(Collectors.joining(", ")));
        List<String> implausible = predictions.stream()
                .filter(p -> !p.plausible() && p.predicts(r.billedDurationMs()))
                .map(p -> p.rule().id()).toList();
        if (!implausible.isEmpty()) {
            b.append("; it would fit ").append(String.join(" or ", implausible)).append(", which cannot apply on ")
                    .append(day).append(day.isBefore(ONE_MS_BILLING_FROM)
                            ? " (1 ms billing began on " + ONE_MS_BILLING_FROM + ")"
                            : " (100 ms billing ended on " + ONE_MS_BILLING_FROM.minusDays(1) + ")");
        }
        if (r.status() == InvocationStatus.UNKNOWN && looksLikeTimeout(r)) {
            b.append("; Billed Duration is a whole number of seconds just below Duration: perhaps a timeout, but the "
                    + "source gives no status");
        }
        return b.toString();
    }

    private static String describe(Prediction p) {
        return p.billedMs() + " ms (" + p.rule().id() + ")"
                + (p.timeoutCappedMs() >= 0 && p.timeoutCappedMs() != p.billedMs()
                        ? " or " + p.timeoutCappedMs() + " ms capped at the timeout" : "");
    }

    private static boolean looksLikeTimeout(InvocationRecord r) {
        long billedUs = r.billedDurationMs() * US_PER_MS;
        return r.billedDurationMs() > 0 && r.billedDurationMs() % 1000 == 0 && billedUs < r.durationUs()
                && r.durationUs() - billedUs < US_PER_S;
    }

    private static FunctionFit fit(String function, LocalDate day, Group g) {
        Set<BillingRule> all = EnumSet.noneOf(BillingRule.class);
        for (BillingRule rule : BillingRule.values()) {
            if (g.explained.get(rule) == g.records) {
                all.add(rule);
            }
        }
        Integer granularity = null;
        Boolean init = null;
        String verdict;
        if (all.isEmpty()) {
            long best = g.explained.values().stream().mapToLong(Long::longValue).max().orElse(0);
            String bestRules = g.explained.entrySet().stream().filter(e -> best > 0 && e.getValue() == best)
                    .map(e -> e.getKey().id()).collect(Collectors.joining(" and "));
            verdict = g.records == 1 ? "no rule explains its only record"
                    : "no single rule explains all " + g.records + " records"
                            + (best > 0 ? "; " + bestRules + (bestRules.contains(" and ") ? " explain " : " explains ")
                                    + best : "")
                            + (g.unmatched > 0 ? "; " + g.unmatched + " fit no rule" : "");
        } else {
            Set<Integer> granularities = all.stream().map(BillingRule::granularityMs)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            Set<Boolean> inits = all.stream().map(BillingRule::initBilled).collect(Collectors.toSet());
            granularity = granularities.size() == 1 ? granularities.iterator().next() : null;
            init = inits.size() == 1 ? inits.iterator().next() : null;
            String what = g.snapStart > 0 && g.cold == 0 ? "SnapStart restore" : "INIT";
            String initText;
            if (init != null) {
                initText = what + (init ? " billed" : " not billed");
            } else if (g.cold + g.snapStart == 0) {
                initText = "INIT billing undetermined (no cold starts)";
            } else {
                initText = what + " billing undetermined (its cold starts cost the same either way)";
            }
            verdict = (granularity != null ? granularity + " ms granularity" : "granularity undetermined") + ", "
                    + initText + " (" + all.stream().map(BillingRule::id).collect(Collectors.joining(", ")) + ")";
        }
        return new FunctionFit(function, day == null ? null : day.toString(), g.records, g.cold, g.snapStart,
                g.unmatched, g.explained, all.stream().sorted(Comparator.naturalOrder()).toList(), granularity, init,
                verdict);
    }

    private static Map<BillingRule, Long> zeroes() {
        Map<BillingRule, Long> m = new EnumMap<>(BillingRule.class);
        for (BillingRule r : BillingRule.values()) {
            m.put(r, 0L);
        }
        return m;
    }
}
