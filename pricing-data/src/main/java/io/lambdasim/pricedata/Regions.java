package io.lambdasim.pricedata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The public AWS Regions, read from the bundled {@code regions.json}: codes ({@code eu-west-1}), names
 * ({@code Europe (Ireland)}) and billing codes (the {@code EU-} prefix of usage types in price list files).
 */
public final class Regions {

    static final String RESOURCE = "regions.json";
    private static final String FORMAT = "lambdasim-regions/1";

    private record Region(String code, String name, String partition, String billingCode) {
    }

    private static volatile Map<String, Region> table;

    private Regions() {
    }

    /** Whether {@code code} is a public AWS Region code such as {@code us-east-1}. */
    public static boolean isKnown(String code) {
        return code != null && table().containsKey(code);
    }

    /** The Region's name, such as {@code US East (N. Virginia)}; an exception for an unknown code. */
    public static String name(String code) {
        return region(code).name();
    }

    /** The partition: {@code aws}, {@code aws-us-gov}, {@code aws-cn} or {@code aws-eusc}. */
    public static String partition(String code) {
        return region(code).partition();
    }

    /** The billing code that prefixes the Region's usage types ({@code EU} for eu-west-1), when published. */
    public static Optional<String> billingCode(String code) {
        return Optional.ofNullable(region(code).billingCode());
    }

    /** Every known Region code, in the order of {@code regions.json}. */
    public static Set<String> codes() {
        return Collections.unmodifiableSet(table().keySet());
    }

    /**
     * The code of the Region with this name as the AWS price list spells it in {@code location} attributes. Accepts
     * both {@code Europe (Ireland)} and the price list's older {@code EU (Ireland)}, with or without accents.
     */
    public static Optional<String> codeForLocation(String location) {
        if (location == null) {
            return Optional.empty();
        }
        String wanted = normaliseLocation(location);
        return table().values().stream().filter(r -> normaliseLocation(r.name()).equals(wanted))
                .map(Region::code).findFirst();
    }

    /** The code of the Region whose billing code is {@code billingCode} ({@code APS1} → ap-southeast-1). */
    public static Optional<String> codeForBillingCode(String billingCode) {
        return table().values().stream().filter(r -> billingCode != null && billingCode.equals(r.billingCode()))
                .map(Region::code).findFirst();
    }

    private static Region region(String code) {
        Region r = code == null ? null : table().get(code);
        if (r == null) {
            throw new IllegalArgumentException("unknown AWS region '" + code + "'");
        }
        return r;
    }

    private static String normaliseLocation(String location) {
        String s = Normalizer.normalize(location.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (s.startsWith("EU (")) {
            s = "Europe (" + s.substring(4);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Region> table() {
        Map<String, Region> t = table;
        if (t == null) {
            synchronized (Regions.class) {
                t = table;
                if (t == null) {
                    t = load();
                    table = t;
                }
            }
        }
        return t;
    }

    private static Map<String, Region> load() {
        try (InputStream in = Regions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new PriceDataException(RESOURCE, "(file)", "not found on the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            if (!FORMAT.equals(root.path("format").asText())) {
                throw new PriceDataException(RESOURCE, "format", "expected " + FORMAT);
            }
            Map<String, Region> map = new LinkedHashMap<>();
            JsonNode regions = root.path("regions");
            for (int i = 0; i < regions.size(); i++) {
                JsonNode r = regions.get(i);
                String code = r.path("code").asText("");
                String name = r.path("name").asText("");
                if (code.isEmpty() || name.isEmpty()) {
                    throw new PriceDataException(RESOURCE, "regions[" + i + "]", "code and name are required");
                }
                JsonNode billing = r.path("billing_code");
                Region region = new Region(code, name, r.path("partition").asText("aws"),
                        billing.isTextual() ? billing.asText() : null);
                if (map.putIfAbsent(code, region) != null) {
                    throw new PriceDataException(RESOURCE, "regions[" + i + "].code", "duplicate region " + code);
                }
            }
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
