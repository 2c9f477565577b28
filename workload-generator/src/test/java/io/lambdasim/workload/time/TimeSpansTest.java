package io.lambdasim.workload.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeSpansTest {

    private static final String UNITS = "(units: us (or µs), ms, s, m (or min), h, d)";

    @ParameterizedTest(name = "{0} is {1} µs")
    @CsvSource(delimiter = '|', value = {
        "120ms      | 120000",
        "2s         | 2000000",
        "1.5s       | 1500000",
        "500us      | 500",
        "500µs      | 500",
        "500μs      | 500",
        "10m        | 600000000",
        "10min      | 600000000",
        "6h         | 21600000000",
        "1d         | 86400000000",
        "1991ms     | 1991000",
        "102.25ms   | 102250",
        "0.1s       | 100000",
        ".5s        | 500000",
        "3.s        | 3000000",
        "0ms        | 0",
        "'  2 s '   | 2000000",
        "106751991d | 9223372022400000000",
    })
    void parsesEachUnitExactly(String text, long expectedUs) {
        assertThat(TimeSpans.parseUs(text)).isEqualTo(expectedUs);
    }

    @ParameterizedTest(name = "{0} rounds to {1} µs")
    @CsvSource(delimiter = '|', value = {
        "0.0005ms       | 1",
        "0.0004999ms    | 0",
        "1.0000005s     | 1000001",
        "1.00000049999s | 1000000",
        "2.5us          | 3",
        "0.00000001d    | 864",
    })
    void roundsToTheNearestMicrosecondHalvesUp(String text, long expectedUs) {
        assertThat(TimeSpans.parseUs(text)).isEqualTo(expectedUs);
    }

    @Test
    void readsAPlainNumberInTheDefaultUnit() {
        assertThat(TimeSpans.parseUs("250", ChronoUnit.MILLIS)).isEqualTo(250_000);
        assertThat(TimeSpans.parseUs("1.5", ChronoUnit.SECONDS)).isEqualTo(1_500_000);
        assertThat(TimeSpans.parseUs("2", ChronoUnit.MICROS)).isEqualTo(2);
        assertThat(TimeSpans.parseUs("2h", ChronoUnit.MILLIS)).as("a unit wins over the default").isEqualTo(7_200_000_000L);
    }

    @Test
    void rejectsAPlainNumberWithoutADefaultUnit() {
        assertThatThrownBy(() -> TimeSpans.parseUs("250"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"250\" has no unit; write for example 250ms " + UNITS);
    }

    @Test
    void rejectsAnUnknownUnitNamingIt() {
        assertThatThrownBy(() -> TimeSpans.parseUs("12sec"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"12sec\" has an unknown unit \"sec\" " + UNITS);
        assertThatThrownBy(() -> TimeSpans.parseUs("10M"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"10M\" has an unknown unit \"M\" " + UNITS);
    }

    @Test
    void rejectsTextThatIsNotASpan() {
        for (String text : new String[] {"abc", "ms", "1,5s", "1e3ms", "+5ms", "5 m s"}) {
            assertThatThrownBy(() -> TimeSpans.parseUs(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("\"" + text + "\" is not a time span; write a number and a unit, for example 120ms or "
                            + "1.5s " + UNITS);
        }
    }

    @Test
    void rejectsEmptyNegativeAndTooLongSpans() {
        assertThatThrownBy(() -> TimeSpans.parseUs(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\" \" is empty; write a time span, for example 120ms");
        assertThatThrownBy(() -> TimeSpans.parseUs("-5ms"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"-5ms\" is negative; a time span cannot be");
        assertThatThrownBy(() -> TimeSpans.parseUs("106751992d"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"106751992d\" is too long: more than 9223372036854775807 µs");
    }

    @Test
    void rejectsADefaultUnitItCannotRepresent() {
        assertThatThrownBy(() -> TimeSpans.parseUs("5", ChronoUnit.NANOS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsupported default unit Nanos (use MICROS to DAYS)");
    }

    @ParameterizedTest(name = "{0} µs is {1}")
    @CsvSource(delimiter = '|', value = {
        "0            | 0ms",
        "1            | 1us",
        "500          | 500us",
        "1234         | 1234us",
        "1500         | 1.5ms",
        "120000       | 120ms",
        "102250       | 102.25ms",
        "1991000      | 1991ms",
        "1500000      | 1.5s",
        "2000000      | 2s",
        "45000000     | 45s",
        "90000000     | 1.5min",
        "100000000    | 100s",
        "600000000    | 10min",
        "5400000000   | 1.5h",
        "21600000000  | 6h",
        "86400000000  | 1d",
        "129600000000 | 1.5d",
        "-120000      | -120ms",
    })
    void formatsAShortExactString(long us, String expected) {
        assertThat(TimeSpans.format(us)).isEqualTo(expected);
    }

    @Test
    void formattedSpansParseBackToTheSameMicroseconds() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 20_000; i++) {
            long us = random.nextLong(1L << random.nextInt(1, 63));
            assertThat(TimeSpans.parseUs(TimeSpans.format(us))).as("%d µs", us).isEqualTo(us);
        }
        assertThat(TimeSpans.parseUs(TimeSpans.format(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
    }
}
