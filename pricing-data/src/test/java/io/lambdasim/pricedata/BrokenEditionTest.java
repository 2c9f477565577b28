package io.lambdasim.pricedata;

import static io.lambdasim.pricedata.MutableJson.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each way an edition file can be wrong is rejected with the file, the field path and the reason. */
class BrokenEditionTest {

    private static final String FILE = "editions/us-east-1/2025-08-01.json";

    /** The bundled us-east-1 2025-08-01 edition as a mutable tree. */
    static ObjectNode validEdition() {
        return MutableJson.resource(PriceEditionLoader.class, PriceEditionLoader.BUNDLED_FOLDER
                + "/us-east-1/2025-08-01.json");
    }

    private static ArrayNode x86Tiers(ObjectNode root) {
        return (ArrayNode) root.get("architectures").get("x86_64").get("duration");
    }

    private static Arguments broken(String what, Consumer<ObjectNode> mutation, String field, String reason) {
        return arguments(what, mutation, field, reason);
    }

    static Stream<Arguments> brokenEditions() {
        return Stream.of(
                broken("unknown region", e -> e.put("region", "us-east-9"), "region", "unknown region 'us-east-9'"),
                broken("missing effective date", e -> e.remove("effective_date"), "effective_date", "missing"),
                broken("effective date not a date", e -> e.put("effective_date", "2025-13-01"), "effective_date",
                        "malformed date '2025-13-01'"),
                broken("effective date in another format", e -> e.put("effective_date", "01/08/2025"),
                        "effective_date", "expected YYYY-MM-DD"),
                broken("missing price", e -> node(e, "requests").remove("usd"), "requests.usd", "missing price"),
                broken("negative price", e -> node(e, "architectures.x86_64.duration.0").put("usd", "-0.0000166667"),
                        "architectures.x86_64.duration[0].usd", "negative price -0.0000166667"),
                broken("non-numeric price", e -> node(e, "ephemeral_storage").put("usd", "0.00000003O9"),
                        "ephemeral_storage.usd", "not a decimal number"),
                broken("price in exponent form", e -> node(e, "requests").put("usd", "2E-7"), "requests.usd",
                        "not a decimal number"),
                broken("price as a JSON number", e -> node(e, "requests").put("usd", 0.0000002), "requests.usd",
                        "must be a JSON string"),
                broken("gap between tiers", e -> node(e, "architectures.x86_64.duration.1").put("from", 7000000000L),
                        "architectures.x86_64.duration[1].from", "gap after tier 1 (ends 6000000000)"),
                broken("overlapping tiers",
                        e -> node(e, "architectures.arm64.duration.2").put("from", 18000000000L),
                        "architectures.arm64.duration[2].from", "overlaps tier 2 (ends 18750000000)"),
                broken("tiers out of order", e -> {
                    ArrayNode t = x86Tiers(e);
                    JsonNode second = t.remove(1);
                    t.add(second);
                }, "architectures.x86_64.duration[1].from", "tiers out of order"),
                broken("tiers listed last to first", e -> {
                    ArrayNode t = x86Tiers(e);
                    t.insert(0, t.remove(2));
                }, "architectures.x86_64.duration[0].from", "the first tier must start at 0"),
                broken("last tier not open-ended",
                        e -> node(e, "architectures.x86_64.duration.2").put("to", 30000000000L),
                        "architectures.x86_64.duration[2].to", "last tier must be open-ended"),
                broken("open-ended tier before the last",
                        e -> node(e, "architectures.x86_64.duration.0").putNull("to"),
                        "architectures.x86_64.duration[0].to", "tier 1 is open-ended but tier 2 follows it"),
                broken("tier without its end", e -> node(e, "architectures.x86_64.duration.2").remove("to"),
                        "architectures.x86_64.duration[2].to", "missing (use null"),
                broken("tier ending before it starts",
                        e -> node(e, "architectures.x86_64.duration.1").put("to", 6000000000L),
                        "architectures.x86_64.duration[1].to", "not after its start"),
                broken("tier bound as a float",
                        e -> node(e, "architectures.x86_64.duration.1").put("from", 6.0e9),
                        "architectures.x86_64.duration[1].from", "expected a whole number"),
                broken("no tiers", e -> x86Tiers(e).removeAll(), "architectures.x86_64.duration", "no tiers"),
                broken("unknown architecture", e -> {
                    ObjectNode archs = node(e, "architectures");
                    archs.set("aarch64", archs.remove("arm64"));
                }, "architectures.aarch64", "unknown architecture 'aarch64'"),
                broken("no architecture", e -> node(e, "architectures").removeAll(), "architectures",
                        "no architecture is priced"),
                broken("provisioned concurrency without its duration rate",
                        e -> node(e, "architectures.x86_64").remove("provisioned_duration"),
                        "architectures.x86_64.provisioned_duration", "come together"),
                broken("unknown init billing", e -> node(e, "rules").put("init_billing", "sometimes"),
                        "rules.init_billing", "unknown init_billing 'sometimes'"),
                broken("unknown format version", e -> e.put("format", "lambdasim-price-edition/2"), "format",
                        "unsupported format version 'lambdasim-price-edition/2'"),
                broken("missing format", e -> e.remove("format"), "format", "missing"),
                broken("misspelt optional price", e -> e.set("snapstart_cahce", e.remove("snapstart_cache")),
                        "snapstart_cahce", "unknown field"),
                broken("unknown field in a rate", e -> node(e, "requests").put("per", "1M"), "requests.per",
                        "unknown field"),
                broken("wrong unit", e -> node(e, "requests").put("unit", "1M requests"), "requests.unit",
                        "expected unit 'request'"),
                broken("restore priced per GB-s", e -> node(e, "snapstart_restore").put("unit", "GB-s"),
                        "snapstart_restore.unit", "expected unit 'GB'"),
                broken("rate without verified flag", e -> node(e, "requests").remove("verified"),
                        "requests.verified", "missing"),
                broken("verified flag as a string", e -> node(e, "free_tier").put("verified", "yes"),
                        "free_tier.verified", "expected true or false"),
                broken("relative source", e -> node(e, "requests").put("source", "lambda/pricing"),
                        "requests.source", "expected an absolute URL"),
                broken("malformed source", e -> node(e, "rules").put("source", "https://aws.amazon.com/a b"),
                        "rules.source", "malformed URL"),
                broken("zero granularity", e -> node(e, "rules").put("duration_granularity_ms", 0),
                        "rules.duration_granularity_ms", "positive integer"),
                broken("memory maximum below minimum", e -> node(e, "memory_mb").put("max", 64), "memory_mb.max",
                        "below min"),
                broken("negative free requests", e -> node(e, "free_tier").put("requests", -1),
                        "free_tier.requests", "must not be negative"),
                broken("missing free tier", e -> e.remove("free_tier"), "free_tier", "missing"),
                broken("other currency", e -> e.put("currency", "EUR"), "currency", "only USD"),
                broken("other service", e -> e.put("service", "AmazonEC2"), "service", "expected AWSLambda"),
                broken("rules as a string", e -> e.put("rules", "always"), "rules", "expected an object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenEditions")
    void brokenEditionIsRejectedWithFileAndField(String what, Consumer<ObjectNode> mutation, String field,
                                                 String reason) {
        ObjectNode edition = validEdition();
        mutation.accept(edition);
        String json = edition.toPrettyString();

        assertThatThrownBy(() -> PriceEditionLoader.parse(FILE, json))
                .isInstanceOfSatisfying(PriceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo(FILE);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).startsWith(FILE + ": " + field + ": ").contains(reason);
                });
    }

    @Test
    void unmodifiedEditionParses() {
        PriceEdition e = PriceEditionLoader.parse(FILE, validEdition().toPrettyString());
        assertThat(e.id()).isEqualTo("us-east-1/2025-08-01");
        assertThat(e.sourceFile()).isEqualTo(FILE);
    }

    @Test
    void briefsExampleMessageIsProducedWordForWord() {
        ObjectNode edition = validEdition();
        node(edition, "architectures.x86_64.duration.1").put("from", 6500000000L);

        assertThatThrownBy(() -> PriceEditionLoader.parse(FILE, edition.toString())).hasMessage(
                "editions/us-east-1/2025-08-01.json: architectures.x86_64.duration[1].from: gap after tier 1 "
                        + "(ends 6000000000)");
    }

    @Test
    void malformedJsonIsRejectedWithLineAndColumn() {
        String json = "{\n  \"format\": \"lambdasim-price-edition/1\",\n  \"region\": \"us-east-1\"\n"
                + "  \"currency\": \"USD\"\n}\n";

        assertThatThrownBy(() -> PriceEditionLoader.parse("broken.json", json))
                .isInstanceOfSatisfying(PriceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("broken.json");
                    assertThat(e.field()).isEqualTo("line 4, column 3");
                    assertThat(e.getMessage()).contains("malformed JSON").contains("expecting comma");
                });
    }

    @Test
    void duplicateKeyIsMalformed() {
        String json = validEdition().toPrettyString().replaceFirst("\"currency\" : \"USD\",",
                "\"currency\" : \"USD\", \"currency\" : \"USD\",");

        assertThatThrownBy(() -> PriceEditionLoader.parse(FILE, json))
                .isInstanceOf(PriceDataException.class)
                .hasMessageContaining("Duplicate field 'currency'")
                .hasMessageStartingWith(FILE + ": line ");
    }

    @Test
    void contentAfterTheEditionIsMalformed() {
        String json = validEdition().toString() + " {}";

        assertThatThrownBy(() -> PriceEditionLoader.parse(FILE, json)).isInstanceOf(PriceDataException.class)
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void emptyFileIsRejected() {
        assertThatThrownBy(() -> PriceEditionLoader.parse("empty.json", "  \n"))
                .isInstanceOf(PriceDataException.class)
                .hasMessage("empty.json: (file): empty file: expected a JSON object");
    }

    @Test
    void arrayAtTopLevelIsRejected() {
        assertThatThrownBy(() -> PriceEditionLoader.parse("array.json", "[1, 2]"))
                .isInstanceOf(PriceDataException.class)
                .hasMessage("array.json: (root): expected a JSON object, found an array");
    }
}
