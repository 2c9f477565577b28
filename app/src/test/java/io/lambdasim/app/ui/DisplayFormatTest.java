package io.lambdasim.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2.73        | $2.73",
        "0           | $0.00",
        "0.4         | $0.40",
        "1234.5      | $1,234.50",
        "1234567.805 | $1,234,567.81",
        "999999.995  | $1,000,000.00",
        "-3          | -$3.00"
    })
    void usdHasDollarSignCentsAndThousandsSeparators(String amount, String expected) {
        assertThat(DisplayFormat.usd(new BigDecimal(amount))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.40       | 0.40",
        "32.67      | 32.67",
        "199999.80  | 199,999.80"
    })
    void amountsInAUsdColumnHaveNoCurrencySign(String amount, String expected) {
        assertThat(DisplayFormat.cents(new BigDecimal(amount))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "29000000          | 29,000,000",
        "2.45E+6           | 2,450,000",
        "2450000.000       | 2,450,000",
        "1234567.891234567 | 1,234,567.891234567",
        "0.5               | 0.5",
        "512               | 512"
    })
    void quantitiesAreGroupedAndKeepEveryDigit(String quantity, String expected) {
        assertThat(DisplayFormat.grouped(new BigDecimal(quantity))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.0000002    | 0.0000002",
        "0.0000133334 | 0.0000133334",
        "0.2          | 0.20",
        "0.000015     | 0.000015"
    })
    void unitPricesAreShownExactly(String price, String expected) {
        assertThat(DisplayFormat.unitPrice(new BigDecimal(price))).isEqualTo(expected);
    }
}
