package io.lambdasim.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.model.capacity.ProvisionedSchedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvisionedPlanTest {

    private static final long H = 3_600_000_000L;
    private static final long DAY = 24 * H;
    private static final Instant MONDAY = Instant.parse("2026-01-05T00:00:00Z");

    private static ProvisionedPlan.Window window(int concurrency, String days, String from, String to) {
        return new ProvisionedPlan.Window(concurrency, ProvisionedPlan.parseDays(days), LocalTime.parse(from),
                to.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(to));
    }

    private static ProvisionedSchedule weekly(Instant start, ZoneId zone, long horizonUs,
                                              ProvisionedPlan.Window... windows) {
        return new ProvisionedPlan.Weekly(List.of(windows)).schedule(start, zone, horizonUs);
    }

    /** Time at the given provisioned level, integrated over [0, horizon). */
    private static long levelTimeUs(ProvisionedSchedule s, long horizonUs) {
        long total = 0;
        for (int i = 0; i < s.stepCount(); i++) {
            long end = i + 1 < s.stepCount() ? s.stepStartUs(i + 1) : horizonUs;
            total += s.stepLevel(i) * (end - s.stepStartUs(i));
        }
        return total;
    }

    @Test
    void weekdayWindowsOverAWeekGiveFiveWindowsOfTwelveHours() {
        ProvisionedSchedule s = weekly(MONDAY, ZoneOffset.UTC, 7 * DAY, window(100, "mon-fri", "08:00", "20:00"));
        assertThat(s.stepCount()).isEqualTo(10);
        for (int d = 0; d < 5; d++) {
            assertThat(s.stepStartUs(2 * d)).isEqualTo(d * DAY + 8 * H);
            assertThat(s.stepLevel(2 * d)).isEqualTo(100);
            assertThat(s.stepStartUs(2 * d + 1)).isEqualTo(d * DAY + 20 * H);
            assertThat(s.stepLevel(2 * d + 1)).isZero();
        }
        assertThat(levelTimeUs(s, 7 * DAY)).isEqualTo(100 * 5 * 12 * H);
        assertThat(s.levelAt(0)).isZero();
        assertThat(s.levelAt(8 * H - 1)).isZero();
        assertThat(s.levelAt(8 * H)).isEqualTo(100);
        assertThat(s.levelAt(20 * H - 1)).isEqualTo(100);
        assertThat(s.levelAt(20 * H)).isZero();
        assertThat(s.levelAt(4 * DAY + 12 * H)).as("Friday noon").isEqualTo(100);
        assertThat(s.levelAt(5 * DAY + 12 * H)).as("Saturday noon").isZero();
        assertThat(s.levelAt(6 * DAY + 12 * H)).as("Sunday noon").isZero();
        assertThat(s.maxLevel()).isEqualTo(100);
    }

    @Test
    void windowsAreReadInTheScenarioTimeZoneWithItsDaylightSavingTime() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ProvisionedPlan.Window w = window(5, "mon-fri", "08:00", "20:00");
        // Winter: Berlin is UTC+1, so 08:00 there is 07:00 UTC.
        ProvisionedSchedule winter = weekly(MONDAY, berlin, DAY, w);
        assertThat(winter.stepStartUs(0)).isEqualTo(7 * H);
        assertThat(winter.stepStartUs(1)).isEqualTo(19 * H);
        // Summer: UTC+2.
        ProvisionedSchedule summer = weekly(Instant.parse("2026-06-01T00:00:00Z"), berlin, DAY, w);
        assertThat(summer.stepStartUs(0)).isEqualTo(6 * H);
        assertThat(summer.stepStartUs(1)).isEqualTo(18 * H);
    }

    @Test
    void anOvernightWindowWrapsMidnightAndMayBeOpenAtTheStart() {
        // Sunday's 22:00 to 06:00 window is still open at Monday 00:00.
        ProvisionedSchedule s = weekly(MONDAY, ZoneOffset.UTC, 2 * DAY, window(3, "daily", "22:00", "06:00"));
        assertThat(s.levelAt(0)).isEqualTo(3);
        assertThat(s.levelAt(6 * H - 1)).isEqualTo(3);
        assertThat(s.levelAt(6 * H)).isZero();
        assertThat(s.levelAt(22 * H)).isEqualTo(3);
        assertThat(s.levelAt(DAY + 5 * H)).isEqualTo(3);
        assertThat(s.levelAt(DAY + 12 * H)).isZero();
        assertThat(levelTimeUs(s, 2 * DAY)).isEqualTo(3 * (6 + 8 + 2) * H);
    }

    @Test
    void overlappingWindowsTakeTheLargestLevel() {
        ProvisionedSchedule s = weekly(MONDAY, ZoneOffset.UTC, 7 * DAY, window(2, "daily", "00:00", "24:00"),
                window(10, "mon-fri", "08:00", "20:00"));
        assertThat(s.levelAt(0)).isEqualTo(2);
        assertThat(s.levelAt(9 * H)).isEqualTo(10);
        assertThat(s.levelAt(21 * H)).isEqualTo(2);
        assertThat(s.levelAt(5 * DAY + 9 * H)).as("Saturday").isEqualTo(2);
        assertThat(s.stepCount()).as("2 at the start, then up and down on five weekdays").isEqualTo(11);
    }

    @Test
    void aStartInTheMiddleOfADayCutsTheFirstWindow() {
        Instant wednesdayNoon = Instant.parse("2026-01-07T12:00:00Z");
        ProvisionedSchedule s = weekly(wednesdayNoon, ZoneOffset.UTC, DAY, window(4, "wed", "08:00", "20:00"));
        assertThat(s.levelAt(0)).isEqualTo(4);
        assertThat(s.levelAt(8 * H)).isZero();
        assertThat(levelTimeUs(s, DAY)).isEqualTo(4 * 8 * H);
    }

    @Test
    void nothingIsScheduledAtOrAfterTheHorizon() {
        ProvisionedSchedule s = weekly(MONDAY, ZoneOffset.UTC, 10 * H, window(4, "mon", "08:00", "20:00"));
        assertThat(s.stepCount()).isEqualTo(1);
        assertThat(s.stepStartUs(0)).isEqualTo(8 * H);
    }

    @Test
    void stepsAndConstantsAreKeptAsGiven() {
        ProvisionedPlan steps = new ProvisionedPlan.Steps(List.of(new ProvisionedPlan.Step(0, 3),
                new ProvisionedPlan.Step(2 * H, 7), new ProvisionedPlan.Step(5 * H, 0)));
        ProvisionedSchedule s = steps.schedule(MONDAY, ZoneOffset.UTC, DAY);
        assertThat(s).isEqualTo(ProvisionedSchedule.steps(new long[] {0, 2 * H, 5 * H}, new int[] {3, 7, 0}));
        assertThat(steps.maxLevel()).isEqualTo(7);
        assertThat(new ProvisionedPlan.Constant(5).schedule(MONDAY, ZoneOffset.UTC, DAY))
                .isEqualTo(ProvisionedSchedule.constant(5));
        assertThat(ProvisionedPlan.NONE.schedule(MONDAY, ZoneOffset.UTC, DAY).isNone()).isTrue();
    }

    @Test
    void refusesStepsOutOfOrder() {
        assertThatThrownBy(() -> new ProvisionedPlan.Steps(List.of(new ProvisionedPlan.Step(H, 3),
                new ProvisionedPlan.Step(H, 4)))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "mon-fri; mon-fri",
        "weekdays; mon-fri",
        "sat,sun; sat,sun",
        "weekends; sat,sun",
        "daily; daily",
        "mon-sun; daily",
        "fri-mon; mon,fri-sun",
        "MON, Wed ,fri; mon,wed,fri",
        "tue,wed,thu; tue-thu"})
    void parsesAndWritesDays(String text, String canonical) {
        Set<DayOfWeek> days = ProvisionedPlan.parseDays(text);
        assertThat(ProvisionedPlan.formatDays(days)).isEqualTo(canonical);
        assertThat(ProvisionedPlan.parseDays(canonical)).isEqualTo(days);
    }

    @Test
    void refusesUnknownDays() {
        assertThatThrownBy(() -> ProvisionedPlan.parseDays("mon-fry")).hasMessageContaining("\"mon-fry\" is not a list "
                + "of days");
        assertThat(ProvisionedPlan.parseDays("fri-mon")).isEqualTo(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY,
                DayOfWeek.SUNDAY, DayOfWeek.MONDAY));
    }

    @Test
    void windowLengthCountsOvernightAndWholeDays() {
        assertThat(window(1, "daily", "08:00", "20:00").minutes()).isEqualTo(720);
        assertThat(window(1, "daily", "22:00", "06:00").minutes()).isEqualTo(480);
        assertThat(window(1, "daily", "00:00", "24:00").minutes()).isEqualTo(1440);
    }
}
