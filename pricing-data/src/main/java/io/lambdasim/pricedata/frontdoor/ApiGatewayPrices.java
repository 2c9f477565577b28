package io.lambdasim.pricedata.frontdoor;

import io.lambdasim.pricedata.TieredRate;
import java.net.URI;
import java.util.Objects;

/**
 * Amazon API Gateway request prices: monthly volume tiers in requests per month, priced per request (the pricing page
 * says "$1.00 per million"; the files hold {@code 0.000001} per request, so no factor of 10⁶ hides in a unit).
 *
 * @param httpApiRequests the HTTP API tiers
 * @param httpApiMetering HTTP API requests are metered in increments of this size: a larger request counts as several
 * @param restApiRequests the REST API tiers
 */
public record ApiGatewayPrices(TieredRate httpApiRequests, Metering httpApiMetering, TieredRate restApiRequests) {

    /** The unit of API Gateway request rates. */
    public static final String UNIT = "request";

    /** A metering increment, with its provenance. */
    public record Metering(int incrementKb, URI source, boolean verified) {
        public Metering {
            Objects.requireNonNull(source, "source");
            if (incrementKb < 1) {
                throw new IllegalArgumentException("metering increment must be positive, found " + incrementKb + " KB");
            }
        }
    }

    public ApiGatewayPrices {
        Objects.requireNonNull(httpApiRequests, "httpApiRequests");
        Objects.requireNonNull(httpApiMetering, "httpApiMetering");
        Objects.requireNonNull(restApiRequests, "restApiRequests");
    }
}
