package io.lambdasim.pricedata.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.PriceJson;
import io.lambdasim.pricedata.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the JSON tree of one EC2 price table ({@value #FORMAT}, docs/ec2-price-data.md) into an
 * {@link Ec2PriceTable}.
 */
final class Ec2TableReader {

    static final String FORMAT = "lambdasim-ec2-prices/1";
    static final String SERVICE = "AmazonEC2";

    private static final Set<String> TOP_FIELDS = Set.of("format", "service", "region", "effective_date", "currency",
            "notes", "instances", "savings_plans");
    private static final Set<String> INSTANCE_FIELDS = Set.of("type", "vcpus", "memory_gib", "architecture",
            "on_demand", "reserved_1yr_standard_no_upfront", "reserved_3yr_standard_no_upfront");
    private static final Set<String> SAVINGS_PLAN_FIELDS = Set.of("up_to", "source", "verified");

    private final PriceJson json;

    Ec2TableReader(String file) {
        this.json = new PriceJson(file);
    }

    Ec2PriceTable read(JsonNode root) {
        json.format(root, FORMAT);
        json.allowOnly(root, "", TOP_FIELDS);
        json.constant(root, "", "service", SERVICE);
        String region = json.region(root);
        LocalDate effectiveDate = json.date(root, "", "effective_date");
        json.currency(root);
        String notes = json.notes(root);
        List<InstancePrice> instances = instances(json.array(root, "", "instances"));
        Map<SavingsPlanKind, SavingsPlanDiscount> savingsPlans = root.hasNonNull("savings_plans")
                ? savingsPlans(json.object(root, "", "savings_plans")) : Map.of();
        try {
            return new Ec2PriceTable(region, effectiveDate, json.file(), notes, instances, savingsPlans);
        } catch (IllegalArgumentException e) {
            throw json.fail("(table)", e.getMessage());
        }
    }

    private List<InstancePrice> instances(JsonNode array) {
        if (array.isEmpty()) {
            throw json.fail("instances", "no instance type is priced (expected at least one)");
        }
        List<InstancePrice> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "instances[" + i + "]";
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                throw json.fail(path, "expected an object, found " + PriceJson.kind(node));
            }
            json.allowOnly(node, path, INSTANCE_FIELDS);
            String name = json.text(node, path, "type");
            Integer earlier = seen.putIfAbsent(name, i);
            if (earlier != null) {
                throw json.fail(path + ".type", "'" + name + "' is priced twice (also at instances[" + earlier + "])");
            }
            long vcpus = json.positiveLong(node, path, "vcpus");
            if (vcpus > Integer.MAX_VALUE) {
                throw json.fail(path + ".vcpus", "implausible vCPU count " + vcpus);
            }
            BigDecimal memory = json.positiveDecimal(node, path, "memory_gib");
            Architecture arch = json.architecture(json.text(node, path, "architecture"), path + ".architecture");
            InstanceType type;
            try {
                type = new InstanceType(name, (int) vcpus, memory, arch);
            } catch (IllegalArgumentException e) {
                throw json.fail(path + ".type", e.getMessage());
            }
            Rate onDemand = json.rate(node, path, "on_demand", InstancePrice.UNIT);
            Optional<Rate> oneYear = optionalRate(node, path, "reserved_1yr_standard_no_upfront");
            Optional<Rate> threeYears = optionalRate(node, path, "reserved_3yr_standard_no_upfront");
            result.add(new InstancePrice(type, onDemand, oneYear, threeYears));
        }
        return result;
    }

    private Optional<Rate> optionalRate(JsonNode node, String path, String name) {
        if (!node.hasNonNull(name)) {
            return Optional.empty();
        }
        return Optional.of(json.rate(node, path, name, InstancePrice.UNIT));
    }

    private Map<SavingsPlanKind, SavingsPlanDiscount> savingsPlans(JsonNode node) {
        Map<SavingsPlanKind, SavingsPlanDiscount> result = new EnumMap<>(SavingsPlanKind.class);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String path = "savings_plans." + f.getKey();
            SavingsPlanKind kind = null;
            for (SavingsPlanKind k : SavingsPlanKind.values()) {
                if (k.id().equals(f.getKey())) {
                    kind = k;
                }
            }
            if (kind == null) {
                throw json.fail(path, "unknown Savings Plan (expected compute or ec2_instance)");
            }
            JsonNode sp = json.object(node, "savings_plans", f.getKey());
            json.allowOnly(sp, path, SAVINGS_PLAN_FIELDS);
            result.put(kind, new SavingsPlanDiscount(json.fraction(sp, path, "up_to"), json.uri(sp, path, "source"),
                    json.bool(sp, path, "verified")));
        }
        return result;
    }
}
