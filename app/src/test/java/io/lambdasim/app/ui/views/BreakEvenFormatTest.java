package io.lambdasim.app.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.model.breakeven.Crossing;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BreakEvenFormatTest {

    @Test
    void aVolumeIsWrittenWithItsMeanRateOverA730HourMonth() {
        // 77,200,000 / (730 × 3,600 s) = 29.376… req/s.
        assertThat(BreakEvenFormat.volume(77_200_000)).isEqualTo("77.2 M req/month · 29.4 req/s");
        // 1,314,000 / 2,628,000 = 0.5 req/s.
        assertThat(BreakEvenFormat.volume(1_314_000)).isEqualTo("1.3 M req/month · 0.50 req/s");
        assertThat(BreakEvenFormat.requestsPerMonth(2_500_000_000L)).isEqualTo("2.50 B req/month");
        assertThat(BreakEvenFormat.requestsPerMonth(950)).isEqualTo("950 req/month");
    }

    @Test
    void aCrossingSaysWhichDesignIsCheaperOnEachSide() {
        Crossing c = new Crossing(77_200_000, "lambda", new BigDecimal("141.67"), "ec2", new BigDecimal("142.42"),
                Crossing.Cheaper.LAMBDA, Crossing.Cheaper.OTHER, true, 52_000_000, 80_000_000);
        assertThat(BreakEvenFormat.crossingLabel(c)).isEqualTo("77.2 M req/month · 29.4 req/s");
        assertThat(BreakEvenFormat.crossingSentence(c)).isEqualTo("lambda × ec2 at 77.2 M req/month · 29.4 req/s: "
                + "lambda costs less below, ec2 above ($141.67 and $142.42 a month, located by re-simulation)");
    }
}
