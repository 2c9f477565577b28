package io.lambdasim.pricedata.ec2;

import io.lambdasim.pricedata.Rate;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The prices of one instance type in one price table: Linux, shared tenancy, no pre-installed software, per hour.
 *
 * @param onDemand           the on-demand hourly rate (unit {@value #UNIT})
 * @param reservedOneYear    the effective hourly rate of a 1-year standard No Upfront Reserved Instance, when known
 * @param reservedThreeYears the same for 3 years
 */
public record InstancePrice(InstanceType type, Rate onDemand, Optional<Rate> reservedOneYear,
                            Optional<Rate> reservedThreeYears) {

    /** The unit of every EC2 rate. */
    public static final String UNIT = "hour";

    public InstancePrice {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(onDemand, "onDemand");
        Objects.requireNonNull(reservedOneYear, "reservedOneYear");
        Objects.requireNonNull(reservedThreeYears, "reservedThreeYears");
        checkUnit(onDemand, type, "on-demand");
        reservedOneYear.ifPresent(r -> checkUnit(r, type, "1-year reserved"));
        reservedThreeYears.ifPresent(r -> checkUnit(r, type, "3-year reserved"));
    }

    /** An entry with the on-demand rate only. */
    public static InstancePrice onDemandOnly(InstanceType type, Rate onDemand) {
        return new InstancePrice(type, onDemand, Optional.empty(), Optional.empty());
    }

    /** The standard No Upfront reserved rate for {@code term}, when known. */
    public Optional<Rate> reserved(ReservationTerm term) {
        return term == ReservationTerm.ONE_YEAR ? reservedOneYear : reservedThreeYears;
    }

    /**
     * The effective hourly price under {@code plan}.
     *
     * @throws IllegalArgumentException for a Reserved plan whose rate this entry lacks
     */
    public PlanPrice hourly(PricingPlan plan) {
        Objects.requireNonNull(plan, "plan");
        BigDecimal od = onDemand.usdPerUnit();
        if (plan instanceof PricingPlan.Reserved r) {
            Rate rate = reserved(r.term()).orElseThrow(() -> new IllegalArgumentException("no " + r.describe()
                    + " price is known for " + type.name() + " (only its on-demand price is)"));
            return new PlanPrice(type, plan, rate.usdPerUnit(), rate.verified(),
                    r.describe() + " " + rate.usdPerUnit().toPlainString());
        }
        if (plan instanceof PricingPlan.SavingsPlan s) {
            return new PlanPrice(type, plan, od.multiply(BigDecimal.ONE.subtract(s.discount())), false,
                    "on-demand " + od.toPlainString() + " × (1 − " + s.discount().toPlainString() + ") under a "
                            + s.kind().label() + " (discount assumed, not an AWS price)");
        }
        return new PlanPrice(type, plan, od, onDemand.verified(), "on-demand " + od.toPlainString());
    }

    private static void checkUnit(Rate rate, InstanceType type, String what) {
        if (!UNIT.equals(rate.unit())) {
            throw new IllegalArgumentException(type.name() + ": the " + what + " rate must be per " + UNIT
                    + ", found per " + rate.unit());
        }
    }
}
