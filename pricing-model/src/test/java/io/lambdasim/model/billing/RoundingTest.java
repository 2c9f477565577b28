package io.lambdasim.model.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {

    @ParameterizedTest(name = "{0} µs at {1} ms granularity is billed {2} ms")
    @CsvSource({
        "120000, 1, 120",
        "120001, 1, 121",
        "102250, 1, 103",  // REPORT "Duration: 102.25 ms" → "Billed Duration: 103 ms"
        "999, 1, 1",
        "1, 1, 1",
        "0, 1, 1",          // never less than one granule
        "120000, 100, 200", // before December 2020: 120 ms was billed 200 ms
        "100000, 100, 100",
        "100001, 100, 200",
        "1, 100, 100",
    })
    void roundsUpToTheGranularity(long durationUs, int granularityMs, long billedMs) {
        assertThat(Rounding.billedMs(durationUs, granularityMs)).isEqualTo(billedMs);
    }

    @ParameterizedTest(name = "a PC window of {0} ms is billed {1} ms")
    @CsvSource({
        "1, 300000",
        "300000, 300000",
        "300001, 600000",
        "3660000, 3900000",   // 61 minutes → 65
        "86400000, 86400000", // 24 hours exactly
        "0, 0",
    })
    void roundsProvisionedWindowsUpToFiveMinutes(long enabledMs, long billedMs) {
        assertThat(Rounding.pcWindowMs(enabledMs, 5)).isEqualTo(billedMs);
    }

    @ParameterizedTest
    @CsvSource({"-1"})
    void rejectsNegativeDurations(long us) {
        assertThatThrownBy(() -> Rounding.billedMs(us, 1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> Rounding.pcWindowMs(us, 5)).hasMessageContaining("negative");
    }
}
