package io.lambdasim.model.reconcile;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which rules explain the records of one function on one day (the records that carry a Billed Duration).
 *
 * @param day               the UTC day ({@code 2026-03-02}), or null for records whose time is a placeholder
 * @param records           records checked
 * @param coldRecords       of which cold starts (Init Duration); only they tell the INIT rules apart
 * @param snapStartRecords  of which SnapStart restores
 * @param unmatched         of which no plausible rule explains
 * @param explainedByRule   how many records each rule explains (0 for a rule not plausible on the day)
 * @param rulesExplainingAll the rules that explain every record, in {@link BillingRule} order
 * @param granularityMs     the granularity all those rules share, or null if they differ or none explains all
 * @param initBilled        whether INIT is billed, if all those rules agree; null if undetermined
 * @param verdict           the same in words
 */
public record FunctionFit(String function, String day, long records, long coldRecords, long snapStartRecords,
                          long unmatched, Map<BillingRule, Long> explainedByRule, List<BillingRule> rulesExplainingAll,
                          Integer granularityMs, Boolean initBilled, String verdict) {

    public FunctionFit {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(verdict, "verdict");
        EnumMap<BillingRule, Long> copy = new EnumMap<>(BillingRule.class);
        copy.putAll(explainedByRule);
        explainedByRule = Collections.unmodifiableMap(copy);
        rulesExplainingAll = List.copyOf(rulesExplainingAll);
    }
}
