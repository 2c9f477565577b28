package io.lambdasim.pricedata.frontdoor;

import io.lambdasim.pricedata.Architecture;
import io.lambdasim.pricedata.Rate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** AWS Fargate (Linux) prices per architecture: per vCPU-hour and per GB-hour of memory configured for the task. */
public record FargatePrices(Map<Architecture, Rates> architectures) {

    /** The two rates of one architecture (units {@code vCPU-hour} and {@code GB-hour}). */
    public record Rates(Rate vcpuHour, Rate gbHour) {
        public Rates {
            Objects.requireNonNull(vcpuHour, "vcpuHour");
            Objects.requireNonNull(gbHour, "gbHour");
        }
    }

    public FargatePrices {
        if (architectures == null || architectures.isEmpty()) {
            throw new IllegalArgumentException("no Fargate architecture is priced");
        }
        architectures = Map.copyOf(new EnumMap<>(architectures));
    }

    /** The rates of {@code arch}, or an exception saying they are not known. */
    public Rates rates(Architecture arch) {
        Rates r = architectures.get(arch);
        if (r == null) {
            throw new IllegalArgumentException("no Fargate prices for " + arch.id());
        }
        return r;
    }
}
