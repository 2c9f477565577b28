package io.lambdasim.pricedata.frontdoor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The prices of what can stand in front of (or instead of) Lambda functions in one region from one date: API Gateway,
 * Application Load Balancer and Fargate.
 *
 * @param sourceFile where the prices were read, for messages and reports
 */
public record FrontDoorPrices(String region, LocalDate effectiveDate, String sourceFile, String notes,
                              ApiGatewayPrices apiGateway, AlbPrices alb, FargatePrices fargate) {

    public FrontDoorPrices {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(sourceFile, "sourceFile");
        notes = notes == null ? "" : notes;
        Objects.requireNonNull(apiGateway, "apiGateway");
        Objects.requireNonNull(alb, "alb");
        Objects.requireNonNull(fargate, "fargate");
    }

    /** {@code region/effective-date}. */
    public String id() {
        return region + "/" + effectiveDate;
    }
}
