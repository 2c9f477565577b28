package io.lambdasim.workload.generator;

import java.util.Locale;

/**
 * A smooth daily cycle on the wall clock: the factor is {@code 1 + a·cos(2π·(h − peakHour) / 24)} at local time of day
 * {@code h} (in hours, fractions included), with the amplitude {@code a = (r − 1) / (r + 1)} chosen so that the peak is
 * {@code r = peakToTrough} times the trough, twelve hours later. It averages 1 over a day, so the profile's base rate
 * stays the daily average; the peak is {@code 1 + a = 2r / (r + 1)} times it (1.6 for {@code r = 4}), the trough
 * {@code 2 / (r + 1)}. Days of 23 or 25 hours (daylight-saving changes) follow the local clock.
 *
 * @param peakHour    the local time of the peak in hours, 0 (midnight) to less than 24; 14.5 is 14:30
 * @param peakToTrough the ratio of the peak rate to the trough rate, 1 (flat) to 1,000
 */
public record DailyCurve(double peakHour, double peakToTrough) implements RateFactor {

    /** The largest peak-to-trough ratio accepted. */
    public static final double MAX_PEAK_TO_TROUGH = 1000;

    public DailyCurve {
        if (!(peakHour >= 0 && peakHour < 24)) {
            throw new IllegalArgumentException("the daily peak hour must be 0 to less than 24, was " + peakHour);
        }
        if (!(peakToTrough >= 1 && peakToTrough <= MAX_PEAK_TO_TROUGH)) {
            throw new IllegalArgumentException("the daily peak-to-trough ratio must be 1 to " + (int) MAX_PEAK_TO_TROUGH
                    + ", was " + peakToTrough);
        }
    }

    /** The amplitude {@code a = (r − 1) / (r + 1)} of the cosine around 1. */
    public double amplitude() {
        return (peakToTrough - 1) / (peakToTrough + 1);
    }

    @Override
    public String describe() {
        int minutes = (int) Math.round(peakHour * 60) % (24 * 60);
        return String.format(Locale.ROOT, "daily peak at %02d:%02d, %s× the trough", minutes / 60, minutes % 60,
                Numbers.plain(peakToTrough));
    }
}
