package io.lambdasim.pricedata;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Objects;

/**
 * One published price: USD per {@code unit}, with where it was read and whether it was checked against an
 * official AWS source (unverified rates come from a single secondary source and are flagged in reports).
 *
 * <p>Equality ignores the scale of {@code usdPerUnit} ({@code 0.20} equals {@code 0.2}).
 */
public record Rate(BigDecimal usdPerUnit, String unit, URI source, boolean verified) {

    public Rate {
        Objects.requireNonNull(usdPerUnit, "usdPerUnit");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (usdPerUnit.signum() < 0) {
            throw new IllegalArgumentException("negative price " + usdPerUnit.toPlainString() + " per " + unit);
        }
        if (unit.isBlank()) {
            throw new IllegalArgumentException("blank unit");
        }
        usdPerUnit = usdPerUnit.stripTrailingZeros();
    }
}
