package io.lambdasim.model.breakeven;

import io.lambdasim.model.compare.DesignComparison;
import io.lambdasim.model.compare.DesignResult;
import io.lambdasim.model.compare.MonthlyExtrapolation;
import io.lambdasim.model.ec2.FleetPrices;
import io.lambdasim.model.scenario.Design;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.pricedata.PriceEdition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The break-even of a scenario's designs on its own traffic ({@code docs/breakeven.md}, "A scenario's break-even"):
 * the traffic is scaled by log-spaced factors with its shape kept ({@link Scenario#withTrafficScaledBy}), every design
 * is simulated and priced for a 730-hour month at each factor, exactly as {@code compare} prices it, and every
 * crossing between a Lambda design and a fleet is found on the curves and located again by re-simulating both designs
 * at the volumes Brent's method asks for ({@link Crossings}).
 *
 * <p>Simulations run on a pool of {@code threads} threads, one design at one volume per task, each with the
 * scenario's seed and replications: the results do not depend on the thread count. Each simulation is remembered, so
 * a volume is never simulated twice for a design.
 */
public final class ScenarioBreakEven {

    /** Reports how many of the planned simulations are done (called from worker threads). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, planned) -> { };

        void update(int done, int planned);
    }

    private final DesignComparison comparison;

    /** A break-even pricing fleets with {@code fleetPrices}. */
    public ScenarioBreakEven(FleetPrices fleetPrices) {
        this.comparison = new DesignComparison(fleetPrices);
    }

    /** The break-even of {@code scenario} with the bundled prices. */
    public static ScenarioBreakEvenResult run(Scenario scenario, SweepOptions options, int threads) {
        return new ScenarioBreakEven(DesignComparison.bundledPrices(scenario)).analyse(scenario, options, threads,
                Progress.NONE);
    }

    public ScenarioBreakEvenResult analyse(Scenario scenario, SweepOptions options, int threads, Progress progress) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread, was " + threads);
        }
        if (scenario.designs().isEmpty()) {
            throw new IllegalArgumentException("scenario '" + scenario.name() + "' has no designs: a break-even "
                    + "compares designs (add a \"designs\" list, docs/scenario-format.md)");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "lambdasim-breakeven");
            t.setDaemon(true);
            return t;
        });
        try {
            return new Sweep(scenario, options, pool, progress).run();
        } finally {
            pool.shutdownNow();
        }
    }

    /** One analysis: the memo of simulations and the pool they run on. */
    private final class Sweep {
        private final Scenario scenario;
        private final SweepOptions options;
        private final ExecutorService pool;
        private final Progress progress;
        private final Map<String, Map<Long, DesignResult>> memo = new ConcurrentHashMap<>();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger planned = new AtomicInteger();
        private long baseVolume;
        private volatile boolean refining;

        Sweep(Scenario scenario, SweepOptions options, ExecutorService pool, Progress progress) {
            this.scenario = scenario;
            this.options = options;
            this.pool = pool;
            this.progress = progress;
        }

        ScenarioBreakEvenResult run() {
            List<Design> designs = scenario.designs();
            // The scenario's own traffic first: its volume is the unit of the axis.
            planned.set(designs.size() * (options.factors().length + (contains(options.factors(), 1) ? 0 : 1)));
            List<DesignResult> current = all(designs.stream().map(d -> (Callable<DesignResult>) () -> {
                DesignResult r = comparison.evaluate(scenario, d, 1);
                tick();
                return r;
            }).toList());
            double requests = current.get(0).requests();
            baseVolume = Math.round(requests * (double) MonthlyExtrapolation.MONTH_US / scenario.horizonUs());
            if (baseVolume < 1) {
                throw new IllegalArgumentException("scenario '" + scenario.name() + "' has no requests in its horizon: "
                        + "there is no traffic to scale");
            }
            for (int i = 0; i < designs.size(); i++) {
                memo(designs.get(i).name()).put(baseVolume, current.get(i));
            }
            long[] volumes = volumes();
            // Largest volumes first: the longest simulations start early and the pool ends evenly loaded.
            List<Callable<DesignResult>> grid = new ArrayList<>();
            for (int i = volumes.length - 1; i >= 0; i--) {
                long v = volumes[i];
                for (Design d : designs) {
                    grid.add(() -> evaluate(d, v));
                }
            }
            all(grid);
            planned.set(done.get());
            List<DesignCurve> curves = new ArrayList<>();
            for (Design d : designs) {
                curves.add(curve(d, volumes));
            }
            refining = true;
            List<Crossing> crossings = crossings(designs, curves);
            progress.update(done.get(), done.get());
            return new ScenarioBreakEvenResult(scenario.name(), scenario.seed(), scenario.replications(),
                    scenario.horizonUs(), options, baseVolume, curves, crossings, provisioned(designs),
                    ArchitectureBreakEven.of(edition()), granularity(designs), done.get());
        }

        private long[] volumes() {
            double[] factors = options.factors();
            List<Long> out = new ArrayList<>();
            for (double f : factors) {
                long v = Math.max(1, Math.round(f * baseVolume));
                if (out.isEmpty() || v > out.get(out.size() - 1)) {
                    out.add(v);
                }
            }
            return out.stream().mapToLong(Long::longValue).toArray();
        }

        /**
         * Every pair (Lambda design, fleet) in turn; each of the refiner's volumes simulates both designs at once on
         * the pool.
         */
        private List<Crossing> crossings(List<Design> designs, List<DesignCurve> curves) {
            List<Crossing> out = new ArrayList<>();
            for (int i = 0; i < designs.size(); i++) {
                if (!(designs.get(i) instanceof Design.Lambda)) {
                    continue;
                }
                for (int j = 0; j < designs.size(); j++) {
                    if (designs.get(j) instanceof Design.Lambda) {
                        continue;
                    }
                    Design lambda = designs.get(i);
                    Design other = designs.get(j);
                    Refiner refiner = options.refine() ? v -> {
                        List<DesignResult> both = all(List.of(() -> evaluate(lambda, v), () -> evaluate(other, v)));
                        return new Refiner.Costs(both.get(0).monthlyCostUsd(), both.get(1).monthlyCostUsd());
                    } : null;
                    out.addAll(Crossings.find(curves.get(i).costCurve(), curves.get(j).costCurve(), refiner,
                            options.relativeTolerance()));
                }
            }
            return out;
        }

        private DesignCurve curve(Design d, long[] volumes) {
            List<DesignCurve.Point> points = new ArrayList<>();
            for (long v : volumes) {
                DesignResult r = DesignComparison.judged(memo(d.name()).get(v), scenario.objective());
                points.add(new DesignCurve.Point((double) v / baseVolume, v, r.monthlyCostUsd(), r.p99LatencyMs(),
                        r.failedShare(), r.coldStartProbability(), r.meetsObjective()));
            }
            return new DesignCurve(d.name(), d.type(), points);
        }

        /** Design {@code d} simulated at {@code volume} requests a month, once. */
        private DesignResult evaluate(Design d, long volume) {
            Map<Long, DesignResult> m = memo(d.name());
            DesignResult known = m.get(volume);
            if (known != null) {
                return known;
            }
            Scenario scaled = scenario.withTrafficScaledBy((double) volume / baseVolume);
            Design design = scaled.designs().stream().filter(x -> x.name().equals(d.name())).findFirst()
                    .orElseThrow();
            DesignResult r = comparison.evaluate(scaled, design, 1);
            DesignResult previous = m.putIfAbsent(volume, r);
            if (previous == null) {
                if (refining) {
                    planned.incrementAndGet();
                }
                tick();
            }
            return previous != null ? previous : r;
        }

        private Map<Long, DesignResult> memo(String design) {
            return memo.computeIfAbsent(design, k -> new ConcurrentHashMap<>());
        }

        private void tick() {
            progress.update(done.incrementAndGet(), planned.get());
        }

        private PriceEdition edition() {
            return scenario.spec().edition();
        }

        private List<ScenarioBreakEvenResult.ProvisionedUtilisation> provisioned(List<Design> designs) {
            List<ScenarioBreakEvenResult.ProvisionedUtilisation> out = new ArrayList<>();
            for (Design d : designs) {
                if (d instanceof Design.Lambda l) {
                    out.add(new ScenarioBreakEvenResult.ProvisionedUtilisation(l.name(), l.variant().architecture(),
                            ProvisionedConcurrencyBreakEven.of(edition(), l.variant().architecture())));
                }
            }
            return out;
        }

        private List<ScenarioBreakEvenResult.Granularity> granularity(List<Design> designs) {
            List<ScenarioBreakEvenResult.Granularity> out = new ArrayList<>();
            for (Design d : designs) {
                if (d instanceof Design.Lambda l) {
                    GranularitySavings g = GranularitySavings.ofDistribution(l.variant().duration());
                    out.add(new ScenarioBreakEvenResult.Granularity(l.name(), g, g.monthly(edition(),
                            l.variant().architecture(), l.variant().memoryMb(), baseVolume,
                            scenario.spec().billing().freeTier())));
                }
            }
            return out;
        }

        private <T> List<T> all(List<Callable<T>> tasks) {
            try {
                List<Future<T>> futures = new ArrayList<>();
                for (Callable<T> t : tasks) {
                    futures.add(pool.submit(t));
                }
                List<T> out = new ArrayList<>();
                for (Future<T> f : futures) {
                    out.add(f.get());
                }
                return out;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("break-even interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static boolean contains(double[] values, double v) {
        for (double x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

}
