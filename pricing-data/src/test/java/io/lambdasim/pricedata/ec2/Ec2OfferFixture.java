package io.lambdasim.pricedata.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A hand-written AmazonEC2 offer file of eu-west-1 in the structure AWS documents and publishes (products, then
 * terms.OnDemand and terms.Reserved), as JSON text laid out as AWS lays it out. Kept by the importer: m5.large,
 * t4g.micro and m7g.xlarge (Linux, shared, NA, Used, no license); left out: the same m5.large under Windows, dedicated
 * tenancy, RHEL, a capacity reservation and SQL Server, and an EBS volume. The m7g.xlarge dimension spells its range
 * startingRange/endingRange (as the docs do), the others beginRange/endRange (as real files do). The prices are
 * fixture data.
 *
 * <p>Products and terms repeat AWS's boilerplate, so they are written by the small builders below: each product says
 * only how it differs from an m5.large under Linux, each term only its SKU, code, date and prices.
 */
final class Ec2OfferFixture {

    /** The attributes AWS lists for an m5.large under Linux on shared tenancy, in AWS's order. */
    private static final Map<String, String> M5_LARGE_LINUX = attributes(
            "servicecode", "AmazonEC2",
            "location", "EU (Ireland)",
            "locationType", "AWS Region",
            "instanceType", "m5.large",
            "currentGeneration", "Yes",
            "instanceFamily", "General purpose",
            "vcpu", "2",
            "physicalProcessor", "Intel Xeon Platinum 8175",
            "memory", "8 GiB",
            "storage", "EBS only",
            "networkPerformance", "Up to 10 Gigabit",
            "processorArchitecture", "64-bit",
            "tenancy", "Shared",
            "operatingSystem", "Linux",
            "licenseModel", "No License required",
            "usagetype", "EU-BoxUsage:m5.large",
            "operation", "RunInstances",
            "capacitystatus", "Used",
            "regionCode", "eu-west-1",
            "servicename", "Amazon Elastic Compute Cloud",
            "preInstalledSw", "NA",
            "marketoption", "OnDemand");

    private static final String GP3_VOLUME = product("EBSGP3VOLUME0001", "Storage", attributes(
            "servicecode", "AmazonEC2",
            "location", "EU (Ireland)",
            "locationType", "AWS Region",
            "storageMedia", "SSD-backed",
            "volumeType", "General Purpose",
            "usagetype", "EU-EBS:VolumeUsage.gp3",
            "operation", "",
            "regionCode", "eu-west-1",
            "servicename", "Amazon Elastic Compute Cloud",
            "volumeApiName", "gp3"));

    private static final String PRODUCTS = list(
            computeInstance("LINUXM5LARGE0001"),
            computeInstance("WINDOWSM5LARGE01", "operatingSystem", "Windows", "operation", "RunInstances:0002"),
            computeInstance("DEDICATEDM5LARG1", "tenancy", "Dedicated", "usagetype", "EU-DedicatedUsage:m5.large"),
            computeInstance("RHELM5LARGE00001", "operatingSystem", "RHEL", "operation", "RunInstances:0010"),
            computeInstance("CAPRESM5LARGE001", "usagetype", "EU-Reservation:m5.large",
                    "capacitystatus", "AllocatedCapacityReservation"),
            computeInstance("SQLSTDM5LARGE001", "operation", "RunInstances:0004", "preInstalledSw", "SQL Std"),
            computeInstance("LINUXT4GMICRO001", "instanceType", "t4g.micro",
                    "physicalProcessor", "AWS Graviton2 Processor", "memory", "1 GiB",
                    "usagetype", "EU-BoxUsage:t4g.micro"),
            computeInstance("LINUXM7GXLARGE01", "instanceType", "m7g.xlarge", "vcpu", "4",
                    "physicalProcessor", "AWS Graviton3 Processor", "memory", "16 GiB",
                    "usagetype", "EU-BoxUsage:m7g.xlarge"),
            GP3_VOLUME);

    private static final String ON_DEMAND = list(
            onDemand("LINUXM5LARGE0001", "2026-10-01T00:00:00Z", "0.1070000000", "Hrs"),
            onDemand("WINDOWSM5LARGE01", "2026-10-01T00:00:00Z", "0.1990000000", "Hrs"),
            onDemand("DEDICATEDM5LARG1", "2026-10-01T00:00:00Z", "0.1180000000", "Hrs"),
            onDemand("RHELM5LARGE00001", "2026-10-01T00:00:00Z", "0.1647000000", "Hrs"),
            onDemand("CAPRESM5LARGE001", "2026-10-01T00:00:00Z", "0.1070000000", "Hrs"),
            onDemand("SQLSTDM5LARGE001", "2026-10-01T00:00:00Z", "0.5870000000", "Hrs"),
            onDemand("LINUXT4GMICRO001", "2026-09-01T00:00:00Z", "0.0092000000", "Hrs"),
            onDemand("LINUXM7GXLARGE01", "2026-11-01T00:00:00Z", "0.1819000000", "Hrs")
                    .replace("\"beginRange\"", "\"startingRange\"").replace("\"endRange\"", "\"endingRange\""),
            onDemand("EBSGP3VOLUME0001", "2026-10-01T00:00:00Z", "0.0880000000", "GB-Mo"));

    private static final String RESERVED = list(
            skuTerms("LINUXM5LARGE0001",
                    reserved("LINUXM5LARGE0001", "4NA7Y494T4", "0.0670000000", "1yr", "standard", "No Upfront"),
                    reserved("LINUXM5LARGE0001", "HU7G6KETJZ", "0.0320000000", "1yr", "standard", "Partial Upfront",
                            dimension("LINUXM5LARGE0001.HU7G6KETJZ.2TG2D8R56U", "Upfront Fee", "Quantity", "282")),
                    reserved("LINUXM5LARGE0001", "7NE97W5U4E", "0.0790000000", "1yr", "convertible", "No Upfront"),
                    reserved("LINUXM5LARGE0001", "BPH4J8HBKS", "0.0460000000", "3yr", "standard", "No Upfront")),
            skuTerms("WINDOWSM5LARGE01",
                    reserved("WINDOWSM5LARGE01", "4NA7Y494T4", "0.1590000000", "1yr", "standard", "No Upfront")));

    static final String EU_WEST_1 = """
            {
              "formatVersion": "v1.0",
              "disclaimer": "This pricing list is for informational purposes only.",
              "offerCode": "AmazonEC2",
              "version": "20261120182000",
              "publicationDate": "2026-11-20T18:20:00Z",
              "products": {
            %s
              },
              "terms": {
                "OnDemand": {
            %s
                },
                "Reserved": {
            %s
                }
              },
              "attributesList": {}
            }
            """.formatted(indent(PRODUCTS, 4), indent(ON_DEMAND, 6), indent(RESERVED, 6));

    private Ec2OfferFixture() {
    }

    /** The fixture with {@code from} replaced by {@code to}, failing if {@code from} is not in it. */
    static String with(String from, String to) {
        assertThat(EU_WEST_1).contains(from);
        return EU_WEST_1.replace(from, to);
    }

    /** A Compute Instance product: an m5.large under Linux on shared tenancy but for {@code changes} (name, value). */
    private static String computeInstance(String sku, String... changes) {
        Map<String, String> attributes = new LinkedHashMap<>(M5_LARGE_LINUX);
        attributes.putAll(attributes(changes));
        return product(sku, "Compute Instance", attributes);
    }

    private static String product(String sku, String family, Map<String, String> attributes) {
        return """
                "%s": {
                  "sku": "%s",
                  "productFamily": "%s",
                  "attributes": {
                %s
                  }
                }""".formatted(sku, sku, family, indent(list(attributes.entrySet().stream()
                .map(a -> "\"" + a.getKey() + "\": \"" + a.getValue() + "\"")), 4));
    }

    /** The on-demand term of {@code sku}: one price per {@code unit} over the whole range. */
    private static String onDemand(String sku, String effectiveDate, String usd, String unit) {
        String term = sku + ".JRTCKXETXF";
        return skuTerms(sku, term(sku, "JRTCKXETXF", effectiveDate, "{}",
                dimension(term + ".6YS6EN2CT7", "$" + usd + " per On Demand hour", unit, usd)));
    }

    /** A reserved term of {@code sku}: its hourly price, and any further dimensions (an upfront fee). */
    private static String reserved(String sku, String code, String hourlyUsd, String lease, String offeringClass,
                                   String purchaseOption, String... moreDimensions) {
        String attributes = """
                {
                  "LeaseContractLength": "%s",
                  "OfferingClass": "%s",
                  "PurchaseOption": "%s"
                }""".formatted(lease, offeringClass, purchaseOption);
        String hourly = dimension(sku + "." + code + ".6YS6EN2CT7",
                "Linux/UNIX (Amazon VPC), m5.large reserved instance applied", "Hrs", hourlyUsd);
        return term(sku, code, "2026-10-01T00:00:00Z", attributes,
                Stream.concat(Stream.of(hourly), Stream.of(moreDimensions)).toArray(String[]::new));
    }

    /** The terms of one SKU, each already written. */
    private static String skuTerms(String sku, String... terms) {
        return """
                "%s": {
                %s
                }""".formatted(sku, indent(list(terms), 2));
    }

    private static String term(String sku, String code, String effectiveDate, String termAttributes,
                               String... dimensions) {
        return """
                "%s.%s": {
                  "offerTermCode": "%s",
                  "sku": "%s",
                  "effectiveDate": "%s",
                  "priceDimensions": {
                %s
                  },
                  "termAttributes": %s
                }""".formatted(sku, code, code, sku, effectiveDate, indent(list(dimensions), 4),
                indent(termAttributes, 2).strip());
    }

    private static String dimension(String rateCode, String description, String unit, String usd) {
        return """
                "%s": {
                  "rateCode": "%s",
                  "description": "%s",
                  "beginRange": "0",
                  "endRange": "Inf",
                  "unit": "%s",
                  "pricePerUnit": {
                    "USD": "%s"
                  },
                  "appliesTo": []
                }""".formatted(rateCode, rateCode, description, unit, usd);
    }

    private static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return attributes;
    }

    /** JSON members or values, one or more lines each, separated by commas. */
    private static String list(String... items) {
        return list(Stream.of(items));
    }

    private static String list(Stream<String> items) {
        return items.collect(Collectors.joining(",\n"));
    }

    /** {@code text} with every line moved right by {@code spaces}, without a final line break. */
    private static String indent(String text, int spaces) {
        String pad = " ".repeat(spaces);
        return List.of(text.split("\n", -1)).stream().map(line -> pad + line).collect(Collectors.joining("\n"));
    }
}
