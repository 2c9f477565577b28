package io.lambdasim.pricedata;

/** The memory sizes a function may be configured with under an edition: {@code minMb..maxMb} in steps of {@code stepMb}. */
public record MemoryLimits(int minMb, int maxMb, int stepMb) {

    public MemoryLimits {
        if (minMb < 1 || maxMb < minMb || stepMb < 1) {
            throw new IllegalArgumentException("bad memory limits " + minMb + ".." + maxMb + " step " + stepMb);
        }
    }

    /** An explanation of why {@code mb} is not allowed, or null when it is. */
    public String violation(int mb) {
        if (mb < minMb || mb > maxMb) {
            return "memory " + mb + " MB is outside " + minMb + " to " + maxMb + " MB";
        }
        if ((mb - minMb) % stepMb != 0) {
            return "memory " + mb + " MB is not a multiple of " + stepMb + " MB steps from " + minMb + " MB";
        }
        return null;
    }
}
