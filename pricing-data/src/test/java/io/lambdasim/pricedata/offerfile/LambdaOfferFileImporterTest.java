package io.lambdasim.pricedata.offerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.InitBilling;
import io.lambdasim.pricedata.PriceCatalog;
import io.lambdasim.pricedata.PriceDataException;
import io.lambdasim.pricedata.PriceEdition;
import io.lambdasim.pricedata.PriceEditionLoader;
import io.lambdasim.pricedata.PriceEditionWriter;
import io.lambdasim.pricedata.Rate;
import io.lambdasim.pricedata.Tier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LambdaOfferFileImporterTest {

    private static final PriceCatalog BUNDLED = PriceEditionLoader.loadBundled();

    @TempDir
    Path dir;

    private static Path fixture(String name) {
        try {
            return Path.of(LambdaOfferFileImporterTest.class.getResource("/offerfiles/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fixtureText(String name) {
        try (InputStream in = LambdaOfferFileImporterTest.class.getResourceAsStream("/offerfiles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LambdaOfferFile read(String sourceName, String json) {
        return LambdaOfferFileImporter.read(sourceName, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** The us-east-1 fixture with {@code from} replaced by {@code to}, failing if {@code from} is not in it. */
    private static String usEast1With(String from, String to) {
        String text = fixtureText("AWSLambda-us-east-1.json");
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    /** The us-east-1 fixture with the first match of {@code regex} replaced, failing if there is none. */
    private static String usEast1WithRegex(String regex, String replacement) {
        String text = fixtureText("AWSLambda-us-east-1.json");
        assertThat(Pattern.compile(regex).matcher(text).find()).as(regex).isTrue();
        return text.replaceFirst(regex, replacement);
    }

    private static BigDecimal usd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void readsEveryUsEast1RateIncludingTiers() {
        LambdaOfferFile offer = LambdaOfferFileImporter.read(fixture("AWSLambda-us-east-1.json"));

        assertThat(offer.region()).isEqualTo("us-east-1");
        assertThat(offer.offerVersion()).isEqualTo("20250801120000");
        assertThat(offer.publicationDate()).contains(LocalDate.of(2025, 8, 1));
        assertThat(offer.effectiveDate()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(offer.requests().usdPerUnit()).isEqualByComparingTo("0.0000002");
        assertThat(offer.requests().unit()).isEqualTo("request");
        assertThat(offer.architectures().get(Architecture.X86_64).duration().tiers())
                .extracting(Tier::from, Tier::to, t -> t.rate().usdPerUnit())
                .containsExactly(tuple(0L, OptionalLong.of(6_000_000_000L), usd("0.0000166667")),
                        tuple(6_000_000_000L, OptionalLong.of(15_000_000_000L), usd("0.000015")),
                        tuple(15_000_000_000L, OptionalLong.empty(), usd("0.0000133334")));
        assertThat(offer.architectures().get(Architecture.ARM64).duration().tiers())
                .extracting(Tier::from, t -> t.rate().usdPerUnit())
                .containsExactly(tuple(0L, usd("0.0000133334")), tuple(7_500_000_000L, usd("0.0000120001")),
                        tuple(18_750_000_000L, usd("0.0000106667")));
        assertThat(offer.architectures().get(Architecture.ARM64).provisionedConcurrency().orElseThrow().usdPerUnit())
                .isEqualByComparingTo("0.0000033334");
        assertThat(offer.architectures().get(Architecture.X86_64).provisionedDuration().orElseThrow().usdPerUnit())
                .isEqualByComparingTo("0.0000097222");
        assertThat(offer.ephemeralStorage().orElseThrow().usdPerUnit()).isEqualByComparingTo("0.0000000309");
        assertThat(offer.snapStartCache().orElseThrow().usdPerUnit()).isEqualByComparingTo("0.0000015046");
        assertThat(offer.snapStartRestore().orElseThrow()).extracting(Rate::usdPerUnit, Rate::unit)
                .containsExactly(usd("0.0001397998"), "GB");
        assertThat(offer.remarks()).isEmpty();
    }

    @Test
    void importedRatesAreVerifiedAndCiteTheVersionedOfferFile() {
        LambdaOfferFile offer = LambdaOfferFileImporter.read(fixture("AWSLambda-us-east-1.json"));

        assertThat(offer.requests().verified()).isTrue();
        assertThat(offer.requests().source()).hasToString(
                "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AWSLambda/20250801120000/us-east-1/index.json");
    }

    @Test
    void importedUsEast1EditionMatchesTheBundledOneAndTakesRulesFromIt() {
        PriceEdition imported = LambdaOfferFileImporter.importFile(fixture("AWSLambda-us-east-1.json"), BUNDLED);
        PriceEdition bundled = BUNDLED.editionById("us-east-1/2025-08-01");

        assertThat(imported.id()).isEqualTo("us-east-1/2025-08-01");
        assertThat(imported.rules()).isEqualTo(bundled.rules());
        assertThat(imported.freeTier()).isEqualTo(bundled.freeTier());
        assertThat(imported.memory()).isEqualTo(bundled.memory());
        assertThat(imported.notes()).contains("copied from edition us-east-1/2025-08-01")
                .contains("offer version 20250801120000");
        for (Architecture arch : Architecture.values()) {
            assertThat(imported.rates(arch).duration().tiers()).extracting(t -> t.rate().usdPerUnit(), Tier::to)
                    .isEqualTo(bundled.rates(arch).duration().tiers().stream()
                            .map(t -> tuple(t.rate().usdPerUnit(), t.to())).toList());
        }
        assertThat(imported.snapStartRestore().orElseThrow().usdPerUnit())
                .isEqualTo(bundled.snapStartRestore().orElseThrow().usdPerUnit());
    }

    @Test
    void regionPrefixesOtherRangeSpellingsAndTermsBeforeProductsAreRead() {
        PriceEdition imported = LambdaOfferFileImporter.importFile(fixture("AWSLambda-eu-west-1.json"), BUNDLED);

        assertThat(imported.region()).isEqualTo("eu-west-1");
        assertThat(imported.effectiveDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(imported.rules().initBilling()).isEqualTo(InitBilling.CUSTOM_RUNTIME_AND_CONTAINER_IMAGE_ONLY);
        assertThat(imported.notes()).contains("eu-west-1/2022-08-01");
        assertThat(imported.rates(Architecture.X86_64).duration().tiers()).hasSize(3);
        assertThat(imported.rates(Architecture.X86_64).provisionedConcurrency().orElseThrow().usdPerUnit())
                .isEqualByComparingTo("0.000004646");
        assertThat(imported.rates(Architecture.ARM64).provisionedConcurrency()).isEmpty();
        assertThat(imported.ephemeralStorage().orElseThrow().usdPerUnit()).isEqualByComparingTo("0.000000034");
        assertThat(imported.snapStartCache()).isEmpty();
    }

    @Test
    void importedEditionIsWrittenAndReadBackUnchanged() {
        PriceEdition imported = LambdaOfferFileImporter.importFile(fixture("AWSLambda-eu-west-1.json"),
                BUNDLED.editionById("eu-west-1/2025-08-01"));

        Path file = PriceEditionWriter.writeInto(imported, dir);
        PriceCatalog reloaded = PriceEditionLoader.loadDirectory(dir);

        assertThat(file.toString()).endsWith("eu-west-1/2024-03-01.json");
        assertThat(reloaded.editionById("eu-west-1/2024-03-01").rates(Architecture.ARM64))
                .isEqualTo(imported.rates(Architecture.ARM64));
        assertThat(reloaded.editionById("eu-west-1/2024-03-01").rules().initBilling()).isEqualTo(InitBilling.ALWAYS);
    }

    @Test
    void baseEditionOfAnotherRegionIsRefused() {
        assertThatThrownBy(() -> LambdaOfferFileImporter.importFile(fixture("AWSLambda-eu-west-1.json"),
                BUNDLED.editionById("us-east-1/2025-08-01")))
                .isInstanceOf(PriceDataException.class)
                .hasMessageContaining("the offer file is for eu-west-1 but the base edition us-east-1/2025-08-01");
    }

    @Test
    void offerDatedBeforeEveryBundledEditionOfItsRegionNeedsAnExplicitBase() throws IOException {
        String json = fixtureText("AWSLambda-eu-west-1.json").replace("2024-03-01", "2021-03-01")
                .replace("2022-08-01", "2021-03-01");
        Path file = Files.writeString(dir.resolve("old.json"), json);

        assertThatThrownBy(() -> LambdaOfferFileImporter.importFile(file, BUNDLED))
                .isInstanceOf(PriceDataException.class)
                .hasMessageContaining("(base edition)").hasMessageContaining("pass a base edition explicitly");
    }

    @Test
    void armTwinPricedDifferentlyIsRemarkedOn() {
        String json = usEast1With("\"USD\": \"0.0000000309\"\n", "\"USD\": \"0.0000000310\"\n");
        // only the second occurrence (the -ARM storage row) should differ: restore the first
        json = json.replaceFirst("\"USD\": \"0.0000000310\"", "\"USD\": \"0.0000000309\"");

        LambdaOfferFile offer = read("twins.json", json);

        assertThat(offer.ephemeralStorage().orElseThrow().usdPerUnit()).isEqualByComparingTo("0.0000000309");
        assertThat(offer.remarks()).singleElement().asString()
                .contains("Lambda-Storage-GB-Second-ARM is priced 0.000000031");
    }

    @Test
    void missingDurationPriceIsRejected() {
        String json = usEast1With("\"usagetype\": \"Lambda-GB-Second\"", "\"usagetype\": \"Lambda-GB-Sekunde\"");

        assertThatThrownBy(() -> read("no-duration.json", json))
                .isInstanceOfSatisfying(PriceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("no-duration.json");
                    assertThat(e.field()).isEqualTo("products");
                    assertThat(e.getMessage()).contains("no Serverless product with usagetype Lambda-GB-Second");
                });
    }

    @Test
    void nonNumericPriceIsRejectedWithItsJsonPath() {
        String json = usEast1With("\"USD\": \"0.0000097222\"", "\"USD\": \"n/a\"");

        assertThatThrownBy(() -> read("bad-price.json", json))
                .isInstanceOfSatisfying(PriceDataException.class, e -> {
                    assertThat(e.field()).startsWith("terms.OnDemand.").contains(".JRTCKXETXF.priceDimensions.")
                            .endsWith(".pricePerUnit.USD");
                    assertThat(e.getMessage()).contains("not a decimal number: 'n/a'");
                });
    }

    @Test
    void negativePriceIsRejected() {
        String json = usEast1With("\"USD\": \"0.0000041667\"", "\"USD\": \"-0.0000041667\"");

        assertThatThrownBy(() -> read("negative.json", json)).isInstanceOf(PriceDataException.class)
                .hasMessageContaining("negative price -0.0000041667");
    }

    @Test
    void gapBetweenDurationTiersIsRejected() {
        String json = usEast1With("\"beginRange\": \"15000000000\"", "\"beginRange\": \"16000000000\"");

        assertThatThrownBy(() -> read("gap.json", json)).isInstanceOf(PriceDataException.class)
                .hasMessageContaining("gap in the tiers of Lambda-GB-Second: tier 2 ends at 15000000000, "
                        + "tier 3 starts at 16000000000");
    }

    @Test
    void closedLastTierIsRejected() {
        String json = usEast1WithRegex(
                "(Total Compute - US East \\(N\\. Virginia\\)-Tier-3\",\\s+\"beginRange\": \"15000000000\",\\s+"
                        + "\"endRange\": )\"Inf\"", "$1\"99000000000\"");

        assertThatThrownBy(() -> read("closed.json", json)).isInstanceOf(PriceDataException.class)
                .hasMessageContaining("the last tier of Lambda-GB-Second ends at 99000000000 instead of Inf");
    }

    @Test
    void fractionalRangeBoundIsRejected() {
        String json = usEast1With("\"endRange\": \"6000000000\"", "\"endRange\": \"6000000000.5\"");

        assertThatThrownBy(() -> read("fraction.json", json)).isInstanceOf(PriceDataException.class)
                .hasMessageContaining("endRange: expected a whole number or \"Inf\", found '6000000000.5'");
    }

    @Test
    void unitThatDoesNotFitTheUsageIsRejected() {
        String json = usEast1With("\"unit\": \"GB\"", "\"unit\": \"GB-Seconds\"");

        assertThatThrownBy(() -> read("unit.json", json)).isInstanceOf(PriceDataException.class)
                .hasMessageContaining("unit 'GB-Seconds' does not fit usagetype Lambda-SnapStart-Restored-GB");
    }

    @Test
    void usageTypeWithAnotherRegionsPrefixIsRejected() {
        String json = usEast1With("\"usagetype\": \"Lambda-Provisioned-Concurrency\"",
                "\"usagetype\": \"APS1-Lambda-Provisioned-Concurrency\"");

        assertThatThrownBy(() -> read("prefix.json", json))
                .isInstanceOfSatisfying(PriceDataException.class, e -> {
                    assertThat(e.field()).startsWith("products.").endsWith(".attributes.usagetype");
                    assertThat(e.getMessage()).contains("carries the prefix of ap-southeast-1")
                            .contains("the file is for us-east-1");
                });
    }

    @Test
    void productsOfTwoRegionsAreRejected() {
        String json = usEast1With("\"usagetype\": \"Request-ARM\",\n        \"operation\": \"\",\n"
                        + "        \"regionCode\": \"us-east-1\"",
                "\"usagetype\": \"Request-ARM\",\n        \"operation\": \"\",\n        \"regionCode\": \"us-west-2\"");

        assertThatThrownBy(() -> read("two-regions.json", json)).isInstanceOf(PriceDataException.class)
                .hasMessageContaining("products of two regions in one file");
    }

    @Test
    void conflictingDuplicatePricesAreRejected() {
        String json = usEast1With("\"usagetype\": \"Lambda-Edge-Request\"", "\"usagetype\": \"Request\"");

        assertThatThrownBy(() -> read("duplicate.json", json)).isInstanceOf(PriceDataException.class)
                .hasMessageContaining("usagetype Request is priced twice, differently");
    }

    @Test
    void productWithoutOnDemandTermIsRejected() {
        String json = usEast1WithRegex("(\"offerTermCode\": )\"JRTCKXETXF\"(,\\s+\"sku\": \"WK3DEGZDPCF54ERF\")",
                "$1\"4NA7Y494T4\"$2");

        assertThatThrownBy(() -> read("reserved-only.json", json))
                .isInstanceOfSatisfying(PriceDataException.class, e -> {
                    assertThat(e.field()).isEqualTo("terms.OnDemand.WK3DEGZDPCF54ERF");
                    assertThat(e.getMessage()).contains("no on-demand term JRTCKXETXF for SKU WK3DEGZDPCF54ERF");
                });
    }

    @Test
    void offerFileOfAnotherServiceIsRejected() {
        String json = usEast1With("\"offerCode\": \"AWSLambda\"", "\"offerCode\": \"AmazonEC2\"");

        assertThatThrownBy(() -> read("ec2.json", json)).isInstanceOf(PriceDataException.class)
                .hasMessage("ec2.json: offerCode: expected AWSLambda, found 'AmazonEC2' (this importer reads Lambda "
                        + "offer files)");
    }

    @Test
    void malformedJsonIsRejectedWithLineAndColumn() {
        String json = "{\n  \"formatVersion\": \"v1.0\",\n  \"offerCode\": \"AWSLambda\",\n  \"products\": {\n"
                + "    \"ABC\": {\"sku\": \"ABC\" \"productFamily\": \"Serverless\"}\n  }\n}\n";

        assertThatThrownBy(() -> read("broken.json", json))
                .isInstanceOfSatisfying(PriceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("broken.json");
                    assertThat(e.field()).isEqualTo("line 5, column 26");
                    assertThat(e.getMessage()).contains("malformed JSON");
                });
    }

    @Test
    void truncatedFileIsMalformed() {
        String text = fixtureText("AWSLambda-us-east-1.json");
        String json = text.substring(0, text.length() / 2);

        assertThatThrownBy(() -> read("truncated.json", json)).isInstanceOf(PriceDataException.class)
                .hasMessageContaining("truncated.json: line ").hasMessageContaining("malformed JSON");
    }

    @Test
    void fileWithoutLambdaProductsIsRejected() {
        String json = "{\"formatVersion\": \"v1.0\", \"offerCode\": \"AWSLambda\", \"version\": \"1\","
                + " \"products\": {}, \"terms\": {\"OnDemand\": {}}}";

        assertThatThrownBy(() -> read("empty.json", json)).isInstanceOf(PriceDataException.class)
                .hasMessageStartingWith("empty.json: products: no Lambda product priced here");
    }
}
