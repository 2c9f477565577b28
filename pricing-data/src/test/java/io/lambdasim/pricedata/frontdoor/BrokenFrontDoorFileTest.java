package io.lambdasim.pricedata.frontdoor;

import static io.lambdasim.pricedata.MutableJson.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.pricedata.MutableJson;
import io.lambdasim.pricedata.PriceDataException;
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

/** Each way a front-door price file can be wrong is rejected with the file, the field path and the reason. */
class BrokenFrontDoorFileTest {

    private static final String FILE = "prices/us-east-1/2026-09-20.json";

    @TempDir
    Path dir;

    static ObjectNode validFile() {
        return MutableJson.resource(FrontDoorPriceLoader.class, FILE);
    }

    private static ArrayNode restTiers(ObjectNode root) {
        return (ArrayNode) root.get("api_gateway").get("rest_api_requests");
    }

    private static Arguments broken(String what, Consumer<ObjectNode> mutation, String field, String reason) {
        return arguments(what, mutation, field, reason);
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("newer format", f -> f.put("format", "lambdasim-front-door-prices/2"), "format",
                        "unsupported format version"),
                broken("unknown top-level field", f -> f.put("nlb", "0.0225"), "nlb", "unknown field"),
                broken("unknown region", f -> f.put("region", "mars-1"), "region", "unknown region 'mars-1'"),
                broken("other currency", f -> f.put("currency", "EUR"), "currency", "expected USD"),
                broken("missing ALB", f -> f.remove("alb"), "alb", "missing"),
                broken("price per million", f -> node(f, "api_gateway.http_api_requests.0").put("unit",
                        "1M requests"), "api_gateway.http_api_requests[0].unit",
                        "expected unit 'request', found '1M requests'"),
                broken("price as JSON number", f -> node(f, "api_gateway.http_api_requests.0").put("usd", 0.000001),
                        "api_gateway.http_api_requests[0].usd", "must be a JSON string"),
                broken("gap between tiers", f -> node(f, "api_gateway.rest_api_requests.1").put("from", 334000000L),
                        "api_gateway.rest_api_requests[1].from", "gap after tier 1 (ends 333000000)"),
                broken("overlapping tiers", f -> node(f, "api_gateway.rest_api_requests.2").put("from", 999000000L),
                        "api_gateway.rest_api_requests[2].from", "overlaps tier 2 (ends 1000000000)"),
                broken("first tier not at zero", f -> node(f, "api_gateway.http_api_requests.0").put("from", 1),
                        "api_gateway.http_api_requests[0].from", "the first tier must start at 0"),
                broken("last tier closed", f -> restTiers(f).remove(3), "api_gateway.rest_api_requests[2].to",
                        "the last tier must be open-ended (null), not end at 20000000000"),
                broken("missing to", f -> node(f, "api_gateway.rest_api_requests.0").remove("to"),
                        "api_gateway.rest_api_requests[0].to", "missing (use null"),
                broken("no tiers", f -> node(f, "api_gateway").putArray("http_api_requests"),
                        "api_gateway.http_api_requests", "no tiers"),
                broken("zero metering increment", f -> node(f, "api_gateway.http_api_metering").put("increment_kb", 0),
                        "api_gateway.http_api_metering.increment_kb", "expected a positive whole number"),
                broken("LCU rate per hour", f -> node(f, "alb.lcu_hour").put("unit", "hour"), "alb.lcu_hour.unit",
                        "expected unit 'LCU-hour'"),
                broken("zero LCU dimension", f -> node(f, "alb.lcu").put("new_connections_per_second", 0),
                        "alb.lcu.new_connections_per_second", "expected a positive whole number"),
                broken("Lambda allowance as number", f -> node(f, "alb.lcu").put("processed_gb_per_hour_lambda_targets",
                        0.4), "alb.lcu.processed_gb_per_hour_lambda_targets", "must be a JSON string"),
                broken("misspelt LCU field", f -> node(f, "alb.lcu").put("rule_evaluations_per_minute", 1000),
                        "alb.lcu.rule_evaluations_per_minute", "unknown field"),
                broken("unknown Fargate architecture", f -> node(f, "fargate").set("windows",
                        f.get("fargate").get("x86_64").deepCopy()), "fargate.windows", "unknown architecture"),
                broken("Fargate memory per MB", f -> node(f, "fargate.arm64.gb_hour").put("unit", "MB-hour"),
                        "fargate.arm64.gb_hour.unit", "expected unit 'GB-hour'"),
                broken("no Fargate architecture", f -> f.putObject("fargate"), "fargate",
                        "no architecture is priced"),
                broken("missing verified flag", f -> node(f, "fargate.x86_64.vcpu_hour").remove("verified"),
                        "fargate.x86_64.vcpu_hour.verified", "missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void rejectsBrokenFileWithFileAndField(String what, Consumer<ObjectNode> mutation, String field, String reason) {
        ObjectNode file = validFile();
        mutation.accept(file);

        assertThatThrownBy(() -> FrontDoorPriceLoader.parse(FILE, file.toString()))
                .isInstanceOf(PriceDataException.class)
                .hasMessageStartingWith(FILE + ": " + field + ": ")
                .hasMessageContaining(reason);
    }

    @Test
    void theUnmutatedFileIsValid() {
        assertThat(FrontDoorPriceLoader.parse(FILE, validFile().toString()).id()).isEqualTo("us-east-1/2026-09-20");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> FrontDoorPriceLoader.parse("broken.json", "{\n  \"alb\": [1,]\n}"))
                .isInstanceOf(PriceDataException.class)
                .hasMessageStartingWith("broken.json: line 2, column ");
    }

    @Test
    void readsAFileFromDisk() throws IOException {
        Path file = dir.resolve("front-door.json");
        Files.writeString(file, validFile().toString());

        FrontDoorPrices prices = FrontDoorPriceLoader.load(file);

        assertThat(prices.sourceFile()).isEqualTo(file.toString());
        assertThat(prices.alb().hour().usdPerUnit()).isEqualByComparingTo("0.0225");
    }
}
