package io.lambdasim.model.scenario;

import static io.lambdasim.model.scenario.ScenarioReaderTest.error;
import static io.lambdasim.model.scenario.ScenarioReaderTest.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.model.capacity.FunctionSpec;
import io.lambdasim.workload.Workload;
import io.lambdasim.workload.generator.BatchSize;
import io.lambdasim.workload.generator.DailyCurve;
import io.lambdasim.workload.generator.Growth;
import io.lambdasim.workload.generator.HourlyWeights;
import io.lambdasim.workload.generator.MmppWorkload;
import io.lambdasim.workload.generator.ProfileWorkload;
import io.lambdasim.workload.generator.Schedule;
import io.lambdasim.workload.generator.ScheduledWorkload;
import io.lambdasim.workload.generator.Spike;
import io.lambdasim.workload.generator.WallClock;
import io.lambdasim.workload.generator.WeeklyWeights;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code arrivals} object of scenario files: every type read, written back, and its mistakes reported. */
class ArrivalsFormatTest {

    private static final ScenarioReader READER = ScenarioReader.bundled();
    private static final long MINUTE = 60_000_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final String POISSON = "{\"type\": \"poisson\", \"rate_per_second\": 2}";
    /** The top-level lines that place time 0 on the calendar. */
    private static final String BERLIN_MONDAY =
            "  \"start\": \"2026-01-05T00:00:00Z\",\n  \"time_zone\": \"Europe/Berlin\"";
    private static final WallClock BERLIN = new WallClock(Instant.parse("2026-01-05T00:00:00Z"),
            ZoneId.of("Europe/Berlin"));

    /** A minimal scenario whose function has {@code arrivals} and the extra top-level lines {@code top}. */
    static String withArrivals(String top, String arrivals) {
        String json = ScenarioReaderTest.scenario(top, "");
        assertThat(json).contains(POISSON);
        return json.replace(POISSON, arrivals);
    }

    private static Workload read(String top, String arrivals) {
        return READER.parse("test.json", withArrivals(top, arrivals)).spec().functions().get(0).workload();
    }

    @Test
    void readsAProfileWithEveryFactorOnTheScenariosWallClock() {
        Workload w = read(BERLIN_MONDAY + ",\n  \"horizon\": \"7d\"", """
                {
                        "type": "profile",
                        "base_rate_per_second": 20,
                        "daily": {"peak_hour": 14.5, "peak_to_trough": 4},
                        "weekly": {"weights": [1, 1, 1, 1, 1, 0.5, 0.4]},
                        "growth": {"per_month": 0.2},
                        "spikes": [
                          {"at": "54h", "multiplier": 10, "half_life": "30min"},
                          {"at": "1.5d", "multiplier": 0.5, "plateau": "2h", "half_life": "10min"}
                        ]
                      }""");

        assertThat(w).isEqualTo(ProfileWorkload.of(20, BERLIN, new DailyCurve(14.5, 4),
                new WeeklyWeights(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 0.5, 0.4)), Growth.exponential(0.2),
                Spike.decaying(54 * HOUR, 10, 30 * MINUTE), new Spike(36 * HOUR, 0.5, 2 * HOUR, 10 * MINUTE)));
    }

    @Test
    void readsHourlyWeightsALinearRampAndPlateauSpikes() {
        String hours = String.join(", ", Collections.nCopies(12, "1")) + ", " + String.join(", ",
                Collections.nCopies(12, "3"));
        Workload w = read("", "{\"type\": \"profile\", \"base_rate_per_second\": 0.5, \"daily\": {\"hourly_weights\": ["
                + hours + "]}, \"growth\": {\"per_month\": -0.1, \"shape\": \"linear\"}, \"spikes\": [{\"at\": \"0s\", "
                + "\"multiplier\": 3, \"plateau\": \"15min\"}]}");

        List<Double> weights = IntStream.range(0, 24).mapToObj(h -> h < 12 ? 1.0 : 3.0).toList();
        assertThat(w).isEqualTo(ProfileWorkload.of(0.5, new WallClock(Scenario.DEFAULT_START, ZoneOffset.UTC),
                new HourlyWeights(weights), Growth.linear(-0.1), Spike.plateau(0, 3, 15 * MINUTE)));
    }

    @Test
    void readsAnMmpp() {
        Workload w = read("", "{\"type\": \"mmpp\", \"on_rate_per_second\": 200, \"off_rate_per_second\": 0, "
                + "\"mean_on\": \"90s\", \"mean_off\": \"15min\"}");
        assertThat(w).isEqualTo(new MmppWorkload(200, 0, 90_000_000L, 15 * MINUTE));
    }

    @Test
    void readsScheduledJobsByPeriodAndByClockTimeWithEveryKindOfBatch() {
        assertThat(read("", "{\"type\": \"scheduled\", \"every\": \"5min\", \"jitter\": \"30s\", \"batch\": 50, "
                + "\"spread\": \"2s\"}"))
                .isEqualTo(new ScheduledWorkload(new Schedule.Every(5 * MINUTE, 0), 30_000_000L,
                        new BatchSize.Fixed(50), 2_000_000L));
        assertThat(read("", "{\"type\": \"scheduled\", \"every\": \"1h\", \"first_at\": \"10min\", "
                + "\"batch\": {\"min\": 0, \"max\": 20}}"))
                .isEqualTo(new ScheduledWorkload(new Schedule.Every(HOUR, 10 * MINUTE), 0, new BatchSize.Uniform(0, 20),
                        0));
        assertThat(read(BERLIN_MONDAY, "{\"type\": \"scheduled\", \"minutes\": [30, 0], \"hours\": [9, 17], "
                + "\"days\": \"mon-fri\", \"batch\": {\"poisson_mean\": 7.5}}"))
                .isEqualTo(new ScheduledWorkload(new Schedule.Cron(List.of(0, 30), List.of(9, 17),
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), BERLIN), 0, new BatchSize.Poisson(7.5), 0));
        // Without hours and days: every hour of every day; without a batch: one invocation.
        assertThat(read("", "{\"type\": \"scheduled\", \"minutes\": [15]}"))
                .isEqualTo(new ScheduledWorkload(Schedule.Cron.minutes(new WallClock(Scenario.DEFAULT_START,
                        ZoneOffset.UTC), 15), 0, new BatchSize.Fixed(1), 0));
    }

    @ParameterizedTest(name = "{2}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"type\": \"bursty\"} | bursty | functions[0].arrivals.type | \"bursty\" is not an arrival process this version knows (known: poisson, profile, mmpp, scheduled, trace)",
        "{\"rate_per_second\": 2} | arrivals | functions[0].arrivals.type | required field missing",
        "{\"type\": \"poisson\", \"rate_per_second\": 2, \"every\": \"5min\"} | arrivals | functions[0].arrivals.every | unknown field (known fields: type, rate_per_second)",
        "{\"type\": \"profile\", \"base_rate_per_second\": 2, \"dayly\": {}} | arrivals | functions[0].arrivals.dayly | unknown field (did you mean \"daily\"?)",
        "{\"type\": \"profile\", \"rate_per_second\": 2} | arrivals | functions[0].arrivals.rate_per_second | unknown field (known fields: type, base_rate_per_second, daily, weekly, growth, spikes)",
        "{\"type\": \"profile\",\\n \"base_rate_per_second\": 2,\\n \"weekly\": {\"weights\": [1, 1, 1, 1, 1, 1]}} | weights | functions[0].arrivals.weekly.weights | needs 7 numbers, has 6",
        "{\"type\": \"profile\", \"base_rate_per_second\": 2, \"weekly\": {\"weights\": [0, 0, 0, 0, 0, 0, 0]}} | weights | functions[0].arrivals.weekly.weights | a weekly cycle: the weights are all 0",
        "{\"type\": \"profile\", \"base_rate_per_second\": 2,\\n \"daily\": {\"hourly_weights\": [1, 1, 1, -1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}} | hourly_weights | functions[0].arrivals.daily.hourly_weights[3] | -1 is outside 0 to 1000000000",
        "{\"type\": \"profile\", \"base_rate_per_second\": 2, \"daily\": {\"hourly_weights\": [], \"peak_hour\": 3}} | arrivals | functions[0].arrivals.daily.peak_hour | give either hourly_weights or peak_hour and peak_to_trough, not both",
        "{\"type\": \"profile\", \"base_rate_per_second\": 2, \"daily\": {\"peak_hour\": 24, \"peak_to_trough\": 2}} | arrivals | functions[0].arrivals.daily.peak_hour | 24 is outside 0 to less than 24 (midnight is 0)",
        "{\"type\": \"profile\", \"base_rate_per_second\": 2, \"daily\": {\"peak_hour\": 12, \"peak_to_trough\": 0.5}} | arrivals | functions[0].arrivals.daily.peak_to_trough | 0.5 is outside 1 to 1000",
        "{\"type\": \"profile\", \"base_rate_per_second\": 2, \"daily\": {\"peak_to_trough\": 2}} | arrivals | functions[0].arrivals.daily.peak_hour | required field missing",
        "{\"type\": \"profile\", \"base_rate_per_second\": 2, \"growth\": {\"per_month\": 0.2, \"shape\": \"quadratic\"}} | arrivals | functions[0].arrivals.growth.shape | \"quadratic\" is not one of exponential, linear",
        "{\"type\": \"profile\", \"base_rate_per_second\": 2, \"growth\": {\"per_month\": -1}} | arrivals | functions[0].arrivals.growth.per_month | -1 would stop all traffic at once; a decline must be above -1",
        "{\"type\": \"profile\",\\n \"base_rate_per_second\": 2,\\n \"spikes\": [\\n {\"at\": \"1h\", \"multiplier\": 3}]} | multiplier | functions[0].arrivals.spikes[0] | a spike needs a plateau or a half_life (or both), else it lasts no time",
        "{\"type\": \"profile\",\\n \"base_rate_per_second\": 2,\\n \"spikes\": [\\n {\"at\": \"2d6h\", \"multiplier\": 3, \"plateau\": \"1h\"}]} | 2d6h | functions[0].arrivals.spikes[0].at | \"2d6h\" is not a time span; write a number and a unit, for example 120ms or 1.5s (units: us (or µs), ms, s, m (or min), h, d)",
        "{\"type\": \"profile\", \"base_rate_per_second\": 2, \"spikes\": [{\"at\": \"1h\", \"multiplier\": 0, \"plateau\": \"1h\"}]} | arrivals | functions[0].arrivals.spikes[0].multiplier | 0 is outside (0, 10000]",
        "{\"type\": \"profile\", \"base_rate_per_second\": 1000, \"spikes\": [{\"at\": \"1h\", \"multiplier\": 10000, \"plateau\": \"1h\"}]} | arrivals | functions[0].arrivals | the rate can reach 10,000,000 per second over the horizon (the base rate times each factor's peak), more than 1,000,000",
        "{\"type\": \"mmpp\", \"on_rate_per_second\": 0, \"off_rate_per_second\": 0, \"mean_on\": \"1s\", \"mean_off\": \"1s\"} | arrivals | functions[0].arrivals.on_rate_per_second | a state needs a rate above 0",
        "{\"type\": \"mmpp\", \"on_rate_per_second\": 5, \"off_rate_per_second\": 1, \"mean_on\": \"0.5ms\", \"mean_off\": \"1s\"} | arrivals | functions[0].arrivals.mean_on | 0.5ms is outside 1ms to 366d",
        "{\"type\": \"mmpp\", \"on_rate_per_second\": 5, \"mean_on\": \"1s\", \"mean_off\": \"1s\"} | arrivals | functions[0].arrivals.off_rate_per_second | required field missing",
        "{\"type\": \"scheduled\", \"batch\": 5} | arrivals | functions[0].arrivals | a scheduled job needs every (a period such as \"5min\") or minutes (a list such as [0, 30])",
        "{\"type\": \"scheduled\", \"every\": \"5min\", \"minutes\": [0]} | arrivals | functions[0].arrivals.minutes | give either every or minutes (with hours and days), not both",
        "{\"type\": \"scheduled\", \"minutes\": [0], \"first_at\": \"1min\"} | arrivals | functions[0].arrivals.first_at | applies only with every; minutes fire on the wall clock",
        "{\"type\": \"scheduled\",\\n \"every\": \"5min\",\\n \"jitter\": \"4min\", \"spread\": \"1min\"} | jitter | functions[0].arrivals.jitter | jitter 4min and spread 1min must together be shorter than the shortest gap between firings, 5min",
        "{\"type\": \"scheduled\", \"minutes\": [0, 59], \"spread\": \"1min\"} | arrivals | functions[0].arrivals.spread | jitter 0ms and spread 1min must together be shorter than the shortest gap between firings, 1min",
        "{\"type\": \"scheduled\", \"minutes\": [0, 60]} | arrivals | functions[0].arrivals.minutes[1] | 60 is outside 0 to 59",
        "{\"type\": \"scheduled\", \"minutes\": []} | arrivals | functions[0].arrivals.minutes | needs at least 1 element",
        "{\"type\": \"scheduled\", \"minutes\": [0], \"days\": \"someday\"} | arrivals | functions[0].arrivals.days | \"someday\" is not a list of days; write for example mon-fri, sat,sun, mon,wed,fri, weekdays, weekends or daily",
        "{\"type\": \"scheduled\", \"every\": \"5min\", \"batch\": \"50\"} | arrivals | functions[0].arrivals.batch | expected a whole number, {\"min\": ..., \"max\": ...} or {\"poisson_mean\": ...}, found the string \"50\"",
        "{\"type\": \"scheduled\", \"every\": \"5min\", \"batch\": 0} | arrivals | functions[0].arrivals.batch | 0 is outside 1 to 1,000,000",
        "{\"type\": \"scheduled\", \"every\": \"5min\", \"batch\": {\"min\": 10}} | arrivals | functions[0].arrivals.batch.max | required field missing",
        "{\"type\": \"scheduled\", \"every\": \"5min\", \"batch\": {\"min\": 10, \"poisson_mean\": 3}} | arrivals | functions[0].arrivals.batch.min | give either min and max or poisson_mean, not both",
    })
    void reportsMistakesWithFileLineAndPath(String arrivals, String lineText, String path, String reason) {
        String json = withArrivals("", arrivals.replace("\\n", "\n"));
        ScenarioException e = error(json);
        assertThat(e).as("no error for %s", arrivals).isNotNull();
        assertThat(e.getMessage()).isEqualTo("test.json:" + lineOf(json, lineText) + ": " + path + ": " + reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\": \"profile\", \"base_rate_per_second\": 20, \"daily\": {\"peak_hour\": 14, \"peak_to_trough\": 4}, "
            + "\"weekly\": {\"weights\": [1, 1, 1, 1, 1, 0.5, 0.4]}, \"growth\": {\"per_month\": 0.2}, \"spikes\": "
            + "[{\"at\": \"54h\", \"multiplier\": 10, \"half_life\": \"30min\"}, {\"at\": \"3d\", \"multiplier\": 2.5, "
            + "\"plateau\": \"90min\"}]}",
        "{\"type\": \"profile\", \"base_rate_per_second\": 0.123456789, \"daily\": {\"hourly_weights\": [0, 0, 0, 0, 0, 0,"
            + " 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 0.1]}, \"growth\": {\"per_month\": -0.05, "
            + "\"shape\": \"linear\"}}",
        "{\"type\": \"mmpp\", \"on_rate_per_second\": 12.5, \"off_rate_per_second\": 0.25, \"mean_on\": \"90s\", "
            + "\"mean_off\": \"15min\"}",
        "{\"type\": \"scheduled\", \"every\": \"5min\", \"first_at\": \"1min\", \"jitter\": \"30s\", \"batch\": "
            + "{\"min\": 10, \"max\": 50}, \"spread\": \"2s\"}",
        "{\"type\": \"scheduled\", \"minutes\": [0, 30], \"hours\": [2, 9, 17], \"days\": \"weekdays\", \"jitter\": "
            + "\"1min\", \"batch\": {\"poisson_mean\": 7.5}}",
    })
    void readingWhatWasWrittenGivesTheSameArrivals(String arrivals) {
        Scenario s = READER.parse("test.json", withArrivals(BERLIN_MONDAY + ",\n  \"horizon\": \"7d\"", arrivals));
        String written = ScenarioWriter.toJson(s);

        Scenario back = READER.parse("saved.json", written);
        assertThat(back).isEqualTo(s);
        assertThat(ScenarioWriter.toJson(back)).isEqualTo(written);
    }

    @Test
    void writesEveryFieldOfAProfileReadably() {
        Scenario s = READER.parse("test.json", withArrivals("", "{\"type\": \"profile\", "
                + "\"base_rate_per_second\": 20, \"daily\": {\"peak_hour\": 14, \"peak_to_trough\": 4}, "
                + "\"spikes\": [{\"at\": \"54h\", \"multiplier\": 10, \"half_life\": \"30min\"}]}"));
        assertThat(ScenarioWriter.toJson(s)).contains("\"type\": \"profile\"", "\"base_rate_per_second\": 20,",
                "\"peak_hour\": 14,", "\"peak_to_trough\": 4", "\"at\": \"2.25d\"", "\"multiplier\": 10,",
                "\"half_life\": \"30min\"").doesNotContain("plateau").doesNotContain("weekly").doesNotContain("growth");
    }

    @Test
    void refusesToWriteADailyPatternReadOnAnotherWallClock() {
        Scenario s = READER.parse("test.json", withArrivals(BERLIN_MONDAY, POISSON));
        FunctionSpec f = s.spec().functions().get(0);
        ProfileWorkload utc = ProfileWorkload.of(5, WallClock.utc(s.start()), new DailyCurve(12, 2));
        Scenario odd = new Scenario(s.name(), s.description(), 1, s.start(), s.timeZone(), s.priceDate(),
                s.provisioned(), s.spec().withFunctions(List.of(f.toBuilder().workload(utc).build())));

        assertThatThrownBy(() -> ScenarioWriter.toJson(odd)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("follow the wall clock of 2026-01-05T00:00:00Z in Z, not the scenario's "
                        + "2026-01-05T00:00:00Z in Europe/Berlin");
        // Spikes and growth do not read the wall clock: such a profile is written whatever its clock.
        ProfileWorkload spikes = ProfileWorkload.of(5, WallClock.utc(Instant.EPOCH), Spike.plateau(HOUR, 2, HOUR));
        Scenario spiky = new Scenario(s.name(), s.description(), 1, s.start(), s.timeZone(), s.priceDate(),
                s.provisioned(), s.spec().withFunctions(List.of(f.toBuilder().workload(spikes).build())));
        assertThat(ScenarioWriter.toJson(spiky)).contains("\"type\": \"profile\"");
    }
}
