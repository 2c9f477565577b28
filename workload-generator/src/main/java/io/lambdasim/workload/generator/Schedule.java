package io.lambdasim.workload.generator;

import io.lambdasim.workload.time.TimeSpans;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** When a {@link ScheduledWorkload} fires: at a fixed period, or at listed minutes and hours of the wall clock. */
public sealed interface Schedule permits Schedule.Every, Schedule.Cron {

    /** The shortest gap between two firings in µs (for {@link Cron}: on the local clock, daylight saving aside). */
    long minGapUs();

    /** The mean number of firings per second over a long run. */
    double firingsPerSecond();

    /** A short description ("every 5min", "at minutes [0, 30] of hours [9, 17], mon-fri"). */
    String describe();

    /**
     * Every {@code periodUs}, the first time at {@code firstUs} of simulated time: at {@code first}, {@code first +
     * period}, {@code first + 2·period}..., whatever the wall clock says (EventBridge's {@code rate(5 minutes)}).
     *
     * @param periodUs the period, at least 1 ms
     * @param firstUs  the first firing, {@code >= 0}
     */
    record Every(long periodUs, long firstUs) implements Schedule {

        public Every {
            if (periodUs < 1_000) {
                throw new IllegalArgumentException("a schedule's period must be at least 1 ms, was " + periodUs
                        + " µs");
            }
            if (firstUs < 0) {
                throw new IllegalArgumentException("a schedule cannot first fire before time 0, was " + firstUs
                        + " µs");
            }
        }

        @Override
        public long minGapUs() {
            return periodUs;
        }

        @Override
        public double firingsPerSecond() {
            return 1e6 / periodUs;
        }

        @Override
        public String describe() {
            return "every " + TimeSpans.format(periodUs) + (firstUs > 0 ? " from " + TimeSpans.format(firstUs) : "");
        }
    }

    /**
     * At the start of every local minute whose minute is in {@code minutes}, whose hour is in {@code hours} and whose
     * day is in {@code days}, read on {@code wallClock} (a cron line {@code M H * * D}). Daylight-saving changes follow
     * the local clock: a time that does not exist that day (clocks going forward) does not fire, a time that comes
     * twice (clocks going back) fires once.
     *
     * @param minutes   minutes of the hour, 0 to 59, at least one; kept sorted without repeats
     * @param hours     hours of the day, 0 to 23, at least one; kept sorted without repeats
     * @param days      days of the week, at least one
     * @param wallClock where time 0 is on the calendar
     */
    record Cron(List<Integer> minutes, List<Integer> hours, Set<DayOfWeek> days, WallClock wallClock)
            implements Schedule {

        /** Every hour of the day. */
        public static final List<Integer> ALL_HOURS = IntStream.range(0, 24).boxed().toList();

        public Cron {
            minutes = sortedDistinct(minutes, 59, "minutes");
            hours = sortedDistinct(hours, 23, "hours");
            Objects.requireNonNull(days, "days");
            if (days.isEmpty()) {
                throw new IllegalArgumentException("a schedule needs at least one day of the week");
            }
            EnumSet<DayOfWeek> d = EnumSet.noneOf(DayOfWeek.class);
            d.addAll(days);
            days = Collections.unmodifiableSet(d);
            Objects.requireNonNull(wallClock, "wallClock");
        }

        /** At {@code minutes} of every hour of every day. */
        public static Cron minutes(WallClock wallClock, Integer... minutes) {
            return new Cron(List.of(minutes), ALL_HOURS, EnumSet.allOf(DayOfWeek.class), wallClock);
        }

        private static List<Integer> sortedDistinct(Collection<Integer> values, int max, String what) {
            Objects.requireNonNull(values, what);
            TreeSet<Integer> set = new TreeSet<>();
            for (Integer v : values) {
                if (v == null || v < 0 || v > max) {
                    throw new IllegalArgumentException("a schedule's " + what + " must be 0 to " + max + ", found "
                            + v);
                }
                set.add(v);
            }
            if (set.isEmpty()) {
                throw new IllegalArgumentException("a schedule needs at least one of its " + what);
            }
            return List.copyOf(set);
        }

        /** Whether the local minute {@code minuteOfWeek} (0 is Monday 00:00) fires. */
        boolean fires(int minuteOfWeek) {
            int day = minuteOfWeek / (24 * 60);
            int hour = minuteOfWeek / 60 % 24;
            int minute = minuteOfWeek % 60;
            return days.contains(DayOfWeek.of(day + 1)) && hours.contains(hour) && minutes.contains(minute);
        }

        @Override
        public long minGapUs() {
            int week = 7 * 24 * 60;
            int first = -1;
            int last = -1;
            int gap = week;
            for (int m = 0; m < week; m++) {
                if (fires(m)) {
                    if (last >= 0) {
                        gap = Math.min(gap, m - last);
                    } else {
                        first = m;
                    }
                    last = m;
                }
            }
            gap = Math.min(gap, first + week - last);
            return gap * LocalTimeline.MINUTE_US;
        }

        @Override
        public double firingsPerSecond() {
            return (double) minutes.size() * hours.size() * days.size() / (7 * 24 * 3600);
        }

        @Override
        public String describe() {
            String dayList = days.stream().map(d -> d.name().substring(0, 3).toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(","));
            return "at minutes " + minutes + (hours.size() == 24 ? " of every hour" : " of hours " + hours)
                    + (days.size() == 7 ? "" : ", " + dayList);
        }
    }
}
