package io.lambdasim.pricedata.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.PriceDataException;
import io.lambdasim.pricedata.Rate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ec2OfferFileImporterTest {

    private static final String OFFER_URL =
            "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/20261120182000/eu-west-1/index.json";

    @TempDir
    Path dir;

    private static Ec2PriceTable read(String json) {
        return read(json, Set.of());
    }

    private static Ec2PriceTable read(String json, Set<String> types) {
        return Ec2OfferFileImporter.read("AmazonEC2-eu-west-1.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), types);
    }

    private static BigDecimal usd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void keepsOnlyLinuxSharedTenancyInstancesWithoutSoftwareOrReservation() {
        Ec2PriceTable table = read(Ec2OfferFixture.EU_WEST_1);

        assertThat(table.typeNames()).containsExactly("m5.large", "t4g.micro", "m7g.xlarge");
        assertThat(table.region()).isEqualTo("eu-west-1");
    }

    @Test
    void readsTheLinuxOnDemandPriceNotTheWindowsOrDedicatedOne() {
        Ec2PriceTable table = read(Ec2OfferFixture.EU_WEST_1);

        assertThat(table.instances()).extracting(p -> p.type().name(), p -> p.onDemand().usdPerUnit())
                .containsExactly(tuple("m5.large", usd("0.107")), tuple("t4g.micro", usd("0.0092")),
                        tuple("m7g.xlarge", usd("0.1819")));
    }

    @Test
    void readsVcpusMemoryAndArchitectureFromTheAttributes() {
        Ec2PriceTable table = read(Ec2OfferFixture.EU_WEST_1);

        assertThat(table.instances()).extracting(InstancePrice::type).containsExactly(
                new InstanceType("m5.large", 2, usd("8"), Architecture.X86_64),
                new InstanceType("t4g.micro", 2, usd("1"), Architecture.ARM64),
                new InstanceType("m7g.xlarge", 4, usd("16"), Architecture.ARM64));
    }

    @Test
    void readsOnlyStandardNoUpfrontReservedPricesForOneAndThreeYears() {
        InstancePrice m5 = read(Ec2OfferFixture.EU_WEST_1).require("m5.large");

        assertThat(m5.reservedOneYear()).map(Rate::usdPerUnit).contains(usd("0.067"));
        assertThat(m5.reservedThreeYears()).map(Rate::usdPerUnit).contains(usd("0.046"));
    }

    @Test
    void typesWithoutReservedTermsHaveNoReservedPrice() {
        InstancePrice t4g = read(Ec2OfferFixture.EU_WEST_1).require("t4g.micro");

        assertThat(t4g.reservedOneYear()).isEmpty();
        assertThat(t4g.reservedThreeYears()).isEmpty();
    }

    @Test
    void acceptsBothRangeSpellings() {
        String documented = Ec2OfferFixture.EU_WEST_1.replace("\"beginRange\"", "\"startingRange\"")
                .replace("\"endRange\"", "\"endingRange\"");
        String real = Ec2OfferFixture.EU_WEST_1.replace("\"startingRange\"", "\"beginRange\"")
                .replace("\"endingRange\"", "\"endRange\"");
        assertThat(documented).doesNotContain("beginRange");
        assertThat(real).doesNotContain("startingRange");

        assertThat(read(documented).instances()).extracting(p -> p.onDemand().usdPerUnit())
                .containsExactly(usd("0.107"), usd("0.0092"), usd("0.1819"));
        assertThat(read(real).instances()).extracting(p -> p.onDemand().usdPerUnit())
                .containsExactly(usd("0.107"), usd("0.0092"), usd("0.1819"));
        assertThat(read(documented).require("m5.large").reservedThreeYears()).map(Rate::usdPerUnit)
                .contains(usd("0.046"));
    }

    @Test
    void rejectsAnOpenStartOfRange() {
        String json = Ec2OfferFixture.with("\"startingRange\": \"0\"", "\"startingRange\": \"1\"");

        assertThatThrownBy(() -> read(json)).isInstanceOf(PriceDataException.class)
                .hasMessageEndingWith("LINUXM7GXLARGE01.JRTCKXETXF.6YS6EN2CT7.startingRange: EC2 hourly prices are "
                        + "not tiered: expected the range to start at 0, found '1'");
    }

    @Test
    void importedRatesAreVerifiedPerHourAndCiteTheVersionedOfferFile() {
        Rate rate = read(Ec2OfferFixture.EU_WEST_1).require("m5.large").onDemand();

        assertThat(rate.verified()).isTrue();
        assertThat(rate.unit()).isEqualTo("hour");
        assertThat(rate.source()).hasToString(OFFER_URL);
    }

    @Test
    void takesEffectOnTheLatestOnDemandEffectiveDate() {
        assertThat(read(Ec2OfferFixture.EU_WEST_1).effectiveDate()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void effectiveDateIsTheUtcDateOfTheTermTimestamp() {
        String json = Ec2OfferFixture.with("\"effectiveDate\": \"2026-11-01T00:00:00Z\"",
                "\"effectiveDate\": \"2026-11-01T23:30:00-02:00\"");

        assertThat(read(json).effectiveDate()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void importsOnlyTheRequestedTypesAndNotesTheMissingOnes() {
        Ec2PriceTable table = read(Ec2OfferFixture.EU_WEST_1, Set.of("t4g.micro", "c7g.large"));

        assertThat(table.typeNames()).containsExactly("t4g.micro");
        assertThat(table.notes()).contains("Not in the file (or filtered out): c7g.large.");
    }

    @Test
    void termsBeforeProductsGiveTheSameTable() {
        String json = Ec2OfferFixture.EU_WEST_1;
        int products = json.indexOf("\"products\": {");
        int terms = json.indexOf("\"terms\": {");
        int attributesList = json.indexOf("\"attributesList\"");
        String productsBlock = json.substring(products, terms);
        String termsBlock = json.substring(terms, attributesList);
        String swapped = json.substring(0, products) + termsBlock + productsBlock + json.substring(attributesList);

        Ec2PriceTable table = read(swapped);

        assertThat(table.typeNames()).containsExactly("m5.large", "t4g.micro", "m7g.xlarge");
        assertThat(table.require("m5.large").reservedOneYear()).map(Rate::usdPerUnit).contains(usd("0.067"));
    }

    @Test
    void dropsTheTermsOfFilteredProductsAsTheyStreamPast() {
        Ec2OfferParser parser = new Ec2OfferParser("fixture")
                .parse(new ByteArrayInputStream(Ec2OfferFixture.EU_WEST_1.getBytes(StandardCharsets.UTF_8)));

        assertThat(parser.products.keySet()).containsExactly("LINUXM5LARGE0001", "LINUXT4GMICRO001",
                "LINUXM7GXLARGE01");
        assertThat(parser.onDemand.keySet()).containsExactlyInAnyOrder("LINUXM5LARGE0001", "LINUXT4GMICRO001",
                "LINUXM7GXLARGE01");
        assertThat(parser.reserved.keySet()).containsExactly("LINUXM5LARGE0001");
        assertThat(parser.productsDropped).isEqualTo(6);
    }

    @Test
    void readsAFileFromDisk() throws IOException {
        Path file = dir.resolve("index.json");
        Files.writeString(file, Ec2OfferFixture.EU_WEST_1);

        Ec2PriceTable table = Ec2OfferFileImporter.read(file);

        assertThat(table.sourceFile()).isEqualTo(file.toString());
        assertThat(table.instances()).hasSize(3);
        assertThat(table.savingsPlans()).isEmpty();
    }

    @Test
    void rejectsAnotherServicesOfferFile() {
        assertThatThrownBy(() -> read(Ec2OfferFixture.with("\"offerCode\": \"AmazonEC2\"",
                "\"offerCode\": \"AWSLambda\"")))
                .isInstanceOf(PriceDataException.class)
                .hasMessage("AmazonEC2-eu-west-1.json: offerCode: expected AmazonEC2, found 'AWSLambda' (this importer "
                        + "reads EC2 offer files)");
    }

    @Test
    void rejectsAKeptProductWithoutOnDemandTerm() {
        String json = Ec2OfferFixture.EU_WEST_1.replaceFirst(
                "\"LINUXT4GMICRO001\": \\{(\\s*)\"LINUXT4GMICRO001.JRTCKXETXF\"",
                "\"OTHERSKU00000001\": {$1\"LINUXT4GMICRO001.JRTCKXETXF\"");
        assertThat(json).contains("OTHERSKU00000001");

        assertThatThrownBy(() -> read(json)).isInstanceOf(PriceDataException.class)
                .hasMessage("AmazonEC2-eu-west-1.json: terms.OnDemand: no on-demand price for SKU LINUXT4GMICRO001 "
                        + "(t4g.micro)");
    }

    @Test
    void rejectsAMalformedPriceNamingItsPath() {
        String json = Ec2OfferFixture.with("\"USD\": \"0.0092000000\"", "\"USD\": \"0.00g2\"");

        assertThatThrownBy(() -> read(json)).isInstanceOf(PriceDataException.class)
                .hasMessage("AmazonEC2-eu-west-1.json: terms.OnDemand.LINUXT4GMICRO001.LINUXT4GMICRO001.JRTCKXETXF"
                        + ".priceDimensions.LINUXT4GMICRO001.JRTCKXETXF.6YS6EN2CT7.pricePerUnit.USD: not a decimal "
                        + "number: '0.00g2'");
    }

    @Test
    void rejectsATieredHourlyPrice() {
        String json = Ec2OfferFixture.with("\"endingRange\": \"Inf\"", "\"endingRange\": \"744\"");

        assertThatThrownBy(() -> read(json)).isInstanceOf(PriceDataException.class)
                .hasMessageEndingWith("LINUXM7GXLARGE01.JRTCKXETXF.6YS6EN2CT7.endingRange: EC2 hourly prices are not "
                        + "tiered: expected the range to end at \"Inf\", found '744'");
    }

    @Test
    void rejectsAnUpfrontFeeInANoUpfrontTerm() {
        String json = Ec2OfferFixture.with("\"PurchaseOption\": \"Partial Upfront\"",
                "\"PurchaseOption\": \"No Upfront\"");

        assertThatThrownBy(() -> read(json)).isInstanceOf(PriceDataException.class)
                .hasMessageContaining("LINUXM5LARGE0001.HU7G6KETJZ.2TG2D8R56U.unit: unit 'Quantity' with price 282 is "
                        + "not an hourly price");
    }

    @Test
    void rejectsMalformedMemory() {
        String json = Ec2OfferFixture.with("\"memory\": \"1 GiB\"", "\"memory\": \"1 GB\"");

        assertThatThrownBy(() -> read(json)).isInstanceOf(PriceDataException.class)
                .hasMessage("AmazonEC2-eu-west-1.json: products.LINUXT4GMICRO001.attributes.memory: expected memory "
                        + "such as \"8 GiB\", found '1 GB'");
    }

    @Test
    void rejectsProductsOfTwoRegions() {
        String json = Ec2OfferFixture.EU_WEST_1.replaceFirst("(\"instanceType\": \"t4g.micro\"(?s:.*?)\"regionCode\": )"
                + "\"eu-west-1\"", "$1\"eu-central-1\"");
        assertThat(json).contains("eu-central-1");

        assertThatThrownBy(() -> read(json)).isInstanceOf(PriceDataException.class)
                .hasMessage("AmazonEC2-eu-west-1.json: products.LINUXT4GMICRO001.attributes: products of two regions "
                        + "in one file: LINUXM5LARGE0001 is in eu-west-1, LINUXT4GMICRO001 in eu-central-1 (import one "
                        + "region's file)");
    }

    @Test
    void rejectsOneTypePricedTwiceDifferently() {
        String twice = Ec2OfferFixture.with("\"capacitystatus\": \"AllocatedCapacityReservation\"",
                "\"capacitystatus\": \"Used\"").replaceFirst(
                "(\"CAPRESM5LARGE001.JRTCKXETXF.6YS6EN2CT7\"(?s:.*?)\"USD\": )\"0.1070000000\"",
                "$1\"0.1110000000\"");
        assertThat(twice).contains("0.1110000000");

        assertThatThrownBy(() -> read(twice)).isInstanceOf(PriceDataException.class)
                .hasMessage("AmazonEC2-eu-west-1.json: products.CAPRESM5LARGE001: m5.large is priced twice, "
                        + "differently: SKU LINUXM5LARGE0001 and SKU CAPRESM5LARGE001");
    }

    @Test
    void rejectsAFileWhereNoProductPassesTheFilter() {
        String json = Ec2OfferFixture.EU_WEST_1.replace("\"operatingSystem\": \"Linux\"",
                "\"operatingSystem\": \"SUSE\"");

        assertThatThrownBy(() -> read(json)).isInstanceOf(PriceDataException.class)
                .hasMessageStartingWith("AmazonEC2-eu-west-1.json: products: no product passes the filter");
    }

    @Test
    void rejectsMalformedJsonWithLineAndColumn() {
        String json = "{\n  \"offerCode\": \"AmazonEC2\",\n  \"products\": {\n    \"A\" {}\n  }\n}\n";

        assertThatThrownBy(() -> read(json)).isInstanceOf(PriceDataException.class)
                .hasMessageStartingWith("AmazonEC2-eu-west-1.json: line 4, column 9: malformed JSON:");
    }

    @Test
    void rejectsAMissingFileNamingIt() {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> Ec2OfferFileImporter.read(missing)).isInstanceOf(PriceDataException.class)
                .hasMessageStartingWith(missing + ": (file): cannot read");
    }

    @Test
    void importedTableAnswersPlanPrices() {
        Ec2PriceTable table = read(Ec2OfferFixture.EU_WEST_1);

        assertThat(table.hourlyPrice("m5.large", PricingPlan.reserved(ReservationTerm.ONE_YEAR)).usdPerHour())
                .isEqualByComparingTo("0.067");
        assertThat(table.hourlyPrice("m5.large", PricingPlan.onDemand()).verified()).isTrue();
        assertThat(table.require("m5.large").reserved(ReservationTerm.THREE_YEARS)).map(Rate::verified)
                .isEqualTo(Optional.of(true));
    }
}
