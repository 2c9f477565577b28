package io.lambdasim.model.breakeven;

import io.lambdasim.pricedata.ec2.Ec2Catalog;
import io.lambdasim.pricedata.ec2.PricingPlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The monthly cost of a fleet of identical instances sized for the traffic: a step function of the volume.
 *
 * <p>At a volume of {@code V} requests a month the mean rate is {@code V / 2,628,000} requests a second (a 730-hour
 * month, {@link MonthlyVolume}) and the rate the fleet is sized for is that times the peak-to-mean factor {@code f}
 * (1 for a steady load; 3 if the busiest hour sees three times the mean). With {@code C} requests a second per
 * instance the fleet runs, all month,
 * <pre>
 *     instances(V) = max(minInstances, ceil(V × f / (2,628,000 × C)))
 * </pre>
 * computed exactly in decimal, and costs {@code instances × hourly price × 730}, rounded half up to the cent.
 * Without a capacity the fleet is always {@code minInstances} strong: a fixed monthly cost.
 *
 * <p>This is the quick, static sizing (the fleet runs its peak size all month); the fleet simulation in
 * {@code io.lambdasim.model.ec2} answers with scaling, queues and latencies.
 *
 * @param design                       the design's name
 * @param usdPerInstanceHour           the effective hourly price of one instance
 * @param requestsPerSecondPerInstance {@code C}, what one instance serves; empty for a fleet of fixed size
 * @param peakToMean                   {@code f >= 1}, the sizing rate over the mean rate
 * @param minInstances                 the smallest fleet, at least 1
 */
public record FixedFleetCostModel(String design, BigDecimal usdPerInstanceHour,
                                  Optional<BigDecimal> requestsPerSecondPerInstance, BigDecimal peakToMean,
                                  int minInstances) implements CostModel {

    /** The most steps {@link #stepVolumes} lists. */
    public static final int MAX_STEPS = 100_000;

    public FixedFleetCostModel {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(usdPerInstanceHour, "usdPerInstanceHour");
        Objects.requireNonNull(requestsPerSecondPerInstance, "requestsPerSecondPerInstance");
        Objects.requireNonNull(peakToMean, "peakToMean");
        if (usdPerInstanceHour.signum() < 0) {
            throw new IllegalArgumentException(design + ": the hourly price cannot be negative, was "
                    + usdPerInstanceHour.toPlainString());
        }
        requestsPerSecondPerInstance.ifPresent(c -> {
            if (c.signum() <= 0) {
                throw new IllegalArgumentException(design + ": an instance must serve more than 0 requests a second, "
                        + "was " + c.toPlainString());
            }
        });
        if (peakToMean.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException(design + ": the peak-to-mean factor must be at least 1, was "
                    + peakToMean.toPlainString());
        }
        if (minInstances < 1) {
            throw new IllegalArgumentException(design + ": a fleet has at least 1 instance, was " + minInstances);
        }
    }

    /** A fleet sized for the peak: {@code ceil(mean rate × peakToMean / capacity)} instances, at least one. */
    public static FixedFleetCostModel sized(String design, BigDecimal usdPerInstanceHour,
                                            BigDecimal requestsPerSecondPerInstance, BigDecimal peakToMean) {
        return new FixedFleetCostModel(design, usdPerInstanceHour, Optional.of(requestsPerSecondPerInstance),
                peakToMean, 1);
    }

    /** {@code instances} instances whatever the volume: a fixed monthly cost. */
    public static FixedFleetCostModel fixed(String design, BigDecimal usdPerInstanceHour, int instances) {
        return new FixedFleetCostModel(design, usdPerInstanceHour, Optional.empty(), BigDecimal.ONE, instances);
    }

    /**
     * A fleet of EC2 instances of {@code type} sized for the peak, at the effective hourly price of {@code plan} in
     * the EC2 price table of {@code region} in force on {@code date}.
     */
    public static FixedFleetCostModel ec2(String design, Ec2Catalog catalog, String region, LocalDate date,
                                          String type, PricingPlan plan, BigDecimal requestsPerSecondPerInstance,
                                          BigDecimal peakToMean) {
        BigDecimal hourly = catalog.hourlyPrice(region, date, type, plan).usdPerHour();
        return sized(design, hourly, requestsPerSecondPerInstance, peakToMean);
    }

    /** How many instances run at {@code requestsPerMonth}. */
    public long instancesAt(long requestsPerMonth) {
        if (requestsPerMonth < 0) {
            throw new IllegalArgumentException("a volume cannot be negative, was " + requestsPerMonth);
        }
        if (requestsPerSecondPerInstance.isEmpty()) {
            return minInstances;
        }
        BigDecimal needed = BigDecimal.valueOf(requestsPerMonth).multiply(peakToMean)
                .divide(MonthlyVolume.SECONDS_PER_MONTH_DECIMAL.multiply(requestsPerSecondPerInstance.get()), 0,
                        RoundingMode.CEILING);
        return Math.max(minInstances, needed.longValueExact());
    }

    /** {@code instances × hourly price × 730}, rounded half up to the cent. */
    @Override
    public BigDecimal usdPerMonth(long requestsPerMonth) {
        return usdPerMonthOf(instancesAt(requestsPerMonth));
    }

    /** What {@code instances} instances cost for a 730-hour month, rounded half up to the cent. */
    public BigDecimal usdPerMonthOf(long instances) {
        return usdPerInstanceHour.multiply(BigDecimal.valueOf(instances))
                .multiply(MonthlyVolume.HOURS_PER_MONTH_DECIMAL).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The largest volume {@code instances} instances serve: {@code floor(instances × 2,628,000 × C / f)}
     * ({@link Long#MAX_VALUE} for a fleet of fixed size).
     */
    public long maxRequestsPerMonth(long instances) {
        if (instances < 1) {
            throw new IllegalArgumentException("at least 1 instance, was " + instances);
        }
        if (requestsPerSecondPerInstance.isEmpty()) {
            return Long.MAX_VALUE;
        }
        BigDecimal max = BigDecimal.valueOf(instances).multiply(MonthlyVolume.SECONDS_PER_MONTH_DECIMAL)
                .multiply(requestsPerSecondPerInstance.get()).divide(peakToMean, 0, RoundingMode.FLOOR);
        return max.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : max.longValueExact();
    }

    /**
     * The volumes on both sides of every step within [{@code from}, {@code to}]: for each fleet size {@code k}, the
     * largest volume {@code k} instances serve and the next one, which needs one more. Added to a sampling grid
     * ({@link MonthlyVolume#union}) they make every step of this curve fall exactly between two sampled volumes.
     */
    public long[] stepVolumes(long from, long to) {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("expected 0 <= from <= to, were " + from + " and " + to);
        }
        long[] out = new long[16];
        int n = 0;
        for (long k = Math.max(minInstances, instancesAt(from)); ; k++) {
            long last = maxRequestsPerMonth(k);
            if (last >= to || last == Long.MAX_VALUE) {
                break;
            }
            if (n / 2 >= MAX_STEPS) {
                throw new IllegalArgumentException(design + " has more than " + MAX_STEPS + " steps between " + from
                        + " and " + to + " requests a month");
            }
            if (n + 2 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            if (last >= from) {
                out[n++] = last;
            }
            out[n++] = last + 1;
        }
        return Arrays.copyOf(out, n);
    }
}
