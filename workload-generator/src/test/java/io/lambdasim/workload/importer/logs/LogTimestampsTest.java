package io.lambdasim.workload.importer.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogTimestampsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // 2026-03-02T10:01:07Z is 1772445667 s after the epoch.
        "2026-03-02T10:01:07.112000+00:00 | 1772445667112000 | +00:00",
        "2026-03-02T10:01:07.112Z         | 1772445667112000 | +00:00",
        "2026-03-02 10:01:07.112          | 1772445667112000 | ",
        "2026-03-02T10:01:07              | 1772445667000000 | ",
        "2026-03-02T11:01:07.112+01:00    | 1772445667112000 | +01:00",
        "2026-03-02T11:01:07.112+0100     | 1772445667112000 | +01:00",
        "2026-03-02T05:01:07.112-05       | 1772445667112000 | -05:00",
        "2026-03-02T10:01:07.112345678Z   | 1772445667112345 | +00:00",
        "2026-03-02 10:01:07,5 UTC        | 1772445667500000 | +00:00",
    })
    void readsIsoTimestampsToEpochMicrosecondsAndKeepsTheirZone(String text, long us, String offset) {
        LogTimestamps.Stamp s = LogTimestamps.parse("t", text);

        assertThat(s.epochUs()).isEqualTo(us);
        assertThat(s.offset()).isEqualTo(offset);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "yesterday            | t: not a timestamp: 'yesterday' (expected ISO-8601 such as 2026-03-02T10:01:07.112Z)",
        "2026-13-02T10:01:07Z     | t: not a valid date and time: '2026-13-02T10:01:07Z'",
        "2026-03-02T25:01:07Z     | t: not a valid date and time: '2026-03-02T25:01:07Z'",
        "1772445667112        | t: not a timestamp: '1772445667112' (expected ISO-8601 such as "
                + "2026-03-02T10:01:07.112Z)",
    })
    void refusesWhatIsNoValidTimestamp(String text, String message) {
        assertThatThrownBy(() -> LogTimestamps.parse("t", text)).hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource({"1772445667112, 1772445667112000", "0, 0", "1.772445667112E12, 1772445667112000"})
    void epochMillisecondsBecomeMicroseconds(String ms, long us) {
        assertThat(LogTimestamps.epochMsToUs("timestamp", ms)).isEqualTo(us);
    }
}
