package io.lambdasim.pricedata.offerfile;

import io.lambdasim.pricedata.Architecture;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Lambda usage types that LambdaSim prices, as spelt in the {@code usagetype} attribute of an AWS price list:
 * a base name, {@code -ARM} for arm64, and outside us-east-1 a region prefix ({@code EU-}, {@code APS1-}).
 */
enum LambdaUsage {
    REQUESTS("Request", Kind.REQUEST),
    DURATION("Lambda-GB-Second", Kind.GB_SECOND),
    PROVISIONED_CONCURRENCY("Lambda-Provisioned-Concurrency", Kind.GB_SECOND),
    PROVISIONED_DURATION("Lambda-Provisioned-GB-Second", Kind.GB_SECOND),
    EPHEMERAL_STORAGE("Lambda-Storage-GB-Second", Kind.GB_SECOND),
    SNAPSTART_CACHE("Lambda-SnapStart-Cached-GB-S", Kind.GB_SECOND),
    SNAPSTART_RESTORE("Lambda-SnapStart-Restored-GB", Kind.GB);

    /** How a usage type is counted, and the unit our editions give its rate. */
    enum Kind {
        REQUEST("request"),
        GB_SECOND("GB-s"),
        GB("GB");

        final String unit;

        Kind(String unit) {
            this.unit = unit;
        }

        /** Whether a price list unit ({@code Requests}, {@code Lambda-GB-Second}, {@code GB-Seconds}...) fits. */
        boolean accepts(String offerUnit) {
            String u = offerUnit.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            return switch (this) {
                case REQUEST -> u.equals("request") || u.equals("requests");
                case GB_SECOND -> u.contains("gb") && (u.contains("second") || u.endsWith("gbs"));
                case GB -> u.contains("gb") && !u.contains("second") && !u.endsWith("gbs");
            };
        }
    }

    /** A usage type recognised: what it prices, for which architecture, and the region prefix it carried. */
    record Match(LambdaUsage usage, Architecture architecture, String prefix) {
    }

    private static final Pattern PREFIXED = Pattern.compile("([A-Z][A-Z0-9]*)-(.+)");
    private static final String ARM_SUFFIX = "-arm";

    final String baseName;
    final Kind kind;

    LambdaUsage(String baseName, Kind kind) {
        this.baseName = baseName;
        this.kind = kind;
    }

    /** The usage type's meaning, or empty for the usage types LambdaSim does not price (Lambda@Edge, free tier...). */
    static Optional<Match> match(String usageType) {
        if (usageType == null) {
            return Optional.empty();
        }
        Optional<Match> plain = matchUnprefixed(usageType, "");
        if (plain.isPresent()) {
            return plain;
        }
        Matcher m = PREFIXED.matcher(usageType);
        return m.matches() ? matchUnprefixed(m.group(2), m.group(1)) : Optional.empty();
    }

    private static Optional<Match> matchUnprefixed(String name, String prefix) {
        String lower = name.toLowerCase(Locale.ROOT);
        Architecture arch = Architecture.X86_64;
        if (lower.endsWith(ARM_SUFFIX)) {
            arch = Architecture.ARM64;
            lower = lower.substring(0, lower.length() - ARM_SUFFIX.length());
        }
        for (LambdaUsage u : values()) {
            if (u.baseName.toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(new Match(u, arch, prefix));
            }
        }
        return Optional.empty();
    }

    /** The usage type as a us-east-1 price list spells it, for messages. */
    String spelling(Architecture arch) {
        return arch == Architecture.ARM64 ? baseName + "-ARM" : baseName;
    }
}
