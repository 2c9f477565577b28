package io.lambdasim.model.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2419200 | 2,419,200",
        "0.40 | 0.40",
        "1234.5678 | 1,234.5678",
        "-1234567 | -1,234,567",
        "123 | 123",
        "1E+6 | 1,000,000",
        "0.0000166667 | 0.0000166667",
    })
    void groupsThousandsAndKeepsTheScale(String value, String expected) {
        assertThat(Numbers.grouped(new BigDecimal(value))).isEqualTo(expected);
    }
}
