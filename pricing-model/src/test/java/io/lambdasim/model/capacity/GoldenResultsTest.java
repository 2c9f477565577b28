package io.lambdasim.model.capacity;

import static io.lambdasim.model.capacity.Scenarios.SECOND;
import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.model.TestEditions;
import io.lambdasim.model.billing.BillingEngine;
import io.lambdasim.model.billing.BillingOptions;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.workload.distribution.Distributions;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * Fixed-seed results of a small scenario, recorded once. They change only when the model, the random streams or the
 * order of draws change: then check why, and record the new values in the same commit, saying so.
 */
class GoldenResultsTest {

    @Test
    void seedOneGivesTheRecordedResults() {
        FunctionSpec f = Scenarios.poisson(5, "lognormal:median=120ms,p99=1500ms")
                .init(Distributions.parse("exp:250ms")).keepAlive(Distributions.parse("exp:300s"))
                .reservedConcurrency(3).build();
        RunResult r = Scenarios.run(f, AccountSpec.defaults(), 3_600 * SECOND, 0, 1);
        assertThat(new long[] {r.invocations(), r.served(), r.coldStarts(), r.throttles(), r.peakConcurrency()})
                .containsExactly(GOLDEN);
        // Within the free tier the bill is zero; priced without it, the usage gives the recorded total.
        assertThat(r.bill().totalUsd()).isEqualByComparingTo("0.00");
        assertThat(new BillingEngine().bill(r.usage(), TestEditions.usEast1(), BillingOptions.NO_FREE_TIER).totalUsd())
                .isEqualByComparingTo(GOLDEN_TOTAL);
        assertThat(r.usage().of(Architecture.X86_64).onDemandMbMs()).isEqualTo(GOLDEN_MB_MS);
    }

    private static final long[] GOLDEN = {18_113, 16_762, 24, 1_351, 3};
    private static final String GOLDEN_TOTAL = "0.06";
    private static final BigInteger GOLDEN_MB_MS = BigInteger.valueOf(3_741_575_168L);
}
