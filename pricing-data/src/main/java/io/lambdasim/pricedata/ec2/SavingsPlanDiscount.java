package io.lambdasim.pricedata.ec2;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Objects;

/**
 * The largest discount a Savings Plan gives off on-demand prices, as AWS advertises it ("up to 66 %"). Real discounts
 * depend on the instance type, region, term and payment option and are usually smaller: a default for the user to
 * replace, never a price.
 *
 * @param upTo     the advertised maximum as a fraction ({@code 0.66})
 * @param source   where the figure was read
 * @param verified whether it was checked against an official AWS source
 */
public record SavingsPlanDiscount(BigDecimal upTo, URI source, boolean verified) {

    public SavingsPlanDiscount {
        Objects.requireNonNull(upTo, "upTo");
        Objects.requireNonNull(source, "source");
        if (upTo.signum() < 0 || upTo.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("a discount is a fraction in [0, 1), found " + upTo.toPlainString());
        }
        upTo = upTo.stripTrailingZeros();
    }
}
