package io.lambdasim.pricedata.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.Rate;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The EC2 price tables shipped in the jar: they load, validate, and say what PRICING.md and their sources say. */
class BundledEc2PricesTest {

    private static final Path TABLES_SOURCE = Path.of("src/main/resources/io/lambdasim/pricedata/ec2/tables");
    private static final LocalDate DEC_2026 = LocalDate.of(2026, 12, 1);

    private static Ec2Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = Ec2PriceLoader.loadBundled();
    }

    private static BigDecimal usd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void bundledCatalogHoldsOneTableForEachRegionOfTheLambdaEditions() {
        assertThat(catalog.tables()).extracting(Ec2PriceTable::id).containsExactly("af-south-1/2026-11-26",
                "ap-southeast-1/2026-11-26", "eu-central-1/2026-11-26", "eu-west-1/2026-11-26",
                "us-east-1/2026-01-19");
    }

    @Test
    void everyTableFileInTheSourceTreeIsListedInTheIndex() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(TABLES_SOURCE)) {
            onDisk = files.filter(Files::isRegularFile).map(p -> TABLES_SOURCE.relativize(p).toString())
                    .map(p -> p.replace('\\', '/')).filter(p -> !p.equals("index.json")).sorted()
                    .collect(Collectors.toList());
        }
        assertThat(catalog.tables()).extracting(t -> t.sourceFile().substring("tables/".length()))
                .containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void sourceTreeLoadsAsADirectoryToTheSameTables() {
        Ec2Catalog fromDirectory = Ec2PriceLoader.loadDirectory(TABLES_SOURCE);

        for (Ec2PriceTable t : catalog.tables()) {
            Ec2PriceTable same = fromDirectory.tableById(t.id());
            assertThat(same.instances()).as(t.id()).isEqualTo(t.instances());
            assertThat(same.savingsPlans()).as(t.id()).isEqualTo(t.savingsPlans());
        }
    }

    /** PRICING.md, "EC2 and neighbours, us-east-1, Linux on-demand". */
    @ParameterizedTest
    @CsvSource({"t3.micro, 0.0104", "t3.small, 0.0208", "t3.medium, 0.0416", "t3.large, 0.0832",
            "t4g.micro, 0.0084", "t4g.small, 0.0168", "t4g.medium, 0.0336", "t4g.large, 0.0672", "m5.large, 0.096",
            "m6i.large, 0.096", "m6i.xlarge, 0.192", "m7g.large, 0.0816", "m7g.xlarge, 0.1632", "c6g.large, 0.068",
            "c7g.large, 0.0725", "c6i.large, 0.085"})
    void usEast1OnDemandPricesAreThoseOfPricingMd(String type, String price) {
        assertThat(catalog.price("us-east-1", DEC_2026, type).onDemand().usdPerUnit()).isEqualByComparingTo(price);
    }

    /** Values entered from the SkyPilot catalogue rows (see the table notes). */
    @ParameterizedTest
    @CsvSource({"eu-west-1, m5.large, 0.107", "eu-west-1, t3.micro, 0.0114", "eu-west-1, c6g.2xlarge, 0.2918",
            "eu-central-1, m6i.xlarge, 0.23", "eu-central-1, t4g.medium, 0.0384", "ap-southeast-1, m7g.large, 0.102",
            "ap-southeast-1, r6g.xlarge, 0.2432", "af-south-1, c6i.large, 0.114", "af-south-1, t3.xlarge, 0.217"})
    void otherRegionsHaveTheirOwnPrices(String region, String type, String price) {
        assertThat(catalog.price(region, DEC_2026, type).onDemand().usdPerUnit()).isEqualByComparingTo(price);
    }

    @Test
    void usEast1PricesEveryRequestedFamilyFromLargeTo2xlargeAndTheSmallBurstables() {
        Ec2PriceTable t = catalog.table("us-east-1", DEC_2026);

        assertThat(t.typeNames()).contains("t3.micro", "t3.small", "t3.medium", "t4g.micro", "t4g.small",
                "t4g.medium", "r6g.large", "r6g.xlarge", "r6g.2xlarge", "c7g.2xlarge", "m5.2xlarge").hasSize(33);
    }

    @Test
    void instanceTypesCarryVcpusMemoryAndArchitecture() {
        Ec2PriceTable t = catalog.table("us-east-1", DEC_2026);

        assertThat(List.of("t4g.micro", "m6i.xlarge", "c7g.large", "r6g.2xlarge")).extracting(n -> t.require(n).type())
                .extracting(InstanceType::vcpus, InstanceType::memoryGib, InstanceType::architecture)
                .containsExactly(tuple(2, usd("1"), Architecture.ARM64), tuple(4, usd("16"), Architecture.X86_64),
                        tuple(2, usd("4"), Architecture.ARM64), tuple(8, usd("64"), Architecture.ARM64));
    }

    @Test
    void graviton3TypesAreMissingFromAfSouth1RatherThanInvented() {
        Ec2PriceTable t = catalog.table("af-south-1", DEC_2026);

        assertThat(t.instance("m7g.large")).isEmpty();
        assertThat(t.instance("c7g.large")).isEmpty();
        assertThatThrownBy(() -> catalog.price("af-south-1", DEC_2026, "m7g.large"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("EC2 price table af-south-1/2026-11-26 has no price for instance type "
                        + "'m7g.large' (priced: t3.micro, t3.small");
    }

    @Test
    void noBundledRateIsVerifiedAndEachCitesAnAbsoluteSource() {
        for (Ec2PriceTable t : catalog.tables()) {
            for (InstancePrice p : t.instances()) {
                Stream.concat(Stream.of(p.onDemand()), Stream.concat(p.reservedOneYear().stream(),
                        p.reservedThreeYears().stream())).forEach(r -> {
                            assertThat(r.verified()).as(t.id() + " " + p.type().name()).isFalse();
                            assertThat(r.source().isAbsolute()).isTrue();
                            assertThat(r.unit()).isEqualTo("hour");
                        });
            }
        }
    }

    @Test
    void usEast1RatesCiteTheKarpenterFileAndOtherRegionsTheSkyPilotCatalogue() {
        assertThat(catalog.price("us-east-1", DEC_2026, "m5.large").onDemand().source().toString())
                .contains("karpenter-provider-aws");
        assertThat(catalog.price("eu-west-1", DEC_2026, "m5.large").onDemand().source().toString())
                .contains("skypilot-catalog");
    }

    @Test
    void m5LargeHasThePricingMdReservedRatesFlaggedUnverified() {
        InstancePrice m5 = catalog.price("us-east-1", DEC_2026, "m5.large");

        assertThat(m5.reservedOneYear()).map(Rate::usdPerUnit).contains(usd("0.06"));
        assertThat(m5.reservedThreeYears()).map(Rate::usdPerUnit).contains(usd("0.041"));
        assertThat(m5.reservedOneYear().orElseThrow().verified()).isFalse();
        assertThat(catalog.price("us-east-1", DEC_2026, "m6i.large").reservedOneYear()).isEmpty();
    }

    @Test
    void everyTableGivesTheAdvertisedSavingsPlanMaximaUnverified() {
        for (Ec2PriceTable t : catalog.tables()) {
            assertThat(t.savingsPlanUpTo(SavingsPlanKind.COMPUTE).orElseThrow().upTo()).isEqualByComparingTo("0.66");
            assertThat(t.savingsPlanUpTo(SavingsPlanKind.EC2_INSTANCE).orElseThrow().upTo())
                    .isEqualByComparingTo("0.72");
            assertThat(t.savingsPlans().values()).noneMatch(SavingsPlanDiscount::verified);
        }
    }

    @Test
    void lookupFindsTheTableInForceOnTheDate() {
        assertThat(catalog.table("us-east-1", LocalDate.of(2026, 1, 19)).id()).isEqualTo("us-east-1/2026-01-19");
        assertThat(catalog.table("us-east-1", LocalDate.of(2030, 6, 1)).id()).isEqualTo("us-east-1/2026-01-19");
        assertThat(catalog.table("eu-west-1", LocalDate.of(2026, 11, 26)).id()).isEqualTo("eu-west-1/2026-11-26");
    }

    @Test
    void lookupBeforeTheFirstTableIsAnError() {
        assertThatThrownBy(() -> catalog.table("eu-west-1", LocalDate.of(2026, 11, 25)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no eu-west-1 EC2 prices in force on 2026-11-25 (the earliest table takes effect on "
                        + "2026-11-26)");
    }

    @Test
    void lookupInAnUnknownRegionIsAnError() {
        assertThatThrownBy(() -> catalog.table("us-west-2", DEC_2026)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no EC2 prices for region 'us-west-2' (known: af-south-1, ap-southeast-1, eu-central-1, "
                        + "eu-west-1, us-east-1)");
    }

    @Test
    void catalogAnswersPlanPricesByRegionDateAndType() {
        PlanPrice p = catalog.hourlyPrice("eu-west-1", DEC_2026, "m6i.large", PricingPlan.onDemand());

        assertThat(p.usdPerHour()).isEqualByComparingTo("0.107");
        assertThat(p.type().name()).isEqualTo("m6i.large");
    }
}
