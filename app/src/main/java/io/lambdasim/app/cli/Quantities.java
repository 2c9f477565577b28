package io.lambdasim.app.cli;

import java.math.BigDecimal;
import java.util.Locale;
import picocli.CommandLine;

/** Converters for counts written as people write them: {@code 3000000}, {@code 3,000,000}, {@code 3M}, {@code 1e12}. */
final class Quantities {

    private Quantities() {
    }

    /** Parses a count with an optional K, M, B (10^9) or T suffix; it must come to a whole number. */
    static BigDecimal parse(String text) {
        String t = text.trim().replace(",", "").replace("_", "");
        BigDecimal factor = BigDecimal.ONE;
        if (!t.isEmpty()) {
            switch (Character.toUpperCase(t.charAt(t.length() - 1))) {
                case 'K' -> factor = BigDecimal.TEN.pow(3);
                case 'M' -> factor = BigDecimal.TEN.pow(6);
                case 'B', 'G' -> factor = BigDecimal.TEN.pow(9);
                case 'T' -> factor = BigDecimal.TEN.pow(12);
                default -> factor = null;
            }
            if (factor != null) {
                t = t.substring(0, t.length() - 1);
            } else {
                factor = BigDecimal.ONE;
            }
        }
        try {
            return new BigDecimal(t.toUpperCase(Locale.ROOT)).multiply(factor);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a number");
        }
    }

    static final class Count implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            BigDecimal d = parse(value);
            try {
                return d.stripTrailingZeros().longValueExact();
            } catch (ArithmeticException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a whole count");
            }
        }
    }

    static final class Decimal implements CommandLine.ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            return parse(value);
        }
    }
}
