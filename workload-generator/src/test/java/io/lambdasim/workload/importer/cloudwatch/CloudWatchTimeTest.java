package io.lambdasim.workload.importer.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.workload.importer.cloudwatch.CloudWatchTime.Stamp;
import io.lambdasim.workload.importer.cloudwatch.CloudWatchTime.Zone;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Timestamps as the exports write them; 1772445720 s is 2026-03-02T10:02:00Z. */
class CloudWatchTimeTest {

    private static final long TEN_TWO_US = 1_772_445_720_000_000L;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-03-02T10:02:00Z          | UTC    | Z",
        "2026-03-02T10:02:00+00:00     | UTC    | Z",
        "2026-03-02T10:02:00.000Z      | UTC    | Z",
        "2026-03-02 10:02:00+00:00     | UTC    | Z",
        "2026-03-02T11:02:00+01:00     | OFFSET | +01:00",
        "2026-03-02T11:02:00+0100      | OFFSET | +01:00",
        "2026-03-02T05:02:00-05:00     | OFFSET | -05:00",
        "2026-03-02T15:32:00+05:30     | OFFSET | +05:30",
        "2026-03-02 10:02 UTC          | UTC    | Z",
        "2026/03/02 10:02:00           | NONE   | Z",
        "1772445720                    | EPOCH  | Z",
        "1772445720000                 | EPOCH  | Z",
    })
    void readsEachFormToTheSameInstant(String text, Zone zone, String offset) {
        Stamp stamp = CloudWatchTime.parse(text, ZoneOffset.UTC);

        assertThat(stamp.us()).isEqualTo(TEN_TWO_US);
        assertThat(stamp.zone()).isEqualTo(zone);
        assertThat(stamp.offset()).isEqualTo(offset);
    }

    @Test
    void readsZonelessTimesInTheAssumedOffset() {
        assertThat(CloudWatchTime.parse("2026-03-02 11:02", ZoneOffset.ofHours(1)).us()).isEqualTo(TEN_TWO_US);
    }

    @Test
    void keepsFractionsOfEpochSeconds() {
        assertThat(CloudWatchTime.epoch(new BigDecimal("1772445720.25")).us()).isEqualTo(TEN_TWO_US + 250_000);
    }

    @Test
    void refusesAnImpossibleDate() {
        assertThatThrownBy(() -> CloudWatchTime.parse("2026-02-30T10:00:00Z", ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a valid date-time (");
    }

    @Test
    void refusesText() {
        assertThatThrownBy(() -> CloudWatchTime.parse("yesterday", ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a timestamp (expected ISO-8601 such as 2026-03-02T10:01:00Z, or epoch seconds)");
    }
}
