package io.lambdasim.model.recommend;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a recommendation run may change from the scenario file: the function to analyse (default the first), the
 * memory sizes to sweep (default {@link MemorySweep#POWER_TUNING_SIZES}), the CPU share and handler threads (default the
 * file's {@code recommend} block) and the cold-start objective (default the file's
 * {@code objective.max_cold_start_share}).
 */
public record RecommendOptions(Optional<String> function, List<Integer> memorySizes, OptionalDouble cpuShare,
                               OptionalInt handlerThreads, OptionalDouble maxColdStartShare) {

    /** Everything as the scenario file says. */
    public static final RecommendOptions DEFAULT = new RecommendOptions(Optional.empty(),
            MemorySweep.POWER_TUNING_SIZES, OptionalDouble.empty(), OptionalInt.empty(), OptionalDouble.empty());

    public RecommendOptions {
        function = function == null ? Optional.empty() : function;
        memorySizes = List.copyOf(memorySizes);
        cpuShare = cpuShare == null ? OptionalDouble.empty() : cpuShare;
        handlerThreads = handlerThreads == null ? OptionalInt.empty() : handlerThreads;
        maxColdStartShare = maxColdStartShare == null ? OptionalDouble.empty() : maxColdStartShare;
        if (memorySizes.isEmpty()) {
            throw new IllegalArgumentException("at least one memory size to try");
        }
    }

    public RecommendOptions withFunction(String name) {
        return new RecommendOptions(Optional.of(name), memorySizes, cpuShare, handlerThreads, maxColdStartShare);
    }

    public RecommendOptions withMemorySizes(List<Integer> sizes) {
        return new RecommendOptions(function, sizes, cpuShare, handlerThreads, maxColdStartShare);
    }

    public RecommendOptions withCpuShare(double share) {
        return new RecommendOptions(function, memorySizes, OptionalDouble.of(share), handlerThreads,
                maxColdStartShare);
    }

    public RecommendOptions withHandlerThreads(int threads) {
        return new RecommendOptions(function, memorySizes, cpuShare, OptionalInt.of(threads), maxColdStartShare);
    }

    public RecommendOptions withMaxColdStartShare(double share) {
        return new RecommendOptions(function, memorySizes, cpuShare, handlerThreads, OptionalDouble.of(share));
    }
}
