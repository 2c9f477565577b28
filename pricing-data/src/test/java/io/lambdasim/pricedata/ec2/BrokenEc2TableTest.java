package io.lambdasim.pricedata.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.pricedata.MutableJson;
import io.lambdasim.pricedata.PriceDataException;
import io.lambdasim.pricedata.PriceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each way an EC2 price table can be wrong is rejected with the file, the field path and the reason. */
class BrokenEc2TableTest {

    private static final String FILE = "tables/us-east-1/2026-01-19.json";

    @TempDir
    Path dir;

    /** The bundled us-east-1 table as a mutable tree. */
    static ObjectNode validTable() {
        return MutableJson.resource(Ec2PriceLoader.class, FILE);
    }

    private static ObjectNode instance(ObjectNode root, int i) {
        return (ObjectNode) root.get("instances").get(i);
    }

    private static ObjectNode onDemand(ObjectNode root, int i) {
        return (ObjectNode) instance(root, i).get("on_demand");
    }

    private static Arguments broken(String what, Consumer<ObjectNode> mutation, String field, String reason) {
        return arguments(what, mutation, field, reason);
    }

    static Stream<Arguments> brokenTables() {
        return Stream.of(
                broken("newer format", t -> t.put("format", "lambdasim-ec2-prices/2"), "format",
                        "unsupported format version 'lambdasim-ec2-prices/2'"),
                broken("unknown top-level field", t -> t.put("savings_plan", "0.5"), "savings_plan", "unknown field"),
                broken("another service", t -> t.put("service", "AWSLambda"), "service", "expected AmazonEC2"),
                broken("unknown region", t -> t.put("region", "eu-west-9"), "region", "unknown region 'eu-west-9'"),
                broken("malformed date", t -> t.put("effective_date", "2026-02-30"), "effective_date",
                        "malformed date '2026-02-30'"),
                broken("other currency", t -> t.put("currency", "EUR"), "currency", "only USD is supported"),
                broken("no instances", t -> t.putArray("instances"), "instances", "no instance type is priced"),
                broken("instance not an object", t -> ((ArrayNode) t.get("instances")).insert(0, "t3.micro"),
                        "instances[0]", "expected an object"),
                broken("type twice", t -> instance(t, 1).put("type", "t3.micro"), "instances[1].type",
                        "'t3.micro' is priced twice (also at instances[0])"),
                broken("malformed type name", t -> instance(t, 0).put("type", "T3 Micro"), "instances[0].type",
                        "not an instance type name: 'T3 Micro'"),
                broken("zero vCPUs", t -> instance(t, 0).put("vcpus", 0), "instances[0].vcpus",
                        "expected a positive whole number, found 0"),
                broken("fractional vCPUs", t -> instance(t, 0).put("vcpus", 1.5), "instances[0].vcpus",
                        "expected a whole number"),
                broken("memory as number", t -> instance(t, 0).put("memory_gib", 1), "instances[0].memory_gib",
                        "must be a JSON string"),
                broken("zero memory", t -> instance(t, 0).put("memory_gib", "0"), "instances[0].memory_gib",
                        "must be greater than zero"),
                broken("unknown architecture", t -> instance(t, 0).put("architecture", "amd64"),
                        "instances[0].architecture", "unknown architecture 'amd64' (expected x86_64 or arm64)"),
                broken("misspelt reserved field", t -> instance(t, 0).set("reserved_1yr", onDemand(t, 0).deepCopy()),
                        "instances[0].reserved_1yr", "unknown field"),
                broken("missing on-demand", t -> instance(t, 0).remove("on_demand"), "instances[0].on_demand",
                        "missing"),
                broken("price as JSON number", t -> onDemand(t, 0).put("usd", 0.0104), "instances[0].on_demand.usd",
                        "must be a JSON string"),
                broken("negative price", t -> onDemand(t, 0).put("usd", "-0.0104"), "instances[0].on_demand.usd",
                        "negative value -0.0104"),
                broken("price in exponent form", t -> onDemand(t, 0).put("usd", "1.04E-2"),
                        "instances[0].on_demand.usd", "not a decimal number"),
                broken("monthly unit", t -> onDemand(t, 0).put("unit", "month"), "instances[0].on_demand.unit",
                        "expected unit 'hour', found 'month'"),
                broken("relative source", t -> onDemand(t, 0).put("source", "PRICING.md"),
                        "instances[0].on_demand.source", "expected an absolute URL"),
                broken("missing verified flag", t -> onDemand(t, 0).remove("verified"),
                        "instances[0].on_demand.verified", "missing"),
                broken("unknown field in a rate", t -> onDemand(t, 0).put("currency", "USD"),
                        "instances[0].on_demand.currency", "unknown field"),
                broken("savings plan discount of 1", t -> ((ObjectNode) t.get("savings_plans").get("compute"))
                        .put("up_to", "1"), "savings_plans.compute.up_to", "a fraction must be below 1"),
                broken("unknown savings plan", t -> ((ObjectNode) t.get("savings_plans"))
                        .set("sagemaker", t.get("savings_plans").get("compute").deepCopy()),
                        "savings_plans.sagemaker", "unknown Savings Plan"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTables")
    void rejectsBrokenTableWithFileAndField(String what, Consumer<ObjectNode> mutation, String field, String reason) {
        ObjectNode table = validTable();
        mutation.accept(table);

        assertThatThrownBy(() -> Ec2PriceLoader.parse(FILE, table.toString()))
                .isInstanceOf(PriceDataException.class)
                .hasMessageStartingWith(FILE + ": " + field + ": ")
                .hasMessageContaining(reason)
                .satisfies(e -> {
                    assertThat(((PriceDataException) e).file()).isEqualTo(FILE);
                    assertThat(((PriceDataException) e).field()).isEqualTo(field);
                });
    }

    @Test
    void theUnmutatedTableIsValid() {
        assertThat(Ec2PriceLoader.parse(FILE, validTable().toString()).id()).isEqualTo("us-east-1/2026-01-19");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> Ec2PriceLoader.parse("broken.json", "{\n  \"format\": \"x\"\n  \"region\": 1\n}"))
                .isInstanceOf(PriceDataException.class)
                .hasMessageStartingWith("broken.json: line 3, column 3: malformed JSON:");
    }

    @Test
    void duplicateKeysAreMalformed() {
        assertThatThrownBy(() -> Ec2PriceLoader.parse("twice.json", "{\"format\": \"a\", \"format\": \"b\"}"))
                .isInstanceOf(PriceDataException.class)
                .hasMessageContaining("twice.json: line 1").hasMessageContaining("Duplicate field 'format'");
    }

    @Test
    void anEmptyFileIsRejected() {
        assertThatThrownBy(() -> Ec2PriceLoader.parse("empty.json", ""))
                .isInstanceOf(PriceDataException.class).hasMessage("empty.json: (file): empty file: expected a JSON "
                        + "object");
    }

    @Test
    void aFileUnderAnotherRegionsFolderIsRejectedByLoadDirectory() throws IOException {
        Path file = dir.resolve("eu-west-1/2026-01-19.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, validTable().toString());

        assertThatThrownBy(() -> Ec2PriceLoader.loadDirectory(dir))
                .isInstanceOf(PriceDataException.class)
                .hasMessage(file + ": region: 'us-east-1' does not match the file name, which says eu-west-1 (this "
                        + "content belongs in us-east-1/2026-01-19.json)");
    }

    @Test
    void aFileNamedForAnotherDateIsRejectedByLoadDirectory() throws IOException {
        Path file = dir.resolve("us-east-1/2026-02-01.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, validTable().toString());

        assertThatThrownBy(() -> Ec2PriceLoader.loadDirectory(dir))
                .isInstanceOf(PriceDataException.class)
                .hasMessageStartingWith(file + ": effective_date: '2026-01-19' does not match the file name, which "
                        + "says 2026-02-01");
    }

    @Test
    void freelyNamedFilesLoadFromADirectory() throws IOException {
        Path file = dir.resolve("drafts/my-prices.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, validTable().toString());

        assertThat(Ec2PriceLoader.loadDirectory(dir).regions()).containsExactly("us-east-1");
    }

    @Test
    void twoTablesOfOneRegionAndDateClash() throws IOException {
        Files.writeString(dir.resolve("a.json"), validTable().toString());
        Files.writeString(dir.resolve("b.json"), validTable().toString());

        assertThatThrownBy(() -> Ec2PriceLoader.loadDirectory(dir))
                .isInstanceOf(PriceDataException.class)
                .hasMessageContaining("b.json: effective_date: two EC2 price tables of us-east-1 take effect on "
                        + "2026-01-19");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> Ec2PriceLoader.load(missing)).isInstanceOf(PriceDataException.class)
                .hasMessageStartingWith(missing + ": (file): cannot read");
    }

    @Test
    void aTableNamedForTheWrongRegionIsCaughtByThePathCheck() {
        assertThatThrownBy(() -> PriceFiles.checkPath("tables/eu-west-1/2026-01-19.json", "us-east-1/2026-01-19"))
                .isInstanceOf(PriceDataException.class)
                .hasMessageStartingWith("tables/eu-west-1/2026-01-19.json: region: 'us-east-1' does not match");
    }
}
