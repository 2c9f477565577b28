package io.lambdasim.pricedata.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.Rate;
import io.lambdasim.pricedata.Tier;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The front-door prices shipped in the jar say what PRICING.md says (and AWS's pages where they were checked). */
class BundledFrontDoorPricesTest {

    private static final Path SOURCE = Path.of("src/main/resources/io/lambdasim/pricedata/frontdoor/prices");
    private static final LocalDate DEC_2026 = LocalDate.of(2026, 12, 1);

    private static FrontDoorCatalog catalog;
    private static FrontDoorPrices usEast1;

    @BeforeAll
    static void load() {
        catalog = FrontDoorPriceLoader.loadBundled();
        usEast1 = catalog.prices("us-east-1", DEC_2026);
    }

    private static BigDecimal usd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void bundledFilesAreListedInTheIndex() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(SOURCE)) {
            onDisk = files.filter(Files::isRegularFile).map(p -> SOURCE.relativize(p).toString())
                    .map(p -> p.replace('\\', '/')).filter(p -> !p.equals("index.json")).sorted()
                    .collect(Collectors.toList());
        }
        assertThat(catalog.all()).extracting(p -> p.sourceFile().substring("prices/".length()))
                .containsExactlyInAnyOrderElementsOf(onDisk);
        assertThat(catalog.regions()).containsExactly("us-east-1");
    }

    @Test
    void httpApisCostOneDollarPerMillionForTheFirst300MillionThenNinetyCents() {
        assertThat(usEast1.apiGateway().httpApiRequests().tiers())
                .extracting(Tier::from, Tier::to, t -> t.rate().usdPerUnit())
                .containsExactly(tuple(0L, OptionalLong.of(300_000_000L), usd("0.000001")),
                        tuple(300_000_000L, OptionalLong.empty(), usd("0.0000009")));
    }

    @Test
    void restApisCost350PerMillionForTheFirst333MillionThenLess() {
        assertThat(usEast1.apiGateway().restApiRequests().tiers())
                .extracting(Tier::from, Tier::to, t -> t.rate().usdPerUnit())
                .containsExactly(tuple(0L, OptionalLong.of(333_000_000L), usd("0.0000035")),
                        tuple(333_000_000L, OptionalLong.of(1_000_000_000L), usd("0.0000028")),
                        tuple(1_000_000_000L, OptionalLong.of(20_000_000_000L), usd("0.00000238")),
                        tuple(20_000_000_000L, OptionalLong.empty(), usd("0.00000151")));
    }

    @Test
    void apiGatewayRatesArePerRequestAndVerifiedAgainstAwsDocumentation() {
        Stream.concat(usEast1.apiGateway().httpApiRequests().tiers().stream(),
                usEast1.apiGateway().restApiRequests().tiers().stream()).map(Tier::rate).forEach(r -> {
                    assertThat(r.unit()).isEqualTo("request");
                    assertThat(r.verified()).isTrue();
                    assertThat(r.source().getHost()).isEqualTo("docs.aws.amazon.com");
                });
        assertThat(usEast1.apiGateway().httpApiMetering().incrementKb()).isEqualTo(512);
    }

    @Test
    void albCostsPerHourAndPerLcuHour() {
        assertThat(usEast1.alb().hour()).extracting(Rate::usdPerUnit, Rate::unit)
                .containsExactly(usd("0.0225"), "hour");
        assertThat(usEast1.alb().lcuHour()).extracting(Rate::usdPerUnit, Rate::unit)
                .containsExactly(usd("0.008"), "LCU-hour");
    }

    @Test
    void anLcuHasThePricingMdDimensions() {
        AlbPrices.LcuDimensions lcu = usEast1.alb().lcu();

        assertThat(lcu.newConnectionsPerSecond()).isEqualTo(25);
        assertThat(lcu.activeConnectionsPerMinute()).isEqualTo(3000);
        assertThat(lcu.processedGbPerHour()).isEqualByComparingTo("1");
        assertThat(lcu.processedGbPerHourLambdaTargets()).isEqualByComparingTo("0.4");
        assertThat(lcu.ruleEvaluationsPerSecond()).isEqualTo(1000);
        assertThat(usEast1.alb().freeRuleEvaluations().perRequest()).isEqualTo(10);
    }

    @Test
    void albAndFargateFiguresAreFlaggedUnverified() {
        assertThat(List.of(usEast1.alb().hour(), usEast1.alb().lcuHour())).noneMatch(Rate::verified);
        assertThat(usEast1.alb().lcu().verified()).isFalse();
        assertThat(usEast1.alb().freeRuleEvaluations().verified()).isFalse();
        assertThat(usEast1.fargate().architectures().values()).flatExtracting(r -> List.of(r.vcpuHour(), r.gbHour()))
                .noneMatch(Rate::verified);
    }

    @Test
    void fargateX86CostsPerVcpuHourAndPerGbHour() {
        FargatePrices.Rates x86 = usEast1.fargate().rates(Architecture.X86_64);

        assertThat(x86.vcpuHour()).extracting(Rate::usdPerUnit, Rate::unit).containsExactly(usd("0.04048"),
                "vCPU-hour");
        assertThat(x86.gbHour()).extracting(Rate::usdPerUnit, Rate::unit).containsExactly(usd("0.004445"), "GB-hour");
    }

    @Test
    void fargateArmIsCheaper() {
        FargatePrices.Rates arm = usEast1.fargate().rates(Architecture.ARM64);

        assertThat(arm.vcpuHour().usdPerUnit()).isEqualByComparingTo("0.03238");
        assertThat(arm.gbHour().usdPerUnit()).isEqualByComparingTo("0.00356");
    }

    @Test
    void lookupBeforeTheFirstFileIsAnError() {
        assertThatThrownBy(() -> catalog.prices("us-east-1", LocalDate.of(2026, 9, 19)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no us-east-1 front-door prices in force on 2026-09-19 (the earliest take effect on "
                        + "2026-09-20)");
        assertThat(catalog.prices("us-east-1", LocalDate.of(2026, 9, 20)).id()).isEqualTo("us-east-1/2026-09-20");
    }

    @Test
    void otherRegionsHaveNoFrontDoorPricesYet() {
        assertThatThrownBy(() -> catalog.prices("eu-west-1", DEC_2026)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no front-door prices for region 'eu-west-1' (known: us-east-1)");
    }
}
