package io.lambdasim.model.scenario;

import io.lambdasim.model.capacity.ProvisionedSchedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Provisioned concurrency as a scenario file states it: a constant level, weekly windows of wall-clock time, or steps
 * at simulated times. {@link #schedule} turns it into the simulator's {@link ProvisionedSchedule} for a run that
 * starts at a given instant and lasts a given horizon.
 */
public sealed interface ProvisionedPlan permits ProvisionedPlan.Constant, ProvisionedPlan.Weekly, ProvisionedPlan.Steps {

    /** No provisioned concurrency. */
    ProvisionedPlan NONE = new Constant(0);

    /**
     * The schedule over simulated time: time 0 is {@code start}, wall-clock windows are read in {@code zone}, and
     * nothing is scheduled at or after {@code horizonUs} (except explicit steps, which are kept as given).
     */
    ProvisionedSchedule schedule(Instant start, ZoneId zone, long horizonUs);

    /** The highest level the plan ever asks for. */
    int maxLevel();

    default boolean isNone() {
        return maxLevel() == 0;
    }

    /** The plan in words: "none", "3 all the time", "daily 08:00-18:00: 4, sat 10:00-14:00: 2". */
    default String describe() {
        if (this instanceof Constant c) {
            return c.concurrency() == 0 ? "none" : c.concurrency() + " all the time";
        }
        if (this instanceof Weekly w) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            for (Window win : w.windows()) {
                String days = win.days().size() == 7 ? "daily" : win.days().iterator().next().toString()
                        .substring(0, 3).toLowerCase(java.util.Locale.ROOT);
                parts.add(String.format(java.util.Locale.ROOT, "%s %s-%s: %d", days, win.from(),
                        win.to().equals(java.time.LocalTime.MIDNIGHT) ? "24:00" : win.to().toString(),
                        win.concurrency()));
            }
            return String.join(", ", parts);
        }
        return toString();
    }

    /** The same number of provisioned environments for the whole run; 0 for none. */
    record Constant(int concurrency) implements ProvisionedPlan {
        public Constant {
            if (concurrency < 0) {
                throw new IllegalArgumentException("provisioned concurrency must not be negative, was " + concurrency);
            }
        }

        @Override
        public ProvisionedSchedule schedule(Instant start, ZoneId zone, long horizonUs) {
            return ProvisionedSchedule.constant(concurrency);
        }

        @Override
        public int maxLevel() {
            return concurrency;
        }
    }

    /**
     * Windows that repeat every week, in wall-clock time of the scenario's time zone. Where windows overlap, the
     * level is the largest of theirs (a window states the total wanted, not an addition); outside every window it is 0.
     */
    record Weekly(List<Window> windows) implements ProvisionedPlan {
        public Weekly {
            windows = List.copyOf(windows);
            if (windows.isEmpty()) {
                throw new IllegalArgumentException("a weekly plan needs at least one window");
            }
        }

        @Override
        public ProvisionedSchedule schedule(Instant start, ZoneId zone, long horizonUs) {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(zone, "zone");
            // Level changes: +concurrency where a window opens, -concurrency where it closes, at µs since start.
            TreeMap<Long, List<int[]>> changes = new TreeMap<>();
            Instant end = start.plus(horizonUs, ChronoUnit.MICROS);
            // A window that opened the day before may still be open at the start.
            LocalDate first = start.atZone(zone).toLocalDate().minusDays(1);
            LocalDate last = end.atZone(zone).toLocalDate();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                for (Window w : windows) {
                    if (!w.days().contains(day.getDayOfWeek())) {
                        continue;
                    }
                    ZonedDateTime from = ZonedDateTime.of(day, w.from(), zone);
                    ZonedDateTime to = ZonedDateTime.of(w.wrapsMidnight() ? day.plusDays(1) : day, w.to(), zone);
                    long a = Math.max(0, ChronoUnit.MICROS.between(start, from.toInstant()));
                    long b = Math.min(horizonUs, ChronoUnit.MICROS.between(start, to.toInstant()));
                    if (a < b) {
                        changes.computeIfAbsent(a, k -> new ArrayList<>()).add(new int[] {w.concurrency(), +1});
                        if (b < horizonUs) {
                            changes.computeIfAbsent(b, k -> new ArrayList<>()).add(new int[] {w.concurrency(), -1});
                        }
                    }
                }
            }
            // Sweep: the level after each change time is the largest concurrency of the windows open then.
            TreeMap<Integer, Integer> open = new TreeMap<>();
            long[] starts = new long[changes.size()];
            int[] levels = new int[changes.size()];
            int i = 0;
            for (Map.Entry<Long, List<int[]>> e : changes.entrySet()) {
                for (int[] c : e.getValue()) {
                    open.merge(c[0], c[1], Integer::sum);
                    if (open.get(c[0]) == 0) {
                        open.remove(c[0]);
                    }
                }
                starts[i] = e.getKey();
                levels[i] = open.isEmpty() ? 0 : open.lastKey();
                i++;
            }
            return ProvisionedSchedule.steps(starts, levels);
        }

        @Override
        public int maxLevel() {
            return windows.stream().mapToInt(Window::concurrency).max().orElse(0);
        }
    }

    /**
     * One weekly window: {@code concurrency} environments on {@code days}, from {@code from} to {@code to} in the
     * scenario's time zone. A window whose {@code to} is not after {@code from} ends the next day
     * (22:00 to 06:00; 00:00 to 00:00 is the whole day), and {@code days} are the days on which windows open.
     */
    record Window(int concurrency, Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        public Window {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            days = Set.copyOf(days);
            if (concurrency < 1) {
                throw new IllegalArgumentException("a window's concurrency must be at least 1, was " + concurrency);
            }
            if (days.isEmpty()) {
                throw new IllegalArgumentException("a window needs at least one day");
            }
            if (from.getSecond() != 0 || from.getNano() != 0 || to.getSecond() != 0 || to.getNano() != 0) {
                throw new IllegalArgumentException("window times are whole minutes (HH:MM)");
            }
        }

        /** Whether the window ends on the day after it opens. */
        public boolean wrapsMidnight() {
            return !to.isAfter(from);
        }

        /** The window's length in minutes (up to 24 hours; daylight-saving changes aside). */
        public long minutes() {
            long m = ChronoUnit.MINUTES.between(from, to);
            return m > 0 ? m : m + 24 * 60;
        }
    }

    /** Levels that change at given simulated times (µs since the start); the level is 0 before the first step. */
    record Steps(List<Step> steps) implements ProvisionedPlan {
        public Steps {
            steps = List.copyOf(steps);
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("a step plan needs at least one step");
            }
            long last = -1;
            for (Step s : steps) {
                if (s.atUs() <= last) {
                    throw new IllegalArgumentException("steps must be at increasing times");
                }
                last = s.atUs();
            }
        }

        @Override
        public ProvisionedSchedule schedule(Instant start, ZoneId zone, long horizonUs) {
            long[] at = new long[steps.size()];
            int[] levels = new int[steps.size()];
            for (int i = 0; i < at.length; i++) {
                at[i] = steps.get(i).atUs();
                levels[i] = steps.get(i).concurrency();
            }
            return ProvisionedSchedule.steps(at, levels);
        }

        @Override
        public int maxLevel() {
            return steps.stream().mapToInt(Step::concurrency).max().orElse(0);
        }
    }

    /** From {@code atUs} µs after the start, {@code concurrency} environments. */
    record Step(long atUs, int concurrency) {
        public Step {
            if (atUs < 0) {
                throw new IllegalArgumentException("a step cannot be before the start");
            }
            if (concurrency < 0) {
                throw new IllegalArgumentException("provisioned concurrency must not be negative, was " + concurrency);
            }
        }
    }

    /** The days of a window written as in scenario files: {@code mon-fri}, {@code sat,sun}, {@code daily}. */
    static Set<DayOfWeek> parseDays(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "daily", "every day", "all" -> {
                return EnumSet.allOf(DayOfWeek.class);
            }
            case "weekdays" -> {
                return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            }
            case "weekends", "weekend" -> {
                return EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }
            default -> {
            }
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : t.split(",", -1)) {
            String p = part.strip();
            int dash = p.indexOf('-');
            if (dash < 0) {
                days.add(day(p, text));
            } else {
                DayOfWeek a = day(p.substring(0, dash).strip(), text);
                DayOfWeek b = day(p.substring(dash + 1).strip(), text);
                for (DayOfWeek d = a; ; d = d.plus(1)) { // fri-mon wraps over the weekend
                    days.add(d);
                    if (d == b) {
                        break;
                    }
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String name, String text) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().substring(0, 3).equalsIgnoreCase(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a list of days; write for example mon-fri, "
                + "sat,sun, mon,wed,fri, weekdays, weekends or daily");
    }

    /** The canonical text of {@code days}: {@code daily}, or runs of three or more as ranges ({@code mon-fri,sun}). */
    public static String formatDays(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return "daily";
        }
        List<String> parts = new ArrayList<>();
        DayOfWeek[] all = DayOfWeek.values();
        int i = 0;
        while (i < all.length) {
            if (!days.contains(all[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < all.length && days.contains(all[j + 1])) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(shortName(all[i]) + "-" + shortName(all[j]));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(shortName(all[k]));
                }
            }
            i = j + 1;
        }
        return String.join(",", parts);
    }

    private static String shortName(DayOfWeek d) {
        return d.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }
}
