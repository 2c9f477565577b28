package io.lambdasim.pricedata.frontdoor;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdasim.pricedata.PriceJson;
import io.lambdasim.pricedata.Rate;
import io.lambdasim.pricedata.Tier;
import io.lambdasim.pricedata.TieredRate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** Turns the JSON tree of one front-door price file ({@value #FORMAT}) into {@link FrontDoorPrices}. */
final class FrontDoorReader {

    static final String FORMAT = "lambdasim-front-door-prices/1";

    private static final Set<String> TOP_FIELDS = Set.of("format", "region", "effective_date", "currency", "notes",
            "api_gateway", "alb", "fargate");
    private static final Set<String> API_GATEWAY_FIELDS = Set.of("http_api_requests", "http_api_metering",
            "rest_api_requests");
    private static final Set<String> TIER_FIELDS = Set.of("from", "to", "usd", "unit", "source", "verified");
    private static final Set<String> METERING_FIELDS = Set.of("increment_kb", "source", "verified");
    private static final Set<String> ALB_FIELDS = Set.of("hour", "lcu_hour", "lcu", "free_rule_evaluations");
    private static final Set<String> LCU_FIELDS = Set.of("new_connections_per_second",
            "active_connections_per_minute", "processed_gb_per_hour", "processed_gb_per_hour_lambda_targets",
            "rule_evaluations_per_second", "source", "verified");
    private static final Set<String> FREE_RULES_FIELDS = Set.of("per_request", "source", "verified");
    private static final Set<String> FARGATE_RATE_FIELDS = Set.of("vcpu_hour", "gb_hour");

    private final PriceJson json;

    FrontDoorReader(String file) {
        this.json = new PriceJson(file);
    }

    FrontDoorPrices read(JsonNode root) {
        json.format(root, FORMAT);
        json.allowOnly(root, "", TOP_FIELDS);
        String region = json.region(root);
        LocalDate effectiveDate = json.date(root, "", "effective_date");
        json.constant(root, "", "currency", "USD");
        String notes = json.notes(root);
        return new FrontDoorPrices(region, effectiveDate, json.file(), notes,
                apiGateway(json.object(root, "", "api_gateway")), alb(json.object(root, "", "alb")),
                fargate(json.object(root, "", "fargate")));
    }

    private ApiGatewayPrices apiGateway(JsonNode node) {
        String path = "api_gateway";
        json.allowOnly(node, path, API_GATEWAY_FIELDS);
        JsonNode metering = json.object(node, path, "http_api_metering");
        String meteringPath = path + ".http_api_metering";
        json.allowOnly(metering, meteringPath, METERING_FIELDS);
        long kb = json.positiveLong(metering, meteringPath, "increment_kb");
        if (kb > Integer.MAX_VALUE) {
            throw json.fail(meteringPath + ".increment_kb", "implausible increment " + kb + " KB");
        }
        return new ApiGatewayPrices(tiers(node, path, "http_api_requests"),
                new ApiGatewayPrices.Metering((int) kb, json.uri(metering, meteringPath, "source"),
                        json.bool(metering, meteringPath, "verified")),
                tiers(node, path, "rest_api_requests"));
    }

    /** Volume tiers in requests per month: from 0, each from where the previous ends, the last open-ended. */
    private TieredRate tiers(JsonNode parent, String parentPath, String name) {
        String path = PriceJson.join(parentPath, name);
        JsonNode array = json.array(parent, parentPath, name);
        if (array.isEmpty()) {
            throw json.fail(path, "no tiers: expected at least one, the last open-ended (\"to\": null)");
        }
        List<Tier> tiers = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String tierPath = path + "[" + i + "]";
            JsonNode t = array.get(i);
            if (!t.isObject()) {
                throw json.fail(tierPath, "expected an object, found " + PriceJson.kind(t));
            }
            json.allowOnly(t, tierPath, TIER_FIELDS);
            long from = json.nonNegativeLong(t, tierPath, "from");
            if (!t.has("to")) {
                throw json.fail(tierPath + ".to", "missing (use null for the open-ended last tier)");
            }
            OptionalLong to = t.get("to").isNull() ? OptionalLong.empty()
                    : OptionalLong.of(json.nonNegativeLong(t, tierPath, "to"));
            if (to.isPresent() && to.getAsLong() <= from) {
                throw json.fail(tierPath + ".to", "tier ends at " + to.getAsLong() + ", not after its start " + from);
            }
            if (i == 0 && from != 0) {
                throw json.fail(tierPath + ".from", "the first tier must start at 0, not " + from);
            }
            if (i > 0) {
                Tier previous = tiers.get(i - 1);
                if (previous.isOpenEnded()) {
                    throw json.fail(path + "[" + (i - 1) + "].to", "tier " + i + " is open-ended but tier " + (i + 1)
                            + " follows it (only the last tier may be open-ended)");
                }
                long end = previous.to().getAsLong();
                if (from != end) {
                    throw json.fail(tierPath + ".from", (from > end ? "gap after" : "overlaps") + " tier " + i
                            + " (ends " + end + ")");
                }
            }
            tiers.add(new Tier(from, to, json.rateFields(t, tierPath, ApiGatewayPrices.UNIT)));
        }
        if (!tiers.get(tiers.size() - 1).isOpenEnded()) {
            throw json.fail(path + "[" + (tiers.size() - 1) + "].to", "the last tier must be open-ended (null), not "
                    + "end at " + tiers.get(tiers.size() - 1).to().getAsLong());
        }
        return new TieredRate(tiers);
    }

    private AlbPrices alb(JsonNode node) {
        String path = "alb";
        json.allowOnly(node, path, ALB_FIELDS);
        Rate hour = json.rate(node, path, "hour", "hour");
        Rate lcuHour = json.rate(node, path, "lcu_hour", "LCU-hour");
        JsonNode lcu = json.object(node, path, "lcu");
        String lcuPath = path + ".lcu";
        json.allowOnly(lcu, lcuPath, LCU_FIELDS);
        AlbPrices.LcuDimensions dims = new AlbPrices.LcuDimensions(
                json.positiveLong(lcu, lcuPath, "new_connections_per_second"),
                json.positiveLong(lcu, lcuPath, "active_connections_per_minute"),
                json.positiveDecimal(lcu, lcuPath, "processed_gb_per_hour"),
                json.positiveDecimal(lcu, lcuPath, "processed_gb_per_hour_lambda_targets"),
                json.positiveLong(lcu, lcuPath, "rule_evaluations_per_second"),
                json.uri(lcu, lcuPath, "source"), json.bool(lcu, lcuPath, "verified"));
        JsonNode free = json.object(node, path, "free_rule_evaluations");
        String freePath = path + ".free_rule_evaluations";
        json.allowOnly(free, freePath, FREE_RULES_FIELDS);
        long perRequest = json.nonNegativeLong(free, freePath, "per_request");
        if (perRequest > Integer.MAX_VALUE) {
            throw json.fail(freePath + ".per_request", "implausible count " + perRequest);
        }
        return new AlbPrices(hour, lcuHour, dims, new AlbPrices.FreeRuleEvaluations((int) perRequest,
                json.uri(free, freePath, "source"), json.bool(free, freePath, "verified")));
    }

    private FargatePrices fargate(JsonNode node) {
        return new FargatePrices(json.byArchitecture(node, "fargate", FARGATE_RATE_FIELDS,
                (rates, archPath) -> new FargatePrices.Rates(json.rate(rates, archPath, "vcpu_hour", "vCPU-hour"),
                        json.rate(rates, archPath, "gb_hour", "GB-hour"))));
    }
}
