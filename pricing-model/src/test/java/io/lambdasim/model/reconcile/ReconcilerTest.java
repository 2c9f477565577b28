package io.lambdasim.model.reconcile;

import static io.lambdasim.model.reconcile.BillingRule.MS100_INIT_BILLED;
import static io.lambdasim.model.reconcile.BillingRule.MS100_INIT_NOT_BILLED;
import static io.lambdasim.model.reconcile.BillingRule.MS1_INIT_BILLED;
import static io.lambdasim.model.reconcile.BillingRule.MS1_INIT_NOT_BILLED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.lambdasim.workload.trace.InvocationRecord;
import io.lambdasim.workload.trace.InvocationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The records of workload-generator's fixtures/logs/reconcile files (one REPORT line each, Duration, Init and
 * Restore in µs as the importers read them), and hand-made variants.
 */
class ReconcilerTest {

    /** 2026-03-02T00:00:00Z and 2019-12-10T00:00:00Z, epoch µs. */
    private static final long MAR_2_2026 = 1_772_409_600_000_000L;
    private static final long DEC_10_2019 = 1_575_936_000_000_000L;
    private static final long HOUR = 3_600_000_000L;
    private static final String SHARED = "shared-log-group.log:";

    private static InvocationRecord rec(long startUs, String function, long durationUs, long initUs, long restoreUs,
                                        long billedMs, long billedRestoreMs, InvocationStatus status, String line) {
        return new InvocationRecord(startUs, function, durationUs, initUs, restoreUs, billedMs, billedRestoreMs, 1024,
                90, status, "req-" + line, line);
    }

    private static InvocationRecord warm(long startUs, String fn, long durationUs, long billedMs, String line) {
        return rec(startUs, fn, durationUs, -1, -1, billedMs, -1, InvocationStatus.SUCCESS, line);
    }

    private static InvocationRecord cold(long startUs, String fn, long durationUs, long initUs, long billedMs,
                                         String line) {
        return rec(startUs, fn, durationUs, initUs, -1, billedMs, -1, InvocationStatus.SUCCESS, line);
    }

    // Warm, 1 ms: ceil(14.97) = 15.
    private static final InvocationRecord ORDERS_WARM = warm(MAR_2_2026 + 10 * HOUR, "orders-api", 14_970, 15,
            SHARED + 3);
    // Cold, INIT billed: ceil(118.04 + 412.77) = ceil(530.81) = 531 (INIT not billed would be 119).
    private static final InvocationRecord ORDERS_COLD = cold(MAR_2_2026 + 10 * HOUR, "orders-api", 118_040, 412_770,
            531, SHARED + 6);
    // Cold, INIT not billed: ceil(250.31) = 251 (INIT billed would be ceil(560.36) = 561).
    private static final InvocationRecord THUMB_COLD = cold(MAR_2_2026 + 10 * HOUR, "thumbnailer", 250_310, 310_050,
            251, SHARED + 9);
    private static final InvocationRecord THUMB_WARM = warm(MAR_2_2026 + 10 * HOUR, "thumbnailer", 97_300, 98,
            SHARED + 12);
    // SnapStart: ceil(52.31 + 182) = ceil(234.31) = 235 (restore not billed would be 53).
    private static final InvocationRecord PRICING_SNAPSTART = rec(MAR_2_2026 + 11 * HOUR, "pricing-java", 52_310, -1,
            398_970, 235, 182, InvocationStatus.SUCCESS, SHARED + 15);
    // Timeout: Duration 3003.35 ms, timeout inferred 3 s, billed 3000 (uncapped would be 3004).
    private static final InvocationRecord BATCH_TIMEOUT = rec(MAR_2_2026 + 12 * HOUR, "batch-export", 3_003_350, -1,
            -1, 3000, -1, InvocationStatus.TIMEOUT, SHARED + 18);
    // Fits nothing: 531 or 119 at 1 ms, and 100 ms rules (600 or 200) cannot apply in 2026.
    private static final InvocationRecord ETL_ODD = cold(MAR_2_2026 + 13 * HOUR, "reports-etl", 118_040, 412_770,
            250, SHARED + 21);
    // 2019, 100 ms, INIT not billed: ceil100(118.04) = 200 (INIT billed: ceil100(498.16) = 500).
    private static final InvocationRecord RESIZER_COLD = cold(DEC_10_2019 + 8 * HOUR, "image-resizer", 118_040,
            380_120, 200, "image-resizer.log:3");
    // 2019, 100 ms, warm: ceil100(42.5) = 100.
    private static final InvocationRecord RESIZER_WARM = warm(DEC_10_2019 + 8 * HOUR, "image-resizer", 42_500, 100,
            "image-resizer.log:6");

    private static final List<InvocationRecord> FIXTURE = List.of(ORDERS_WARM, ORDERS_COLD, THUMB_COLD, THUMB_WARM,
            PRICING_SNAPSTART, BATCH_TIMEOUT, ETL_ODD, RESIZER_COLD, RESIZER_WARM);

    private static List<BillingRule> explaining(InvocationRecord r) {
        return Reconciler.predict(r).stream().filter(p -> p.explains(r.billedDurationMs())).map(Prediction::rule)
                .toList();
    }

    @Test
    void explainsEveryFixtureRecordButTheOneThatFitsNoRule() {
        ReconcileResult result = Reconciler.reconcile(FIXTURE);

        assertThat(result.records()).isEqualTo(9);
        assertThat(result.checked()).isEqualTo(9);
        assertThat(result.matched()).isEqualTo(8);
        assertThat(result.unmatchedCount()).isEqualTo(1);
        assertThat(result.unmatched()).singleElement().satisfies(u -> {
            assertThat(u.line()).isEqualTo(SHARED + 21);
            assertThat(u.function()).isEqualTo("reports-etl");
            assertThat(u.day()).isEqualTo("2026-03-02");
            assertThat(u.kind()).isEqualTo(RecordKind.COLD);
            assertThat(u.billedMs()).isEqualTo(250);
            assertThat(u.durationUs()).isEqualTo(118_040);
            assertThat(u.initUs()).isEqualTo(412_770);
            assertThat(u.predictions()).extracting(Prediction::rule, Prediction::plausible, Prediction::billedMs)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(MS1_INIT_BILLED, true, 531L),
                            org.assertj.core.groups.Tuple.tuple(MS1_INIT_NOT_BILLED, true, 119L),
                            org.assertj.core.groups.Tuple.tuple(MS100_INIT_BILLED, false, 600L),
                            org.assertj.core.groups.Tuple.tuple(MS100_INIT_NOT_BILLED, false, 200L));
            assertThat(u.explanation()).isEqualTo("fits no rule: Billed Duration 250 ms; the rules plausible on "
                    + "2026-03-02 predict 531 ms (1ms-init-billed), 119 ms (1ms-init-not-billed)");
        });
    }

    @Test
    void countsTheRecordsEachRuleExplainsAndTheRecordsOfEachKind() {
        ReconcileResult result = Reconciler.reconcile(FIXTURE);

        assertThat(result.rules()).containsExactly(entry(MS1_INIT_BILLED, 5L), entry(MS1_INIT_NOT_BILLED, 4L),
                entry(MS100_INIT_BILLED, 1L), entry(MS100_INIT_NOT_BILLED, 2L));
        assertThat(result.kinds()).containsExactly(entry(RecordKind.WARM, 4L), entry(RecordKind.COLD, 4L),
                entry(RecordKind.SNAPSTART, 1L));
        assertThat(result.timeouts()).isEqualTo(1);
        assertThat(result.undated()).isZero();
    }

    @Test
    void aWarmRecordIsExplainedByBothInitRulesOfItsGranularity() {
        assertThat(explaining(ORDERS_WARM)).containsExactly(MS1_INIT_BILLED, MS1_INIT_NOT_BILLED);
        assertThat(explaining(THUMB_WARM)).containsExactly(MS1_INIT_BILLED, MS1_INIT_NOT_BILLED);
    }

    @Test
    void aColdStartBilledWithItsInitFitsOnlyTheInitBilledRule() {
        assertThat(explaining(ORDERS_COLD)).containsExactly(MS1_INIT_BILLED);
    }

    @Test
    void aColdStartBilledWithoutItsInitFitsOnlyTheInitNotBilledRule() {
        assertThat(explaining(THUMB_COLD)).containsExactly(MS1_INIT_NOT_BILLED);
    }

    @Test
    void recordsOf2019FitOnlyThe100msRules() {
        assertThat(explaining(RESIZER_COLD)).containsExactly(MS100_INIT_NOT_BILLED);
        assertThat(explaining(RESIZER_WARM)).containsExactly(MS100_INIT_BILLED, MS100_INIT_NOT_BILLED);
        assertThat(Reconciler.predict(RESIZER_COLD)).extracting(Prediction::billedMs).containsExactly(499L, 119L,
                500L, 200L);
    }

    @Test
    void snapStartIsBilledDurationPlusBilledRestoreDuration() {
        assertThat(Reconciler.predict(PRICING_SNAPSTART)).extracting(Prediction::billedMs)
                .containsExactly(235L, 53L, 300L, 100L);
        assertThat(explaining(PRICING_SNAPSTART)).containsExactly(MS1_INIT_BILLED);
    }

    @Test
    void aTimeoutIsBilledForTheTimeoutInferredFromItsDuration() {
        assertThat(Reconciler.predict(BATCH_TIMEOUT)).extracting(Prediction::billedMs, Prediction::timeoutCappedMs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3004L, 3000L),
                        org.assertj.core.groups.Tuple.tuple(3004L, 3000L),
                        org.assertj.core.groups.Tuple.tuple(3100L, 3000L),
                        org.assertj.core.groups.Tuple.tuple(3100L, 3000L));
        assertThat(explaining(BATCH_TIMEOUT)).containsExactly(MS1_INIT_BILLED, MS1_INIT_NOT_BILLED);
    }

    @Test
    void aColdTimeoutWithInitBilledIsBilledForTheTimeoutPlusInit() {
        // Duration 2999.80 ms (timeout 3 s), Init 200.00 ms: capped min(2999.8, 3000) + 200 = 3199.8 -> 3200.
        InvocationRecord r = rec(MAR_2_2026, "fn", 2_999_800, 200_000, -1, 3200, -1, InvocationStatus.TIMEOUT, "x:1");

        assertThat(explaining(r)).containsExactly(MS1_INIT_BILLED);
        assertThat(Reconciler.inferredTimeoutUs(2_999_800)).isEqualTo(3_000_000);
        assertThat(Reconciler.inferredTimeoutUs(120_000)).as("at least 1 s").isEqualTo(1_000_000);
    }

    @Test
    void aRecordWithoutStatusIsNeverTakenForATimeoutButItsExplanationSaysItMayBeOne() {
        InvocationRecord r = rec(MAR_2_2026, "fn", 3_003_350, -1, -1, 3000, -1, InvocationStatus.UNKNOWN, "x:7");

        ReconcileResult result = Reconciler.reconcile(List.of(r));

        assertThat(result.unmatched()).singleElement().extracting(UnmatchedRecord::explanation).isEqualTo(
                "fits no rule: Billed Duration 3000 ms; the rules plausible on 2026-03-02 predict 3004 ms "
                        + "(1ms-init-billed), 3004 ms (1ms-init-not-billed); Billed Duration is a whole number of "
                        + "seconds just below Duration: perhaps a timeout, but the source gives no status");
    }

    @Test
    void aRecordThatFitsOnlyARuleOfAnotherEraSaysWhyItIsNotMatched() {
        // 2026, Duration 42.5 ms billed 100 ms: the 100 ms rules would give it, the 1 ms rules give 43.
        InvocationRecord r = warm(MAR_2_2026, "fn", 42_500, 100, "x:2");

        ReconcileResult result = Reconciler.reconcile(List.of(r));

        assertThat(result.matched()).isZero();
        assertThat(result.unmatched()).singleElement().extracting(UnmatchedRecord::explanation).isEqualTo(
                "fits no rule: Billed Duration 100 ms; the rules plausible on 2026-03-02 predict 43 ms "
                        + "(1ms-init-billed), 43 ms (1ms-init-not-billed); it would fit 100ms-init-billed or "
                        + "100ms-init-not-billed, which cannot apply on 2026-03-02 (100 ms billing ended on "
                        + "2020-11-30)");
    }

    @Test
    void aRecordOfTheLastDayOf100msBillingIsCheckedAt100ms() {
        long nov30 = 1_606_694_400_000_000L; // 2020-11-30T00:00Z
        InvocationRecord lastDay = warm(nov30 + 23 * HOUR, "fn", 42_500, 100, "x:3");
        InvocationRecord firstDay = warm(nov30 + 24 * HOUR, "fn", 42_500, 43, "x:4");

        assertThat(explaining(lastDay)).containsExactly(MS100_INIT_BILLED, MS100_INIT_NOT_BILLED);
        assertThat(explaining(firstDay)).containsExactly(MS1_INIT_BILLED, MS1_INIT_NOT_BILLED);
    }

    @Test
    void recordsWithPlaceholderTimesHaveNoDateAndTryBothGranularities() {
        // An importer's placeholder: line 5, 5 µs after the epoch. Duration 42.5 ms, billed 100 ms.
        InvocationRecord r = warm(5, "fn", 42_500, 100, "x:5");

        ReconcileResult result = Reconciler.reconcile(List.of(r));

        assertThat(Reconciler.predict(r)).allMatch(Prediction::plausible);
        assertThat(result.matched()).isEqualTo(1);
        assertThat(result.undated()).isEqualTo(1);
        assertThat(result.functions()).singleElement().satisfies(f -> {
            assertThat(f.day()).isNull();
            assertThat(f.rulesExplainingAll()).containsExactly(MS100_INIT_BILLED, MS100_INIT_NOT_BILLED);
            assertThat(f.granularityMs()).isEqualTo(100);
        });
    }

    @Test
    void recordsWithoutBilledDurationAreCountedButNotChecked() {
        InvocationRecord r = warm(MAR_2_2026, "fn", 7_500, -1, "x:26");

        ReconcileResult result = Reconciler.reconcile(List.of(r, ORDERS_WARM));

        assertThat(result.records()).isEqualTo(2);
        assertThat(result.withoutBilledDuration()).isEqualTo(1);
        assertThat(result.checked()).isEqualTo(1);
        assertThat(result.matched()).isEqualTo(1);
        assertThat(result.functions()).extracting(FunctionFit::function).containsExactly("orders-api");
    }

    @Test
    void tellsWhichRulesFitEachFunctionOnEachDay() {
        List<FunctionFit> fits = Reconciler.reconcile(FIXTURE).functions();

        assertThat(fits).extracting(FunctionFit::function, FunctionFit::day, FunctionFit::records,
                FunctionFit::coldRecords, FunctionFit::granularityMs, FunctionFit::initBilled, FunctionFit::verdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("batch-export", "2026-03-02", 1L, 0L, 1, null,
                                "1 ms granularity, INIT billing undetermined (no cold starts) (1ms-init-billed, "
                                        + "1ms-init-not-billed)"),
                        org.assertj.core.groups.Tuple.tuple("image-resizer", "2019-12-10", 2L, 1L, 100, false,
                                "100 ms granularity, INIT not billed (100ms-init-not-billed)"),
                        org.assertj.core.groups.Tuple.tuple("orders-api", "2026-03-02", 2L, 1L, 1, true,
                                "1 ms granularity, INIT billed (1ms-init-billed)"),
                        org.assertj.core.groups.Tuple.tuple("pricing-java", "2026-03-02", 1L, 0L, 1, true,
                                "1 ms granularity, SnapStart restore billed (1ms-init-billed)"),
                        org.assertj.core.groups.Tuple.tuple("reports-etl", "2026-03-02", 1L, 1L, null, null,
                                "no rule explains its only record"),
                        org.assertj.core.groups.Tuple.tuple("thumbnailer", "2026-03-02", 2L, 1L, 1, false,
                                "1 ms granularity, INIT not billed (1ms-init-not-billed)"));
        assertThat(fits.get(2).explainedByRule()).containsExactly(entry(MS1_INIT_BILLED, 2L),
                entry(MS1_INIT_NOT_BILLED, 1L), entry(MS100_INIT_BILLED, 0L), entry(MS100_INIT_NOT_BILLED, 0L));
        assertThat(fits.get(3).snapStartRecords()).isEqualTo(1);
        assertThat(fits.get(4).unmatched()).isEqualTo(1);
    }

    @Test
    void aFunctionWhoseColdStartsDisagreeFitsNoSingleRuleAndTheBestAreNamed() {
        InvocationRecord billedInit = cold(MAR_2_2026, "fn", 118_040, 412_770, 531, "x:1");
        InvocationRecord unbilledInit = cold(MAR_2_2026, "fn", 250_310, 310_050, 251, "x:2");
        InvocationRecord warm = warm(MAR_2_2026, "fn", 14_970, 15, "x:3");

        FunctionFit fit = Reconciler.reconcile(List.of(billedInit, unbilledInit, warm)).functions().get(0);

        assertThat(fit.rulesExplainingAll()).isEmpty();
        assertThat(fit.verdict()).isEqualTo("no single rule explains all 3 records; 1ms-init-billed and "
                + "1ms-init-not-billed explain 2");
    }

    @Test
    void aFunctionIsJudgedSeparatelyOnEachDay() {
        InvocationRecord before = cold(MAR_2_2026, "fn", 250_310, 310_050, 251, "x:1");
        InvocationRecord after = cold(MAR_2_2026 + 24 * HOUR, "fn", 118_040, 412_770, 531, "x:2");

        List<FunctionFit> fits = Reconciler.reconcile(List.of(after, before)).functions();

        assertThat(fits).extracting(FunctionFit::day, FunctionFit::initBilled)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-03-02", false),
                        org.assertj.core.groups.Tuple.tuple("2026-03-03", true));
    }

    @Test
    void feedingRecordsOneByOneGivesTheSameResultAsReconcilingThemAll() {
        Reconciler r = new Reconciler();
        FIXTURE.forEach(r::accept);

        assertThat(r.result()).isEqualTo(Reconciler.reconcile(FIXTURE));
    }

    @Test
    void listsAtMostAThousandUnmatchedRecordsButCountsThemAll() {
        List<InvocationRecord> odd = new ArrayList<>();
        for (int i = 0; i < Reconciler.MAX_LISTED + 1; i++) {
            odd.add(cold(MAR_2_2026, "fn", 118_040, 412_770, 250, "x:" + i));
        }

        ReconcileResult result = Reconciler.reconcile(odd);

        assertThat(result.unmatchedCount()).isEqualTo(1001);
        assertThat(result.unmatched()).hasSize(1000);
        assertThat(result.rules()).containsOnly(entry(MS1_INIT_BILLED, 0L), entry(MS1_INIT_NOT_BILLED, 0L),
                entry(MS100_INIT_BILLED, 0L), entry(MS100_INIT_NOT_BILLED, 0L));
        assertThat(Map.copyOf(result.kinds())).containsEntry(RecordKind.COLD, 1001L);
    }
}
