package io.lambdasim.model.capacity;

import io.lambdasim.model.billing.BillingOptions;
import io.lambdasim.pricedata.PriceEdition;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one simulation needs: the functions of one account, its limits, the price edition that bills them, the
 * simulated span and the statistics' settings.
 *
 * @param horizonUs  simulated time; arrivals after it are not generated, and time-weighted statistics cover [warm-up, horizon]
 * @param warmupUs   counts, latencies and time averages ignore what happens before this (billing does not)
 * @param binUs      width of the time-series bins (one minute by default)
 * @param seed       master seed of every random stream
 */
public record SimulationSpec(List<FunctionSpec> functions, AccountSpec account, PriceEdition edition,
                             BillingOptions billing, long horizonUs, long warmupUs, long binUs, long seed) {

    public static final long ONE_MINUTE_US = 60_000_000L;

    public SimulationSpec {
        functions = List.copyOf(functions);
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(billing, "billing");
        if (functions.isEmpty()) {
            throw new IllegalArgumentException("a simulation needs at least one function");
        }
        Set<String> names = new HashSet<>();
        long reserved = 0;
        for (FunctionSpec f : functions) {
            if (!names.add(f.name())) {
                throw new IllegalArgumentException("two functions are named '" + f.name() + "'");
            }
            if (!edition.offers(f.architecture())) {
                throw new IllegalArgumentException("function '" + f.name() + "': price edition " + edition.id()
                        + " has no " + f.architecture().id() + " prices");
            }
            if (f.hasReservedConcurrency()) {
                reserved += f.reservedConcurrency();
            }
        }
        if (reserved > account.concurrencyLimit() - account.minUnreserved()) {
            throw new IllegalArgumentException("reserved concurrency " + reserved + " leaves less than "
                    + account.minUnreserved() + " of the account limit " + account.concurrencyLimit() + " unreserved");
        }
        if (horizonUs < 1) {
            throw new IllegalArgumentException("horizon must be positive");
        }
        if (warmupUs < 0 || warmupUs >= horizonUs) {
            throw new IllegalArgumentException("warm-up must be at least 0 and shorter than the horizon");
        }
        if (binUs < 1_000) {
            throw new IllegalArgumentException("time-series bins must be at least 1 ms wide");
        }
        if ((horizonUs + binUs - 1) / binUs > 10_000_000L) {
            throw new IllegalArgumentException("more than 10 million time-series bins: widen the bins");
        }
    }

    public SimulationSpec withFunctions(List<FunctionSpec> fs) {
        return new SimulationSpec(fs, account, edition, billing, horizonUs, warmupUs, binUs, seed);
    }

    public SimulationSpec withSeed(long s) {
        return new SimulationSpec(functions, account, edition, billing, horizonUs, warmupUs, binUs, s);
    }

    public SimulationSpec withAccount(AccountSpec a) {
        return new SimulationSpec(functions, a, edition, billing, horizonUs, warmupUs, binUs, seed);
    }
}
