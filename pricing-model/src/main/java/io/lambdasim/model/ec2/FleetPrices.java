package io.lambdasim.model.ec2;

import io.lambdasim.pricedata.ec2.Ec2PriceTable;
import io.lambdasim.pricedata.frontdoor.FrontDoorPrices;
import java.util.Objects;
import java.util.Optional;

/**
 * The prices a fleet is billed with: an EC2 price table (for EC2 instances) and front-door prices (for a load balancer,
 * API Gateway, and Fargate tasks). Either may be absent when the fleet does not need it; a fleet that needs a missing
 * one is refused when its simulation is built.
 */
public record FleetPrices(Optional<Ec2PriceTable> ec2, Optional<FrontDoorPrices> frontDoor) {

    public FleetPrices {
        Objects.requireNonNull(ec2, "ec2");
        Objects.requireNonNull(frontDoor, "frontDoor");
    }

    public static FleetPrices of(Ec2PriceTable ec2, FrontDoorPrices frontDoor) {
        return new FleetPrices(Optional.of(ec2), Optional.of(frontDoor));
    }

    /** EC2 prices only: an EC2 fleet without a front door. */
    public static FleetPrices ec2Only(Ec2PriceTable ec2) {
        return new FleetPrices(Optional.of(ec2), Optional.empty());
    }

    /** Front-door prices only: a Fargate fleet, with or without a front door. */
    public static FleetPrices frontDoorOnly(FrontDoorPrices frontDoor) {
        return new FleetPrices(Optional.empty(), Optional.of(frontDoor));
    }

    Ec2PriceTable requireEc2(String why) {
        return ec2.orElseThrow(() -> new IllegalArgumentException("no EC2 price table given, needed for " + why));
    }

    FrontDoorPrices requireFrontDoor(String why) {
        return frontDoor.orElseThrow(() -> new IllegalArgumentException("no front-door price file given, needed for "
                + why));
    }
}
