package io.lambdasim.model.capacity;

import static io.lambdasim.model.capacity.Scenarios.SECOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.model.billing.BillLine;
import io.lambdasim.model.billing.ChargeKind;
import io.lambdasim.workload.distribution.Distributions;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Lambda's behaviours, each in a scenario small enough to reason about by hand. */
class LambdaModelTest {

    @Test
    void enoughProvisionedConcurrencyMeansNoColdStartsAfterWarmUp() {
        // 10 a second of 100 ms: about 1 busy on average; 50 provisioned environments are never all busy.
        FunctionSpec f = Scenarios.poisson(10, "exp:100ms").provisioned(ProvisionedSchedule.constant(50))
                .init(Distributions.parse("const:300ms")).build();
        RunResult r = Scenarios.run(f, io.lambdasim.model.capacity.AccountSpec.defaults(), 20_000 * SECOND,
                100 * SECOND, 1);
        assertThat(r.coldStarts()).isZero();
        assertThat(r.spillover()).isZero();
        assertThat(r.pcServed()).isEqualTo(r.served());
        assertThat(r.avgProvisioned()).isEqualTo(50.0);
        assertThat(r.pcUtilization()).isCloseTo(10 * 0.1 / 50, within(0.001));
        assertThat(r.avgEnvironments()).isCloseTo(50.0, within(0.01));
        // Billing: PC for the whole run (20,000 s rounded up to 5 min = 20,100 s) at 1 GB × 50.
        BillLine pc = r.bill().lines().stream().filter(l -> l.kind() == ChargeKind.PROVISIONED_CONCURRENCY)
                .findFirst().orElseThrow();
        assertThat(pc.quantity()).isEqualByComparingTo(BigDecimal.valueOf(50L * 20_100));
        assertThat(r.bill().lines()).noneMatch(l -> l.kind() == ChargeKind.DURATION);
    }

    @Test
    void spillsOverToOnDemandWhenProvisionedEnvironmentsAreBusy() {
        // 2 provisioned environments for a load of 5: the rest spills to on-demand environments.
        FunctionSpec f = Scenarios.poisson(10, "const:500ms").provisioned(ProvisionedSchedule.constant(2)).build();
        RunResult r = Scenarios.run(f, AccountSpec.defaults(), 10_000 * SECOND, 100 * SECOND, 2);
        assertThat(r.spillover()).isPositive();
        assertThat(r.pcServed() + r.spillover()).isEqualTo(r.served());
        assertThat(r.pcUtilization()).isGreaterThan(0.8);
        assertThat(r.bill().lines()).anyMatch(l -> l.kind() == ChargeKind.DURATION);
    }

    @Test
    void followsAProvisionedScheduleAndBillsEachWindow() {
        // 20 environments from 1 h to 3 h, 5 from 3 h to 4 h, none after; a run of 5 h.
        long h = 3600 * SECOND;
        ProvisionedSchedule schedule = ProvisionedSchedule.steps(new long[] {h, 3 * h, 4 * h}, new int[] {20, 5, 0});
        FunctionSpec f = Scenarios.poisson(1, "const:100ms").provisioned(schedule).build();
        RunResult r = Scenarios.run(f, AccountSpec.defaults(), 5 * h, 0, 3);
        BillLine pc = r.bill().lines().stream().filter(l -> l.kind() == ChargeKind.PROVISIONED_CONCURRENCY)
                .findFirst().orElseThrow();
        // 20 × 1 GB × 7,200 s + 5 × 1 GB × 3,600 s.
        assertThat(pc.quantity()).isEqualByComparingTo("162000");
        assertThat(r.avgProvisioned()).isCloseTo((20 * 2 + 5) / 5.0, within(1e-9));
    }

    @Test
    void scalingRateAddsAThousandEnvironmentsPerTenSecondsAndThrottlesTheRest() {
        // Demand steps from 0 to 20,000 concurrent: 2,000 a second of 10 s invocations, in an account of 30,000.
        FunctionSpec f = Scenarios.poisson(2000, "const:10s").build();
        AccountSpec account = AccountSpec.defaults().withConcurrencyLimit(30_000);
        RunResult r = Scenarios.run(f, account, 300 * SECOND, 0, 4);
        TimeSeries ts = r.timeSeries();
        // Environments that may exist after t seconds: 1,000 at once plus 100 a second.
        for (int minute = 0; minute < 3; minute++) {
            double t = (minute + 1) * 60.0;
            assertThat(ts.maxConcurrency()[minute]).as("minute %d", minute)
                    .isLessThanOrEqualTo((int) Math.min(20_500, 1000 + 100 * t))
                    .isGreaterThan((int) Math.min(19_000, 0.97 * (1000 + 100 * t)));
            assertThat(ts.throttles()[minute]).as("minute %d throttles", minute).isPositive();
        }
        // From about 190 s the environments suffice: the last minute has no throttles.
        assertThat(ts.throttles()[4]).isZero();
        assertThat(r.peakConcurrency()).isBetween(19_500, 20_500);
    }

    @Test
    void legacyBurstModelAllowsTheRegionsBurstThenFiveHundredAMinute() {
        FunctionSpec f = Scenarios.poisson(2000, "const:60s").build();
        AccountSpec account = AccountSpec.legacyBurst(30_000, 3000);
        RunResult r = Scenarios.run(f, account, 180 * SECOND, 0, 4);
        // After a minute: the 3,000 burst plus 500.
        assertThat(r.timeSeries().maxConcurrency()[0]).isBetween(3400, 3500);
        assertThat(r.timeSeries().maxConcurrency()[1]).isBetween(3900, 4000);
    }

    @Test
    void reservedConcurrencyCapsTheFunction() {
        FunctionSpec f = Scenarios.poisson(100, "const:1s").reservedConcurrency(50).build();
        RunResult r = Scenarios.run(f, AccountSpec.defaults(), 1000 * SECOND, 10 * SECOND, 5);
        assertThat(r.peakConcurrency()).isEqualTo(50);
        assertThat(r.throttleProbability()).isGreaterThan(0.4);
    }

    @Test
    void asynchronousEventsAreRetriedWithBackoffThenDropped() {
        // A function capped at 1 concurrent execution of 100 s, invoked asynchronously 10 times a minute: most events
        // wait; with a maximum event age of 2 minutes many are dropped.
        FunctionSpec f = Scenarios.poisson(1.0 / 6, "const:100s").reservedConcurrency(1)
                .invocationType(InvocationType.ASYNC).maxEventAgeUs(120 * SECOND).build();
        RunResult r = Scenarios.run(f, AccountSpec.defaults(), 20_000 * SECOND, 0, 6);
        assertThat(r.syncThrottles()).isZero();
        assertThat(r.retries()).isPositive();
        assertThat(r.drops()).isPositive();
        assertThat(r.throttles()).isEqualTo(r.retries() + r.drops());
        // Every event either ran or was dropped (up to the few still waiting at the horizon).
        assertThat(r.served() + r.drops()).isBetween(r.invocations() - 20, r.invocations());
        // Latency of a retried event includes its wait.
        assertThat(r.latency().maxMs()).isGreaterThan(100_000 + 1_000);
    }

    @Test
    void invocationsLongerThanTheTimeoutAreCutAndBilledAsTheTimeout() {
        FunctionSpec f = Scenarios.poisson(1, "const:5s").timeoutUs(3 * SECOND).build();
        RunResult r = Scenarios.run(f, AccountSpec.defaults(), 1000 * SECOND, 0, 8);
        assertThat(r.timeouts()).isEqualTo(r.served());
        assertThat(r.latency().maxMs()).isCloseTo(3000, within(3.0));
        // 1 GB × 3 s per invocation.
        BigDecimal gbS = r.bill().lines().stream().filter(l -> l.kind() == ChargeKind.DURATION)
                .map(BillLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(gbS.add(BigDecimal.valueOf(400_000).min(BigDecimal.valueOf(3L * r.served()))))
                .isEqualByComparingTo(BigDecimal.valueOf(3L * r.served()));
    }

    @Test
    void idleEnvironmentsPastTheirMaximumLifetimeAreReclaimed() {
        // Busy enough never to idle out (keep-alive 10 min, gaps of ~1 s), but environments live at most 1 h.
        FunctionSpec always = Scenarios.poisson(1, "const:10ms").build();
        FunctionSpec limited = Scenarios.poisson(1, "const:10ms").maxLifetimeUs(3600 * SECOND).build();
        RunResult a = Scenarios.run(always, AccountSpec.defaults(), 36_000 * SECOND, 0, 9);
        RunResult b = Scenarios.run(limited, AccountSpec.defaults(), 36_000 * SECOND, 0, 9);
        assertThat(a.coldStarts()).isLessThan(5);
        assertThat(b.coldStarts()).isBetween(9L, 20L);
    }

    @Test
    void billsInitOfColdStartsUnderTheRuleInForce() {
        FunctionSpec f = Scenarios.poisson(0.001, "const:100ms").init(Distributions.parse("const:400ms")).build();
        RunResult r = Scenarios.run(f, AccountSpec.defaults(), 1_000_000 * SECOND, 0, 10);
        long cold = r.coldStarts();
        long warm = r.served() - cold;
        // Every invocation billed 100 ms, cold ones 400 ms more (INIT billed since August 2025) at 1 GB.
        long expectedMbMs = (warm * 100 + cold * 500) * 1024L;
        assertThat(r.usage().of(io.lambdasim.pricedata.Architecture.X86_64).onDemandMbMs().longValueExact())
                .isEqualTo(expectedMbMs);
        assertThat(cold).isPositive();
        assertThat(warm).isPositive();
    }

    @Test
    void sameScenarioAndSeedGiveIdenticalResults() {
        FunctionSpec f = Scenarios.poisson(50, "lognormal:median=80ms,p99=900ms")
                .init(Distributions.parse("exp:250ms")).keepAlive(Distributions.parse("exp:60s")).build();
        RunResult a = Scenarios.run(f, AccountSpec.defaults().withConcurrencyLimit(20), 2000 * SECOND, 0, 42);
        RunResult b = Scenarios.run(f, AccountSpec.defaults().withConcurrencyLimit(20), 2000 * SECOND, 0, 42);
        RunResult c = Scenarios.run(f, AccountSpec.defaults().withConcurrencyLimit(20), 2000 * SECOND, 0, 43);
        assertThat(a.metrics()).isEqualTo(b.metrics());
        assertThat(a.bill()).isEqualTo(b.bill());
        assertThat(a.timeSeries().invocations()).isEqualTo(b.timeSeries().invocations());
        assertThat(a.metrics()).isNotEqualTo(c.metrics());
    }
}
