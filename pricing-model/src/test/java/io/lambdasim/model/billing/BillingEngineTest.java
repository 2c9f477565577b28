package io.lambdasim.model.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.model.TestEditions;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.PriceEdition;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BillingEngineTest {

    private static final BigInteger GB_S = BillingEngine.MB_MS_PER_GB_S;
    private final BillingEngine engine = new BillingEngine();
    private final PriceEdition edition = TestEditions.usEast1();

    private static BigInteger gbS(long gbSeconds) {
        return BigInteger.valueOf(gbSeconds).multiply(GB_S);
    }

    private static ArchitectureUsage onDemand(long requests, BigInteger mbMs) {
        return new ArchitectureUsage(requests, mbMs, BigInteger.ZERO, BigInteger.ZERO);
    }

    private static BigDecimal usd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void reproducesTheMobileBackendExampleOfThePricingPage() {
        // 3M requests of 120 ms at 1,536 MB: 3M × 120 ms × 1,536 MB = 540,000 GB-s, 400,000 of them free.
        UsageMeter meter = new UsageMeter(edition.rules());
        FunctionBiller biller = meter.biller(FunctionBillingProfile.zip(Architecture.X86_64, 1536));
        for (int i = 0; i < 3_000_000; i++) {
            biller.warm(120_000);
        }
        Bill bill = engine.bill(meter.snapshot(), edition, BillingOptions.DEFAULT);

        assertThat(bill.lines()).extracting(BillLine::kind).containsExactly(ChargeKind.REQUESTS, ChargeKind.DURATION);
        BillLine requests = bill.lines().get(0);
        assertThat(requests.quantity()).isEqualByComparingTo("2000000");
        assertThat(requests.usd()).isEqualByComparingTo("0.40");
        BillLine duration = bill.lines().get(1);
        assertThat(duration.quantity()).isEqualByComparingTo("140000");
        assertThat(duration.usd()).isEqualByComparingTo("2.33");
        assertThat(bill.totalUsd()).isEqualByComparingTo("2.73");
    }

    @Test
    void reproducesTheCyberMondayProvisionedConcurrencyExample() {
        // PC of 7 at 4,096 MB for 24 h; 2M requests of 280 ms all served by PC; no free tier.
        UsageMeter meter = new UsageMeter(edition.rules());
        meter.addProvisionedWindow(Architecture.X86_64, 4096, 7, 24 * 3_600_000L);
        FunctionBiller biller = meter.biller(FunctionBillingProfile.zip(Architecture.X86_64, 4096));
        for (int i = 0; i < 2_000_000; i++) {
            biller.invocation(280_000, 0, 0, true);
        }
        Bill bill = engine.bill(meter.snapshot(), edition, BillingOptions.NO_FREE_TIER);

        Map<ChargeKind, BillLine> byKind = new EnumMap<>(ChargeKind.class);
        bill.lines().forEach(l -> byKind.put(l.kind(), l));
        assertThat(byKind.get(ChargeKind.PROVISIONED_CONCURRENCY).quantity()).isEqualByComparingTo("2419200");
        assertThat(byKind.get(ChargeKind.PROVISIONED_CONCURRENCY).usd()).isEqualByComparingTo("10.08");
        assertThat(byKind.get(ChargeKind.PROVISIONED_DURATION).quantity()).isEqualByComparingTo("2240000");
        assertThat(byKind.get(ChargeKind.PROVISIONED_DURATION).usd()).isEqualByComparingTo("21.78");
        assertThat(byKind.get(ChargeKind.REQUESTS).usd()).isEqualByComparingTo("0.40");
        assertThat(byKind).doesNotContainKey(ChargeKind.DURATION);
        assertThat(bill.totalUsd()).isEqualByComparingTo("32.26");
    }

    @Test
    void freeTierGigabyteSecondsDoNotApplyToProvisionedDuration() {
        Usage usage = Usage.of(Architecture.X86_64,
                new ArchitectureUsage(10, BigInteger.ZERO, gbS(100_000), BigInteger.ZERO));
        Bill bill = engine.bill(usage, edition, BillingOptions.DEFAULT);
        BillLine pcDuration = bill.lines().stream().filter(l -> l.kind() == ChargeKind.PROVISIONED_DURATION)
                .findFirst().orElseThrow();
        assertThat(pcDuration.quantity()).isEqualByComparingTo("100000");
        assertThat(pcDuration.usd()).isEqualByComparingTo("0.97"); // 100,000 × 0.0000097222 = 0.97222
    }

    @Test
    void exactlySixBillionGigabyteSecondsStayInTierOne() {
        Usage usage = Usage.of(Architecture.X86_64, onDemand(1, gbS(6_000_000_000L)));
        Bill bill = engine.bill(usage, edition, BillingOptions.NO_FREE_TIER);
        List<BillLine> duration = durationLines(bill);
        assertThat(duration).hasSize(1);
        assertThat(duration.get(0).item()).isEqualTo("Duration (x86_64, tier 1)");
        assertThat(duration.get(0).quantity()).isEqualByComparingTo("6000000000");
        assertThat(duration.get(0).usd()).isEqualByComparingTo("100000.20"); // 6e9 × 0.0000166667
    }

    @Test
    void oneGigabyteSecondBeyondSixBillionIsPricedInTierTwo() {
        Usage usage = Usage.of(Architecture.X86_64, onDemand(1, gbS(6_000_000_001L)));
        List<BillLine> duration = durationLines(engine.bill(usage, edition, BillingOptions.NO_FREE_TIER));
        assertThat(duration).extracting(BillLine::item)
                .containsExactly("Duration (x86_64, tier 1)", "Duration (x86_64, tier 2)");
        assertThat(duration.get(0).quantity()).isEqualByComparingTo("6000000000");
        assertThat(duration.get(1).quantity()).isEqualByComparingTo("1");
        assertThat(duration.get(1).exactUsd()).isEqualByComparingTo("0.000015");
    }

    @Test
    void allThreeTiersOfX86AreFilledInOrder() {
        // 20 billion GB-s: 6 B at tier 1, 9 B at tier 2, 5 B at tier 3.
        Usage usage = Usage.of(Architecture.X86_64, onDemand(1, gbS(20_000_000_000L)));
        List<BillLine> duration = durationLines(engine.bill(usage, edition, BillingOptions.NO_FREE_TIER));
        assertThat(duration).extracting(BillLine::quantity).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(usd("6000000000"), usd("9000000000"), usd("5000000000"));
        assertThat(duration).extracting(BillLine::usd).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(usd("100000.20"), usd("135000.00"), usd("66667.00"));
    }

    @Test
    void arm64HasItsOwnTierBoundaries() {
        // arm64 tier 1 ends at 7.5 billion GB-s, where x86_64's already ended at 6 billion.
        Usage usage = Usage.of(Architecture.ARM64, onDemand(1, gbS(7_500_000_000L)));
        List<BillLine> exactly = durationLines(engine.bill(usage, edition, BillingOptions.NO_FREE_TIER));
        assertThat(exactly).extracting(BillLine::item).containsExactly("Duration (arm64, tier 1)");
        assertThat(exactly.get(0).usd()).isEqualByComparingTo("100000.50"); // 7.5e9 × 0.0000133334

        Usage beyond = Usage.of(Architecture.ARM64, onDemand(1, gbS(18_750_000_001L)));
        List<BillLine> lines = durationLines(engine.bill(beyond, edition, BillingOptions.NO_FREE_TIER));
        assertThat(lines).extracting(BillLine::quantity).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(usd("7500000000"), usd("11250000000"), usd("1"));
        assertThat(lines.get(1).unitPriceUsd()).isEqualByComparingTo("0.0000120001");
    }

    @Test
    void tiersCountEachArchitectureSeparately() {
        // 5 B GB-s on each architecture: neither reaches its tier 2, although together they pass 6 B.
        Usage usage = Usage.of(Architecture.X86_64, onDemand(1, gbS(5_000_000_000L)))
                .plus(Usage.of(Architecture.ARM64, onDemand(1, gbS(5_000_000_000L))));
        List<BillLine> lines = durationLines(engine.bill(usage, edition, BillingOptions.NO_FREE_TIER));
        assertThat(lines).extracting(BillLine::item)
                .containsExactly("Duration (x86_64, tier 1)", "Duration (arm64, tier 1)");
    }

    @Test
    void freeTierIsSharedAcrossArchitecturesX86First() {
        // 300,000 GB-s on each: x86_64 takes 300,000 free, arm64 the remaining 100,000.
        Usage usage = Usage.of(Architecture.X86_64, onDemand(600_000, gbS(300_000)))
                .plus(Usage.of(Architecture.ARM64, onDemand(600_000, gbS(300_000))));
        Bill bill = engine.bill(usage, edition, BillingOptions.DEFAULT);
        List<BillLine> lines = durationLines(bill);
        assertThat(lines.get(0).item()).isEqualTo("Duration (x86_64, tier 1)");
        assertThat(lines.get(0).quantity()).isEqualByComparingTo("0");
        assertThat(lines.get(0).rule()).contains("300,000 GB-s free");
        assertThat(lines.get(1).item()).isEqualTo("Duration (arm64, tier 1)");
        assertThat(lines.get(1).quantity()).isEqualByComparingTo("200000");
        assertThat(lines.get(1).usd()).isEqualByComparingTo("2.67"); // 200,000 × 0.0000133334 = 2.66668
        // 1.2M requests in all, 1M of them free, whatever their architecture.
        assertThat(bill.lines().get(0).quantity()).isEqualByComparingTo("200000");
        assertThat(bill.totalUsd()).isEqualByComparingTo("2.71");
    }

    @Test
    void freeTierComesOffTierOneAndTierVolumesIncludeIt() {
        // 6,000,100,000 GB-s with the free tier: tier 1 holds 6 B of which 400,000 free; tier 2 holds 100,000.
        Usage usage = Usage.of(Architecture.X86_64, onDemand(1, gbS(6_000_100_000L)));
        List<BillLine> lines = durationLines(engine.bill(usage, edition, BillingOptions.DEFAULT));
        assertThat(lines.get(0).quantity()).isEqualByComparingTo("5999600000");
        assertThat(lines.get(1).quantity()).isEqualByComparingTo("100000");
    }

    @Test
    void usageWithinTheFreeTierCostsNothing() {
        Usage usage = Usage.of(Architecture.X86_64, onDemand(999_999, gbS(399_999)));
        Bill bill = engine.bill(usage, edition, BillingOptions.DEFAULT);
        assertThat(bill.totalUsd()).isEqualByComparingTo("0.00");
        assertThat(bill.lines()).allSatisfy(l -> assertThat(l.quantity()).isEqualByComparingTo("0"));
    }

    @Test
    void pricesEphemeralStorageAndSnapStart() {
        Usage usage = Usage.NONE.withEphemeralExtraMbMs(gbS(1_000_000))
                .withSnapStart(gbS(10_800), BigInteger.valueOf(1024 * 1000));
        Bill bill = engine.bill(usage, edition, BillingOptions.DEFAULT);
        assertThat(bill.lines()).extracting(BillLine::kind).containsExactly(ChargeKind.EPHEMERAL_STORAGE,
                ChargeKind.SNAPSTART_CACHE, ChargeKind.SNAPSTART_RESTORE);
        assertThat(bill.lines().get(0).exactUsd()).isEqualByComparingTo("0.0309");
        assertThat(bill.lines().get(1).exactUsd()).isEqualByComparingTo("0.01624968");
        assertThat(bill.lines().get(2).quantity()).isEqualByComparingTo("1000");
        assertThat(bill.lines().get(2).usd()).isEqualByComparingTo("0.14");
    }

    @Test
    void refusesUsageTheEditionCannotPrice() {
        Usage arm = Usage.of(Architecture.ARM64, onDemand(1, gbS(1)));
        assertThatThrownBy(() -> engine.bill(arm, TestEditions.usEast1Legacy(), BillingOptions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("us-east-1/2015-04-09").hasMessageContaining("arm64");
        Usage pc = Usage.of(Architecture.X86_64, new ArchitectureUsage(0, BigInteger.ZERO, BigInteger.ZERO, gbS(1)));
        assertThatThrownBy(() -> engine.bill(pc, TestEditions.usEast1Legacy(), BillingOptions.DEFAULT))
                .hasMessageContaining("provisioned concurrency");
    }

    @Test
    void everyLineNamesTheEditionAndARule() {
        Usage usage = Usage.of(Architecture.X86_64, new ArchitectureUsage(5_000_000, gbS(900_000), gbS(10), gbS(20)));
        Bill bill = engine.bill(usage, edition, BillingOptions.DEFAULT);
        assertThat(bill.lines()).hasSize(4).allSatisfy(l -> {
            assertThat(l.editionId()).isEqualTo("us-east-1/2025-08-01");
            assertThat(l.rule()).isNotBlank();
        });
    }

    private static List<BillLine> durationLines(Bill bill) {
        return bill.lines().stream().filter(l -> l.kind() == ChargeKind.DURATION).toList();
    }
}
