package io.lambdasim.model.reconcile;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What reconciling a set of REPORT records found.
 *
 * @param records               every record given
 * @param withoutBilledDuration of which carried no Billed Duration (not checked)
 * @param checked               of which were checked: {@code records - withoutBilledDuration}
 * @param matched               checked records that at least one plausible rule explains
 * @param unmatchedCount        checked records that none explains ({@code checked - matched})
 * @param unmatched             the first {@link Reconciler#MAX_LISTED} of those, in the order given
 * @param rules                 how many checked records each rule explains (a record may count for several)
 * @param kinds                 checked records by kind (warm, cold, SnapStart)
 * @param timeouts              checked records whose status is timeout
 * @param undated               checked records whose time is a placeholder (date unknown: both granularities tried)
 * @param functions             the fit of each function on each day, by function then day (undated last)
 */
public record ReconcileResult(long records, long withoutBilledDuration, long checked, long matched,
                              long unmatchedCount, List<UnmatchedRecord> unmatched, Map<BillingRule, Long> rules,
                              Map<RecordKind, Long> kinds, long timeouts, long undated, List<FunctionFit> functions) {

    public ReconcileResult {
        unmatched = List.copyOf(unmatched);
        EnumMap<BillingRule, Long> r = new EnumMap<>(BillingRule.class);
        r.putAll(rules);
        rules = Collections.unmodifiableMap(r);
        EnumMap<RecordKind, Long> k = new EnumMap<>(RecordKind.class);
        k.putAll(kinds);
        kinds = Collections.unmodifiableMap(k);
        functions = List.copyOf(functions);
    }
}
