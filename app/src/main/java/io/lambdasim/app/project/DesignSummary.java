package io.lambdasim.app.project;

import io.lambdasim.model.compare.DesignResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The last run's figures for one design, as a project keeps them to show before anything is re-run.
 *
 * @param name           the design's name
 * @param type           {@code lambda}, {@code ec2} or {@code fargate}
 * @param monthlyCostUsd the bill of a 730-hour month, in whole cents (scale 2)
 * @param p99LatencyMs   the 99th percentile latency in ms
 * @param coldStartShare cold starts per served attempt (Lambda designs only; empty for fleets)
 */
public record DesignSummary(String name, String type, BigDecimal monthlyCostUsd, double p99LatencyMs,
                            OptionalDouble coldStartShare) {

    public DesignSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(coldStartShare, "coldStartShare");
        if (monthlyCostUsd.signum() < 0) {
            throw new IllegalArgumentException("a monthly cost cannot be negative, was " + monthlyCostUsd);
        }
        if (monthlyCostUsd.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("a monthly cost is in whole cents, was " + monthlyCostUsd.toPlainString());
        }
        monthlyCostUsd = monthlyCostUsd.setScale(2, RoundingMode.UNNECESSARY);
        if (!(p99LatencyMs >= 0) || Double.isInfinite(p99LatencyMs)) {
            throw new IllegalArgumentException("a p99 latency is a finite number of ms >= 0, was " + p99LatencyMs);
        }
        if (coldStartShare.isPresent() && !(coldStartShare.getAsDouble() >= 0 && coldStartShare.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("a cold-start share is 0 to 1, was " + coldStartShare.getAsDouble());
        }
    }

    /** The summary of one row of a comparison (its monthly cost is already rounded to the cent). */
    public static DesignSummary of(DesignResult r) {
        OptionalDouble cold = r.isLambda() && !Double.isNaN(r.coldStartProbability())
                ? OptionalDouble.of(r.coldStartProbability()) : OptionalDouble.empty();
        return new DesignSummary(r.name(), r.type(), r.monthlyCostUsd().setScale(2, RoundingMode.HALF_UP),
                r.p99LatencyMs(), cold);
    }
}
