package io.lambdasim.model.breakeven;

import io.lambdasim.workload.scale.ScaledWorkload;

/**
 * How a scenario break-even sweeps the traffic ({@link ScenarioBreakEven}).
 *
 * @param fromFactor        the smallest traffic factor (1 is the scenario's own traffic), above 0
 * @param toFactor          the largest, above {@code fromFactor}, at most {@link ScaledWorkload#MAX_FACTOR}
 * @param points            how many log-spaced factors, 2 to 101 (factor 1 is always added)
 * @param refine            whether each crossing is located again by re-simulating the two designs near it
 * @param relativeTolerance the refined crossing's relative tolerance on the volume, within (0, 0.1]
 */
public record SweepOptions(double fromFactor, double toFactor, int points, boolean refine, double relativeTolerance) {

    /** 0.1× to 10× the scenario's traffic in 9 log-spaced points (four per decade), crossings refined to 1 %. */
    public static final SweepOptions DEFAULT = new SweepOptions(0.1, 10, 9, true, 0.01);

    public SweepOptions {
        if (!(fromFactor > 0) || !(toFactor > fromFactor) || toFactor > ScaledWorkload.MAX_FACTOR) {
            throw new IllegalArgumentException("traffic factors must satisfy 0 < from < to <= "
                    + (long) ScaledWorkload.MAX_FACTOR + ", were " + fromFactor + " and " + toFactor);
        }
        if (points < 2 || points > 101) {
            throw new IllegalArgumentException("a sweep needs 2 to 101 points, was " + points);
        }
        if (!(relativeTolerance > 0 && relativeTolerance <= 0.1)) {
            throw new IllegalArgumentException("the relative tolerance must be within (0, 0.1], was "
                    + relativeTolerance);
        }
    }

    /**
     * The factors swept: {@code from × (to / from)^(i / (points − 1))} for i = 0 .. points − 1, both ends exact, and
     * 1 (the scenario's own traffic) when it lies between them; increasing, without duplicates.
     */
    public double[] factors() {
        java.util.TreeSet<Double> out = new java.util.TreeSet<>();
        double ratio = Math.log(toFactor / fromFactor);
        for (int i = 0; i < points; i++) {
            double f = i == 0 ? fromFactor : i == points - 1 ? toFactor
                    : fromFactor * Math.exp(ratio * i / (points - 1));
            out.add(Math.abs(f - 1) < 1e-9 ? 1.0 : f);   // today's traffic exactly, not 1.0000000000000002
        }
        if (fromFactor <= 1 && 1 <= toFactor) {
            out.add(1.0);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
