package io.lambdasim.model.capacity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Provisioned concurrency over simulated time, as a step function: from {@code startsUs[i]} the level is
 * {@code levels[i]}, until the next step. Before the first step the level is 0.
 */
public final class ProvisionedSchedule {

    public static final ProvisionedSchedule NONE = new ProvisionedSchedule(new long[0], new int[0]);

    private final long[] startsUs;
    private final int[] levels;

    private ProvisionedSchedule(long[] startsUs, int[] levels) {
        this.startsUs = startsUs;
        this.levels = levels;
    }

    /** The same level for the whole run. */
    public static ProvisionedSchedule constant(int level) {
        if (level < 0) {
            throw new IllegalArgumentException("provisioned concurrency must not be negative, was " + level);
        }
        return level == 0 ? NONE : new ProvisionedSchedule(new long[] {0}, new int[] {level});
    }

    /** Steps at increasing times; consecutive equal levels are merged. */
    public static ProvisionedSchedule steps(long[] startsUs, int[] levels) {
        if (startsUs.length != levels.length) {
            throw new IllegalArgumentException("as many levels as step times are needed");
        }
        List<long[]> merged = new ArrayList<>();
        int current = 0;
        long last = -1;
        for (int i = 0; i < startsUs.length; i++) {
            if (startsUs[i] < 0 || startsUs[i] <= last) {
                throw new IllegalArgumentException("provisioned-concurrency steps must start at increasing, "
                        + "non-negative times; step " + (i + 1) + " starts at " + startsUs[i] + " µs");
            }
            if (levels[i] < 0) {
                throw new IllegalArgumentException("provisioned concurrency must not be negative, was " + levels[i]);
            }
            last = startsUs[i];
            if (levels[i] != current) {
                merged.add(new long[] {startsUs[i], levels[i]});
                current = levels[i];
            }
        }
        long[] s = new long[merged.size()];
        int[] l = new int[merged.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = merged.get(i)[0];
            l[i] = (int) merged.get(i)[1];
        }
        return new ProvisionedSchedule(s, l);
    }

    public int stepCount() {
        return startsUs.length;
    }

    public long stepStartUs(int i) {
        return startsUs[i];
    }

    public int stepLevel(int i) {
        return levels[i];
    }

    /** The level in force at {@code timeUs}. */
    public int levelAt(long timeUs) {
        int i = Arrays.binarySearch(startsUs, timeUs);
        if (i < 0) {
            i = -i - 2;
        }
        return i < 0 ? 0 : levels[i];
    }

    /** The highest level of the schedule. */
    public int maxLevel() {
        int m = 0;
        for (int l : levels) {
            m = Math.max(m, l);
        }
        return m;
    }

    public boolean isNone() {
        return startsUs.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProvisionedSchedule p && Arrays.equals(startsUs, p.startsUs) && Arrays.equals(levels, p.levels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(startsUs) + Arrays.hashCode(levels);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ProvisionedSchedule[");
        for (int i = 0; i < startsUs.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(startsUs[i]).append("µs→").append(levels[i]);
        }
        return sb.append(']').toString();
    }
}
