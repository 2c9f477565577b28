package io.lambdasim.pricedata;

import java.util.Objects;
import java.util.Optional;

/**
 * The rates that depend on the architecture.
 *
 * @param duration               on-demand duration per GB-second, with monthly volume tiers counted in GB-seconds
 * @param provisionedConcurrency provisioned concurrency per configured GB-second (absent where not offered)
 * @param provisionedDuration    duration of invocations served by provisioned concurrency, per GB-second
 */
public record ArchitectureRates(TieredRate duration, Optional<Rate> provisionedConcurrency,
                                Optional<Rate> provisionedDuration) {

    public ArchitectureRates {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(provisionedConcurrency, "provisionedConcurrency");
        Objects.requireNonNull(provisionedDuration, "provisionedDuration");
        if (provisionedConcurrency.isPresent() != provisionedDuration.isPresent()) {
            throw new IllegalArgumentException("provisioned concurrency and provisioned duration rates come together");
        }
    }
}
