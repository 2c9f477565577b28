package io.lambdasim.pricedata.ec2;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How an EC2 instance hour is paid for: on demand, under a standard No Upfront Reserved Instance, or under a Savings
 * Plan whose discount the user states (LambdaSim ships only the advertised "up to" maxima, see
 * {@link Ec2PriceTable#savingsPlanUpTo(SavingsPlanKind)}).
 */
public sealed interface PricingPlan permits PricingPlan.OnDemand, PricingPlan.Reserved, PricingPlan.SavingsPlan {

    /** The on-demand hourly price. */
    record OnDemand() implements PricingPlan {
        @Override
        public String describe() {
            return "on-demand";
        }
    }

    /** A standard Reserved Instance, No Upfront, for {@code term}: the effective hourly price of the offer. */
    record Reserved(ReservationTerm term) implements PricingPlan {
        public Reserved {
            Objects.requireNonNull(term, "term");
        }

        @Override
        public String describe() {
            return term.label() + " standard reserved, no upfront";
        }
    }

    /**
     * A Savings Plan taking {@code discount} (a fraction, {@code 0.30} for 30 %) off the on-demand price.
     */
    record SavingsPlan(SavingsPlanKind kind, BigDecimal discount) implements PricingPlan {
        public SavingsPlan {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(discount, "discount");
            if (discount.signum() < 0 || discount.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException(kind.label() + " discount must be a fraction in [0, 1) (0.30 for "
                        + "30 %), found " + discount.toPlainString());
            }
            discount = discount.stripTrailingZeros();
        }

        @Override
        public String describe() {
            return kind.label() + " at " + discount.movePointRight(2).stripTrailingZeros().toPlainString() + " % off";
        }
    }

    /** A short description for reports ({@code 1-year standard reserved, no upfront}). */
    String describe();

    static PricingPlan onDemand() {
        return new OnDemand();
    }

    static PricingPlan reserved(ReservationTerm term) {
        return new Reserved(term);
    }

    static PricingPlan savingsPlan(SavingsPlanKind kind, BigDecimal discount) {
        return new SavingsPlan(kind, discount);
    }
}
