package io.lambdasim.app.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the window writes numbers: US-English separators (the prices are in US dollars), thousands grouped, and never a
 * digit the model did not compute. Formatters are created per call because {@link DecimalFormat} is not thread-safe.
 */
public final class DisplayFormat {

    /** Shown where a number cannot be computed. */
    public static final String NONE = "—";

    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    private DisplayFormat() {
    }

    /** A dollar amount rounded half up to the cent: {@code 1234.5 → $1,234.50}, {@code -3 → -$3.00}. */
    public static String usd(BigDecimal amount) {
        return (amount.signum() < 0 ? "-$" : "$") + cents(amount.abs());
    }

    /** An amount in cents without the currency sign, as in a column headed "(USD)": {@code 1234.5 → 1,234.50}. */
    public static String cents(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", US);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(amount);
    }

    /** An exact decimal with its thousands grouped and all its digits: {@code 2450000 → 2,450,000}, {@code 0.5 → 0.5}. */
    public static String grouped(BigDecimal value) {
        DecimalFormat f = new DecimalFormat("#,##0", US);
        f.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f.format(value);
    }

    /** A unit price exactly as the price edition states it, at least to the cent: {@code 0.0000002}, {@code 0.20}. */
    public static String unitPrice(BigDecimal price) {
        DecimalFormat f = new DecimalFormat("#,##0.00", US);
        f.setMaximumFractionDigits(Math.max(2, price.stripTrailingZeros().scale()));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f.format(price);
    }

    /** A whole count with its thousands grouped: {@code 1024 → 1,024}. */
    public static String count(long n) {
        return new DecimalFormat("#,##0", US).format(n);
    }
}
