package io.lambdasim.model.ec2;

/**
 * Per-bin series of a fleet's run (the whole run, warm-up included): requests by what happened to them in the bin,
 * and the fleet's levels averaged over the bin.
 *
 * @param arrivals      requests that arrived in the bin
 * @param served        requests that started service in the bin
 * @param rejected      requests rejected in the bin (queue full)
 * @param abandoned     requests that left the queue in the bin after waiting the timeout
 * @param meanUnits     units billed (booting, in service or draining), time-averaged
 * @param meanServing   units in service (taking requests), time-averaged
 * @param meanBusySlots requests in service, time-averaged
 * @param meanQueue     requests waiting, time-averaged
 * @param maxQueue      the most requests waiting at once in the bin
 */
public record FleetTimeSeries(long binUs, long[] arrivals, long[] served, long[] rejected, long[] abandoned,
                              double[] meanUnits, double[] meanServing, double[] meanBusySlots, double[] meanQueue,
                              int[] maxQueue) {

    public int bins() {
        return arrivals.length;
    }
}
