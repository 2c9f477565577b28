package io.lambdasim.model.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.model.TestEditions;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.InitBilling;
import io.lambdasim.pricedata.Packaging;
import io.lambdasim.pricedata.RuntimeKind;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FunctionBillerTest {

    private static FunctionBiller biller(InitBilling rule, Packaging packaging, RuntimeKind runtime) {
        UsageMeter meter = new UsageMeter(TestEditions.usEast1(rule).rules());
        return meter.biller(new FunctionBillingProfile(Architecture.X86_64, 1024, 512, packaging, runtime, false));
    }

    @Test
    void billsInitOfAZipFunctionOnAManagedRuntimeSinceAugust2025() {
        FunctionBiller b = biller(InitBilling.ALWAYS, Packaging.ZIP, RuntimeKind.MANAGED);
        // Duration 102.25 ms, Init Duration 253.47 ms: ceil(355.72) = 356 ms.
        assertThat(b.invocation(102_250, 253_470, 0, false)).isEqualTo(356);
    }

    @Test
    void didNotBillInitOfAZipFunctionOnAManagedRuntimeBefore() {
        FunctionBiller b = biller(InitBilling.CUSTOM_RUNTIME_AND_CONTAINER_IMAGE_ONLY, Packaging.ZIP, RuntimeKind.MANAGED);
        assertThat(b.initBilled()).isFalse();
        assertThat(b.invocation(102_250, 253_470, 0, false)).isEqualTo(103);
    }

    @Test
    void billedInitOfContainerImagesAndCustomRuntimesUnderBothRules() {
        for (InitBilling rule : new InitBilling[] {InitBilling.ALWAYS, InitBilling.CUSTOM_RUNTIME_AND_CONTAINER_IMAGE_ONLY}) {
            assertThat(biller(rule, Packaging.CONTAINER_IMAGE, RuntimeKind.MANAGED).invocation(10_000, 300_000, 0, false))
                    .as("container image under %s", rule).isEqualTo(310);
            assertThat(biller(rule, Packaging.ZIP, RuntimeKind.CUSTOM).invocation(10_000, 50_500, 0, false))
                    .as("custom runtime under %s", rule).isEqualTo(61);
        }
    }

    @Test
    void neverBillsInitToProvisionedConcurrencyInvocations() {
        FunctionBiller b = biller(InitBilling.ALWAYS, Packaging.ZIP, RuntimeKind.MANAGED);
        assertThat(b.invocation(280_000, 500_000, 0, true)).isEqualTo(280);
    }

    @Test
    void billsSnapStartRestoreWithTheInvocationAndCountsTheRestore() {
        UsageMeter meter = new UsageMeter(TestEditions.usEast1().rules());
        FunctionBiller b = meter.biller(new FunctionBillingProfile(Architecture.X86_64, 2048, 512, Packaging.ZIP,
                RuntimeKind.MANAGED, true));
        assertThat(b.invocation(100_100, 0, 400_000, false)).isEqualTo(501);
        Usage usage = meter.snapshot();
        assertThat(usage.snapStartRestoredMb()).isEqualTo(BigInteger.valueOf(2048));
        assertThat(usage.of(Architecture.X86_64).onDemandMbMs()).isEqualTo(BigInteger.valueOf(501L * 2048));
    }

    @Test
    void countsEphemeralStorageAboveTheFree512Mb() {
        UsageMeter meter = new UsageMeter(TestEditions.usEast1().rules());
        FunctionBiller b = meter.biller(new FunctionBillingProfile(Architecture.ARM64, 128, 10_240, Packaging.ZIP,
                RuntimeKind.MANAGED, false));
        b.warm(1_500);
        b.invocation(1_000, 0, 0, true);
        Usage usage = meter.snapshot();
        assertThat(usage.ephemeralExtraMbMs()).isEqualTo(BigInteger.valueOf((2 + 1) * (10_240 - 512)));
        assertThat(usage.of(Architecture.ARM64).requests()).isEqualTo(2);
        assertThat(usage.of(Architecture.ARM64).pcServedMbMs()).isEqualTo(BigInteger.valueOf(128));
        assertThat(usage.of(Architecture.X86_64).requests()).isZero();
    }

    @Test
    void countingAnInvocationAllocatesNothing() {
        UsageMeter meter = new UsageMeter(TestEditions.usEast1().rules());
        FunctionBiller b = meter.biller(new FunctionBillingProfile(Architecture.X86_64, 1769, 2048, Packaging.ZIP,
                RuntimeKind.MANAGED, true));
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < 200_000; i++) { // warm up: let the JIT compile the path
            sink += b.invocation(i % 5_000, i % 7 == 0 ? 200_000 : 0, i % 11 == 0 ? 90_000 : 0, i % 3 == 0);
        }
        long tid = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(tid);
        for (int i = 0; i < 1_000_000; i++) {
            sink += b.invocation(i % 5_000, i % 7 == 0 ? 200_000 : 0, i % 11 == 0 ? 90_000 : 0, i % 3 == 0);
        }
        long allocated = threads.getThreadAllocatedBytes(tid) - before;
        assertThat(sink).isPositive();
        // A single allocation per invocation would be at least 16 MB here; allow a little for the measurement itself.
        assertThat(allocated).isLessThan(64 * 1024);
    }
}
