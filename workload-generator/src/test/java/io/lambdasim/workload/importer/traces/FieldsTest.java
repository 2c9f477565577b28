package io.lambdasim.workload.importer.traces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldsTest {

    @ParameterizedTest(name = "{0} counts {1}")
    @CsvSource(delimiter = '|', value = {
        "0        | 0",
        "17       | 17",
        "' 17 '   | 17",
        "2.0      | 2",
        "1.2E3    | 1200",
        "0.000    | 0",
        "-0       | 0",
        "9223372036854775807 | 9223372036854775807",
    })
    void readsWholeCounts(String text, long expected) {
        assertThat(Fields.count(text, "invocations")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "''                    | is empty; expected a whole number of requests",
        "abc                   | \"abc\" is not a whole number of requests",
        "١٢                    | \"١٢\" is not a whole number of requests",
        "1,5                   | \"1,5\" is not a whole number of requests",
        "2.5                   | \"2.5\" is not a whole number of requests",
        "1e-999999999          | \"1e-999999999\" is not a whole number of requests",
        "-3                    | \"-3\" is negative; a count of requests cannot be",
        "9223372036854775808   | \"9223372036854775808\" is too large for a count of requests",
        "1E+999999999          | \"1E+999999999\" is too large for a count of requests",
    })
    void refusesWhatIsNotAWholeNonNegativeCount(String text, String reason) {
        assertThatThrownBy(() -> Fields.count(text, "requests"))
                .isInstanceOf(Fields.BadField.class)
                .hasMessage(reason);
    }

    @ParameterizedTest(name = "{0} s is {1} µs")
    @CsvSource(delimiter = '|', value = {
        "0.134               | 134000",
        "5160.142570018768   | 5160142570",
        "0.1234565           | 123457",
        "0.1234564999        | 123456",
        "1.5e-3              | 1500",
        "1e-20               | 0",
    })
    void convertsSecondsToTheNearestMicrosecondHalvesUp(String seconds, long micros) {
        assertThat(Fields.secondsToMicros(new BigDecimal(seconds))).isEqualTo(micros);
    }

    @Test
    void showsTextEscapedAndCut() {
        assertThat(Fields.shown("\u0000a\uFFFDb")).isEqualTo("\"\\u0000a\\uFFFDb\"");
        assertThat(Fields.shown("0123456789012345678901234567890123456789xyz"))
                .isEqualTo("\"0123456789012345678901234567890123456789...\"");
    }
}
