package io.lambdasim.model.recommend;

import java.util.Objects;

/**
 * One point of the memory curve (the Lambda Power Tuning curve): a memory size, the factor its durations were scaled
 * by, and what it costs and does.
 *
 * @param current        whether this is the function's configured size
 * @param meetsObjective whether it meets the objective's p99 latency and failed share
 */
public record MemoryPoint(int memoryMb, double durationFactor, Evaluation evaluation, boolean current,
                          boolean meetsObjective) {

    public MemoryPoint {
        Objects.requireNonNull(evaluation, "evaluation");
    }
}
