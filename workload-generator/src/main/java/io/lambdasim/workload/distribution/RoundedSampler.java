package io.lambdasim.workload.distribution;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/** The draws of a commons-rng continuous sampler (in µs) rounded to whole microseconds. */
final class RoundedSampler implements DurationSampler {

    private final ContinuousSampler continuous;

    RoundedSampler(ContinuousSampler continuous) {
        this.continuous = continuous;
    }

    @Override
    public long sampleUs() {
        return Math.round(continuous.sample());
    }
}
