package io.lambdasim.pricedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The editions shipped in the jar: they load, validate, and say what PRICING.md says. */
class BundledEditionsTest {

    private static final Path EDITIONS_SOURCE = Path.of("src/main/resources/io/lambdasim/pricedata/editions");
    private static final List<String> OTHER_REGIONS = List.of("eu-west-1", "eu-central-1", "ap-southeast-1",
            "af-south-1");

    private static PriceCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = PriceEditionLoader.loadBundled();
    }

    private static PriceEdition edition(String id) {
        return catalog.editionById(id);
    }

    private static BigDecimal usd(String s) {
        return new BigDecimal(s);
    }

    private static List<Tier> tiers(PriceEdition e, Architecture arch) {
        return e.rates(arch).duration().tiers();
    }

    @Test
    void bundledCatalogHoldsEveryIndexedEdition() {
        assertThat(catalog.editions()).extracting(PriceEdition::id).containsExactlyInAnyOrder(
                "us-east-1/2015-04-09", "us-east-1/2019-12-03", "us-east-1/2020-12-01", "us-east-1/2021-09-29",
                "us-east-1/2022-03-24", "us-east-1/2022-08-01", "us-east-1/2024-11-18", "us-east-1/2025-08-01",
                "eu-west-1/2022-08-01", "eu-west-1/2025-08-01", "eu-central-1/2022-08-01", "eu-central-1/2025-08-01",
                "ap-southeast-1/2022-08-01", "ap-southeast-1/2025-08-01", "af-south-1/2022-12-13",
                "af-south-1/2025-08-01");
        assertThat(catalog.regions()).containsExactlyInAnyOrder("us-east-1", "eu-west-1", "eu-central-1",
                "ap-southeast-1", "af-south-1");
    }

    @Test
    void everyEditionFileInTheSourceTreeIsListedInTheIndex() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(EDITIONS_SOURCE)) {
            onDisk = files.filter(Files::isRegularFile).map(p -> EDITIONS_SOURCE.relativize(p).toString())
                    .map(p -> p.replace('\\', '/')).filter(p -> !p.equals("index.json")).sorted()
                    .collect(Collectors.toList());
        }
        assertThat(onDisk).isNotEmpty();
        assertThat(catalog.editions()).extracting(e -> e.sourceFile().substring("editions/".length()))
                .containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void sourceTreeLoadsAsADirectoryToTheSameEditions() {
        PriceCatalog fromDirectory = PriceEditionLoader.loadDirectory(EDITIONS_SOURCE);
        assertThat(fromDirectory.editions()).hasSameSizeAs(catalog.editions());
        for (PriceEdition e : catalog.editions()) {
            assertThat(PriceEditionWriter.sameContent(fromDirectory.editionById(e.id()), e)).as(e.id()).isTrue();
        }
    }

    @Test
    void currentUsEast1RatesAreThoseOfPricingMd() {
        PriceEdition e = edition("us-east-1/2025-08-01");
        assertThat(e.requests().usdPerUnit()).isEqualByComparingTo("0.0000002");
        assertThat(tiers(e, Architecture.X86_64)).extracting(Tier::from, Tier::to, t -> t.rate().usdPerUnit())
                .containsExactly(
                        tuple(0L, OptionalLong.of(6_000_000_000L), usd("0.0000166667")),
                        tuple(6_000_000_000L, OptionalLong.of(15_000_000_000L),
                                usd("0.000015")),
                        tuple(15_000_000_000L, OptionalLong.empty(),
                                usd("0.0000133334")));
        assertThat(tiers(e, Architecture.ARM64)).extracting(Tier::from, t -> t.rate().usdPerUnit()).containsExactly(
                tuple(0L, usd("0.0000133334")),
                tuple(7_500_000_000L, usd("0.0000120001")),
                tuple(18_750_000_000L, usd("0.0000106667")));
        ArchitectureRates x86 = e.rates(Architecture.X86_64);
        assertThat(x86.provisionedConcurrency().orElseThrow().usdPerUnit()).isEqualByComparingTo("0.0000041667");
        assertThat(x86.provisionedDuration().orElseThrow().usdPerUnit()).isEqualByComparingTo("0.0000097222");
        ArchitectureRates arm = e.rates(Architecture.ARM64);
        assertThat(arm.provisionedConcurrency().orElseThrow().usdPerUnit()).isEqualByComparingTo("0.0000033334");
        assertThat(arm.provisionedDuration().orElseThrow().usdPerUnit()).isEqualByComparingTo("0.0000077778");
        assertThat(e.ephemeralStorage().orElseThrow().usdPerUnit()).isEqualByComparingTo("0.0000000309");
        assertThat(e.snapStartCache().orElseThrow().usdPerUnit()).isEqualByComparingTo("0.0000015046");
        assertThat(e.snapStartRestore().orElseThrow().usdPerUnit()).isEqualByComparingTo("0.0001397998");
        assertThat(e.snapStartRestore().orElseThrow().unit()).isEqualTo("GB");
        assertThat(e.freeTier().requests()).isEqualTo(1_000_000);
        assertThat(e.freeTier().gbSeconds()).isEqualTo(400_000);
        assertThat(e.rules().initBilling()).isEqualTo(InitBilling.ALWAYS);
        assertThat(e.rules().durationGranularityMs()).isEqualTo(1);
        assertThat(e.rules().pcWindowRoundingMinutes()).isEqualTo(5);
        assertThat(e.memory()).isEqualTo(new MemoryLimits(128, 10240, 1));
    }

    @Test
    void legacyEditionBillsIn100MsStepsOnX86Only() {
        PriceEdition e = edition("us-east-1/2015-04-09");
        assertThat(e.rules().durationGranularityMs()).isEqualTo(100);
        assertThat(e.rules().initBilling()).isEqualTo(InitBilling.CUSTOM_RUNTIME_AND_CONTAINER_IMAGE_ONLY);
        assertThat(e.memory()).isEqualTo(new MemoryLimits(128, 3008, 64));
        assertThat(e.architectures().keySet()).containsExactly(Architecture.X86_64);
        assertThat(e.rates(Architecture.X86_64).duration().tiers()).hasSize(1);
        assertThat(e.rates(Architecture.X86_64).duration().first().rate().usdPerUnit())
                .isEqualByComparingTo("0.00001667");
        assertThat(e.rates(Architecture.X86_64).provisionedConcurrency()).isEmpty();
        assertThat(e.ephemeralStorage()).isEmpty();
        assertThat(e.snapStartCache()).isEmpty();
        assertThat(e.snapStartRestore()).isEmpty();
        assertThat(e.notes()).contains("provisioned concurrency");
    }

    @Test
    void featuresAppearInUsEast1OnTheirLaunchDates() {
        assertThat(edition("us-east-1/2019-12-03").rates(Architecture.X86_64).provisionedConcurrency()).isPresent();
        assertThat(edition("us-east-1/2019-12-03").rules().durationGranularityMs()).isEqualTo(100);
        assertThat(edition("us-east-1/2020-12-01").rules().durationGranularityMs()).isEqualTo(1);
        assertThat(edition("us-east-1/2020-12-01").offers(Architecture.ARM64)).isFalse();
        assertThat(edition("us-east-1/2021-09-29").offers(Architecture.ARM64)).isTrue();
        assertThat(edition("us-east-1/2021-09-29").ephemeralStorage()).isEmpty();
        assertThat(edition("us-east-1/2022-03-24").ephemeralStorage()).isPresent();
        assertThat(tiers(edition("us-east-1/2022-03-24"), Architecture.X86_64)).hasSize(1);
        assertThat(tiers(edition("us-east-1/2022-08-01"), Architecture.X86_64)).hasSize(3);
        assertThat(tiers(edition("us-east-1/2022-08-01"), Architecture.ARM64)).hasSize(3);
        assertThat(edition("us-east-1/2022-08-01").snapStartCache()).isEmpty();
        assertThat(edition("us-east-1/2024-11-18").snapStartCache()).isPresent();
        assertThat(edition("us-east-1/2024-11-18").rules().initBilling())
                .isEqualTo(InitBilling.CUSTOM_RUNTIME_AND_CONTAINER_IMAGE_ONLY);
    }

    @Test
    void everyRegionBillsInitAlwaysFrom1August2025AndOnlyForCustomRuntimesBefore() {
        LocalDate switchDate = LocalDate.of(2025, 8, 1);
        for (String region : catalog.regions()) {
            assertThat(catalog.edition(region, switchDate).rules().initBilling()).as(region)
                    .isEqualTo(InitBilling.ALWAYS);
            assertThat(catalog.edition(region, switchDate.minusDays(1)).rules().initBilling()).as(region)
                    .isEqualTo(InitBilling.CUSTOM_RUNTIME_AND_CONTAINER_IMAGE_ONLY);
        }
    }

    @Test
    void otherRegionsFollowTheTenAndTwentyPercentTierPattern() {
        for (String region : OTHER_REGIONS) {
            PriceEdition e = catalog.edition(region, LocalDate.of(2025, 8, 1));
            for (Architecture arch : Architecture.values()) {
                List<Tier> t = tiers(e, arch);
                assertThat(t).as(region + " " + arch).hasSize(3);
                BigDecimal first = t.get(0).rate().usdPerUnit();
                assertThat(t.get(1).rate().usdPerUnit()).as(region + " " + arch + " tier 2")
                        .isEqualByComparingTo(first.multiply(usd("0.9")).setScale(10, RoundingMode.HALF_UP));
                assertThat(t.get(2).rate().usdPerUnit()).as(region + " " + arch + " tier 3")
                        .isEqualByComparingTo(first.multiply(usd("0.8")).setScale(10, RoundingMode.HALF_UP));
                assertThat(t.get(1).rate().verified()).isFalse();
            }
        }
    }

    @Test
    void regionalRatesAreThoseTranscribedInPricingMd() {
        PriceEdition euw1 = edition("eu-west-1/2025-08-01");
        assertThat(euw1.rates(Architecture.X86_64).provisionedConcurrency().orElseThrow().usdPerUnit())
                .isEqualByComparingTo("0.0000046460");
        assertThat(euw1.rates(Architecture.X86_64).provisionedDuration().orElseThrow().usdPerUnit())
                .isEqualByComparingTo("0.0000108407");
        assertThat(euw1.ephemeralStorage().orElseThrow().usdPerUnit()).isEqualByComparingTo("0.0000000340");
        PriceEdition afs1 = edition("af-south-1/2025-08-01");
        assertThat(afs1.requests().usdPerUnit()).isEqualByComparingTo("0.00000027");
        assertThat(tiers(afs1, Architecture.X86_64).get(0).rate().usdPerUnit()).isEqualByComparingTo("0.0000221");
        assertThat(tiers(afs1, Architecture.ARM64).get(0).rate().usdPerUnit()).isEqualByComparingTo("0.00001768");
        assertThat(afs1.rates(Architecture.X86_64).provisionedDuration().orElseThrow().usdPerUnit())
                .isEqualByComparingTo("0.0000129");
    }

    @Test
    void ratesMarkedVerifyInPricingMdAreFlaggedUnverified() {
        PriceEdition e = edition("us-east-1/2025-08-01");
        assertThat(tiers(e, Architecture.ARM64).get(2).rate().verified()).isFalse();
        assertThat(e.rates(Architecture.ARM64).provisionedConcurrency().orElseThrow().verified()).isFalse();
        assertThat(e.rates(Architecture.ARM64).provisionedDuration().orElseThrow().verified()).isFalse();
        assertThat(tiers(e, Architecture.X86_64)).allMatch(t -> t.rate().verified());
        assertThat(e.requests().verified()).isTrue();
        for (String region : OTHER_REGIONS) {
            for (PriceEdition regional : catalog.editions()) {
                if (regional.region().equals(region)) {
                    assertThat(regional.requests().verified()).as(regional.id()).isFalse();
                    assertThat(regional.rates(Architecture.X86_64).duration().tiers())
                            .noneMatch(t -> t.rate().verified());
                }
            }
        }
    }

    @Test
    void everyRateNamesAnHttpsSource() {
        for (PriceEdition e : catalog.editions()) {
            Stream<Rate> rates = Stream.of(Stream.of(e.requests()),
                    e.architectures().values().stream().flatMap(a -> Stream.concat(
                            a.duration().tiers().stream().map(Tier::rate),
                            Stream.of(a.provisionedConcurrency(), a.provisionedDuration()).flatMap(Optional::stream))),
                    Stream.of(e.ephemeralStorage(), e.snapStartCache(), e.snapStartRestore())
                            .flatMap(Optional::stream)).flatMap(s -> s);
            assertThat(rates).as(e.id()).allSatisfy(r -> assertThat(r.source().getScheme()).isEqualTo("https"));
            assertThat(e.rules().source().getScheme()).isEqualTo("https");
            assertThat(e.notes()).as(e.id()).isNotBlank();
        }
    }
}
