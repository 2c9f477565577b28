package io.lambdasim.model.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.model.TestEditions;
import io.lambdasim.pricedata.Architecture;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of every bill, over seeded random usages spanning free-tier to tier-3 volumes. */
class BillPropertiesTest {

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    private static BigInteger randomMbMs(SplittableRandom r) {
        // Up to ~2 × 10^10 GB-s, with a strong bias to small values, as MB-ms.
        double gbS = Math.pow(10, r.nextDouble(-3, 10.3));
        return BigDecimal.valueOf(gbS).multiply(new BigDecimal(BillingEngine.MB_MS_PER_GB_S))
                .setScale(0, RoundingMode.DOWN).toBigInteger();
    }

    private static Usage randomUsage(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Usage usage = Usage.NONE;
        for (Architecture a : Architecture.values()) {
            if (r.nextBoolean()) {
                usage = usage.plus(Usage.of(a, new ArchitectureUsage(r.nextLong(0, 5_000_000_000L), randomMbMs(r),
                        r.nextBoolean() ? randomMbMs(r) : BigInteger.ZERO,
                        r.nextBoolean() ? randomMbMs(r) : BigInteger.ZERO)));
            }
        }
        return usage.withEphemeralExtraMbMs(r.nextBoolean() ? randomMbMs(r) : BigInteger.ZERO);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void linesRoundOnceAndSumToTheTotal(long seed) {
        Usage usage = randomUsage(seed);
        for (BillingOptions options : new BillingOptions[] {BillingOptions.DEFAULT, BillingOptions.NO_FREE_TIER}) {
            Bill bill = new BillingEngine().bill(usage, TestEditions.usEast1(), options);
            BigDecimal sum = BigDecimal.ZERO;
            for (BillLine line : bill.lines()) {
                assertThat(line.exactUsd()).isEqualByComparingTo(line.quantity().multiply(line.unitPriceUsd()));
                assertThat(line.usd()).isEqualByComparingTo(line.exactUsd().setScale(2, RoundingMode.HALF_UP));
                assertThat(line.usd().scale()).isEqualTo(2);
                sum = sum.add(line.usd());
            }
            assertThat(bill.totalUsd()).isEqualByComparingTo(sum);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void durationLinesAccountForEveryOnDemandGigabyteSecond(long seed) {
        Usage usage = randomUsage(seed);
        Bill noFree = new BillingEngine().bill(usage, TestEditions.usEast1(), BillingOptions.NO_FREE_TIER);
        Bill free = new BillingEngine().bill(usage, TestEditions.usEast1(), BillingOptions.DEFAULT);
        BigDecimal onDemand = BigDecimal.ZERO;
        for (Architecture a : Architecture.values()) {
            onDemand = onDemand.add(BillingEngine.gbSeconds(usage.of(a).onDemandMbMs()));
        }
        BigDecimal billedNoFree = durationQuantity(noFree);
        BigDecimal billedFree = durationQuantity(free);
        assertThat(billedNoFree).isEqualByComparingTo(onDemand);
        assertThat(billedFree).isEqualByComparingTo(onDemand.subtract(onDemand.min(BigDecimal.valueOf(400_000))));
        assertThat(free.totalUsd()).isLessThanOrEqualTo(noFree.totalUsd());
    }

    private static BigDecimal durationQuantity(Bill bill) {
        return bill.lines().stream().filter(l -> l.kind() == ChargeKind.DURATION).map(BillLine::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
