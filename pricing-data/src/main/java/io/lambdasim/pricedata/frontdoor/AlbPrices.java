package io.lambdasim.pricedata.frontdoor;

import io.lambdasim.pricedata.Rate;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Objects;

/**
 * Application Load Balancer prices: a charge per load balancer and hour, and one per LCU-hour, where the LCUs of an
 * hour are the largest of the four dimensions each divided by its allowance ({@link LcuDimensions}).
 *
 * @param hour    per load balancer and hour (or partial hour), unit {@code hour}
 * @param lcuHour per LCU-hour, unit {@code LCU-hour}
 */
public record AlbPrices(Rate hour, Rate lcuHour, LcuDimensions lcu, FreeRuleEvaluations freeRuleEvaluations) {

    /**
     * What one LCU allows, per dimension.
     *
     * @param processedGbPerHour             bytes processed for EC2 instance, container and IP targets
     * @param processedGbPerHourLambdaTargets bytes processed for Lambda targets (a smaller allowance)
     */
    public record LcuDimensions(long newConnectionsPerSecond, long activeConnectionsPerMinute,
                                BigDecimal processedGbPerHour, BigDecimal processedGbPerHourLambdaTargets,
                                long ruleEvaluationsPerSecond, URI source, boolean verified) {
        public LcuDimensions {
            Objects.requireNonNull(processedGbPerHour, "processedGbPerHour");
            Objects.requireNonNull(processedGbPerHourLambdaTargets, "processedGbPerHourLambdaTargets");
            Objects.requireNonNull(source, "source");
            if (newConnectionsPerSecond < 1 || activeConnectionsPerMinute < 1 || ruleEvaluationsPerSecond < 1
                    || processedGbPerHour.signum() <= 0 || processedGbPerHourLambdaTargets.signum() <= 0) {
                throw new IllegalArgumentException("every LCU dimension must be positive");
            }
            processedGbPerHour = processedGbPerHour.stripTrailingZeros();
            processedGbPerHourLambdaTargets = processedGbPerHourLambdaTargets.stripTrailingZeros();
        }
    }

    /** The rule evaluations per request that do not count towards LCUs (the first rules processed). */
    public record FreeRuleEvaluations(int perRequest, URI source, boolean verified) {
        public FreeRuleEvaluations {
            Objects.requireNonNull(source, "source");
            if (perRequest < 0) {
                throw new IllegalArgumentException("free rule evaluations must not be negative, found " + perRequest);
            }
        }
    }

    public AlbPrices {
        Objects.requireNonNull(hour, "hour");
        Objects.requireNonNull(lcuHour, "lcuHour");
        Objects.requireNonNull(lcu, "lcu");
        Objects.requireNonNull(freeRuleEvaluations, "freeRuleEvaluations");
    }
}
