package io.lambdasim.model.compare;

import io.lambdasim.model.billing.Bill;
import io.lambdasim.model.billing.BillLine;
import io.lambdasim.model.billing.BillingEngine;
import io.lambdasim.model.capacity.LatencySummary;
import io.lambdasim.model.capacity.RunResult;
import io.lambdasim.model.capacity.SimulationRunner;
import io.lambdasim.model.capacity.SimulationSpec;
import io.lambdasim.model.ec2.FleetBill;
import io.lambdasim.model.ec2.FleetCostLine;
import io.lambdasim.model.ec2.FleetPrices;
import io.lambdasim.model.ec2.FleetResult;
import io.lambdasim.model.ec2.FleetSimulation;
import io.lambdasim.model.scenario.Design;
import io.lambdasim.model.scenario.Objective;
import io.lambdasim.model.scenario.Scenario;
import io.lambdasim.pricedata.ec2.Ec2Catalog;
import io.lambdasim.pricedata.ec2.Ec2PriceLoader;
import io.lambdasim.pricedata.ec2.Ec2PriceTable;
import io.lambdasim.pricedata.frontdoor.FrontDoorCatalog;
import io.lambdasim.pricedata.frontdoor.FrontDoorPriceLoader;
import io.lambdasim.pricedata.frontdoor.FrontDoorPrices;
import io.lambdasim.workload.time.TimeSpans;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;

/**
 * Runs every design of a scenario on the same traffic (same seed, same named random streams: common random
 * numbers) and tabulates cost and behaviour ({@code docs/compare.md}). A Lambda design is simulated alone: the
 * scenario with only its function, overrides applied. Without designs, the scenario's functions as configured are the
 * one design {@code as configured}.
 */
public final class DesignComparison {

    /** The name of the one design of a scenario without designs. */
    public static final String AS_CONFIGURED = "as configured";

    private final FleetPrices fleetPrices;

    /** A comparison pricing fleets with {@code fleetPrices}. */
    public DesignComparison(FleetPrices fleetPrices) {
        this.fleetPrices = fleetPrices;
    }

    /**
     * The bundled EC2 and front-door prices of the scenario's region in force on its price date, or, when the price
     * date is before the region's first table, that first table.
     */
    public static FleetPrices bundledPrices(Scenario scenario) {
        Ec2Catalog ec2 = Ec2PriceLoader.loadBundled();
        FrontDoorCatalog doors = FrontDoorPriceLoader.loadBundled();
        String region = scenario.region();
        Optional<Ec2PriceTable> table = ec2.tables().stream().filter(t -> t.region().equals(region))
                .filter(t -> !t.effectiveDate().isAfter(scenario.priceDate()))
                .max(Comparator.comparing(Ec2PriceTable::effectiveDate))
                .or(() -> ec2.tables().stream().filter(t -> t.region().equals(region))
                        .min(Comparator.comparing(Ec2PriceTable::effectiveDate)));
        Optional<FrontDoorPrices> door = doors.all().stream().filter(p -> p.region().equals(region))
                .filter(p -> !p.effectiveDate().isAfter(scenario.priceDate()))
                .max(Comparator.comparing(FrontDoorPrices::effectiveDate))
                .or(() -> doors.all().stream().filter(p -> p.region().equals(region))
                        .min(Comparator.comparing(FrontDoorPrices::effectiveDate)));
        return new FleetPrices(table, door);
    }

    /** Compares the designs of {@code scenario} with the bundled prices, replications on {@code threads} threads. */
    public static Comparison run(Scenario scenario, int threads) {
        boolean fleets = scenario.designs().stream().anyMatch(d -> d instanceof Design.Fleet);
        FleetPrices prices = fleets ? bundledPrices(scenario) : new FleetPrices(Optional.empty(), Optional.empty());
        return new DesignComparison(prices).compare(scenario, threads);
    }

    public Comparison compare(Scenario scenario, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread, was " + threads);
        }
        List<DesignResult> rows = new ArrayList<>();
        if (scenario.designs().isEmpty()) {
            rows.add(evaluateAsConfigured(scenario, threads).result());
        }
        for (Design d : scenario.designs()) {
            rows.add(evaluate(scenario, d, threads));
        }
        return judge(scenario, rows);
    }

    /**
     * One design of {@code scenario} (or any design serving one of its functions) run on the scenario's traffic and
     * priced, not yet judged against the objective ({@link DesignResult#meetsObjective()} false, empty reason);
     * replications on {@code threads} threads, the same numbers at any thread count.
     */
    public DesignResult evaluate(Scenario scenario, Design design, int threads) {
        return evaluateDetailed(scenario, design, threads).result();
    }

    /**
     * As {@link #evaluate}, keeping the first replication's run (time series, latency distributions, scaling
     * events) for charts and reports.
     */
    public Evaluation evaluateDetailed(Scenario scenario, Design design, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread, was " + threads);
        }
        if (design instanceof Design.Lambda l) {
            SimulationSpec spec = scenario.spec().withFunctions(List.of(l.variant()));
            return lambda(l.name(), l.function(), describe(l), spec, scenario.replications(), threads);
        }
        return fleet((Design.Fleet) design, scenario, threads);
    }

    /** The scenario's functions as configured (its one design when it has none), with the first run kept. */
    public Evaluation evaluateAsConfigured(Scenario scenario, int threads) {
        return lambda(AS_CONFIGURED, "", "the scenario's functions as configured", scenario.spec(),
                scenario.replications(), threads);
    }

    /**
     * A design's row and its first replication: a Lambda run or a fleet run.
     *
     * @param result    the design's row, not yet judged
     * @param lambdaRun the first replication of a Lambda design
     * @param fleetRun  the first replication of a fleet
     */
    public record Evaluation(DesignResult result, Optional<RunResult> lambdaRun, Optional<FleetResult> fleetRun,
                             List<Replication> replications) {

        public Evaluation {
            java.util.Objects.requireNonNull(result, "result");
            java.util.Objects.requireNonNull(lambdaRun, "lambdaRun");
            java.util.Objects.requireNonNull(fleetRun, "fleetRun");
            replications = List.copyOf(replications);
        }

        /** An evaluation without per-replication figures. */
        public Evaluation(DesignResult result, Optional<RunResult> lambdaRun, Optional<FleetResult> fleetRun) {
            this(result, lambdaRun, fleetRun, List.of());
        }
    }

    /**
     * What one replication of a design gave, for confidence intervals over the replications.
     *
     * @param monthlyUsd     its bill extrapolated to a 730-hour month
     * @param coldStartShare cold starts per served attempt (Lambda), NaN for fleets
     * @param failedShare    throttled (Lambda) or unserved (fleets) share of requests
     * @param latency        its latency distribution, arrival to end
     */
    public record Replication(BigDecimal monthlyUsd, double coldStartShare, double failedShare,
                              LatencySummary latency) {

        public Replication {
            java.util.Objects.requireNonNull(monthlyUsd, "monthlyUsd");
            java.util.Objects.requireNonNull(latency, "latency");
        }
    }

    /** Whether {@code result} meets {@code objective}, and why not (the reason a comparison gives). */
    public static DesignResult judged(DesignResult result, Objective objective) {
        return judge(result, objective);
    }

    /** The comparison of {@code rows} (evaluated designs of {@code scenario}) against the scenario's objective. */
    public static Comparison judge(Scenario scenario, List<DesignResult> rows) {
        Objective objective = scenario.objective();
        List<DesignResult> judged = new ArrayList<>();
        for (DesignResult r : rows) {
            judged.add(judge(r, objective));
        }
        Optional<String> cheapest = judged.stream().filter(DesignResult::meetsObjective)
                .min(Comparator.comparing(DesignResult::monthlyCostUsd)).map(DesignResult::name);
        List<DesignResult> out = new ArrayList<>();
        for (DesignResult r : judged) {
            if (r.meetsObjective() && cheapest.isPresent() && !cheapest.get().equals(r.name())) {
                DesignResult best = judged.stream().filter(x -> x.name().equals(cheapest.get())).findFirst()
                        .orElseThrow();
                out.add(r.judged(true, "meets the objective but costs " + usd(r.monthlyCostUsd()) + " a month, more "
                        + "than " + best.name() + " (" + usd(best.monthlyCostUsd()) + ")"));
            } else if (r.meetsObjective()) {
                out.add(r.judged(true, "cheapest design that meets the objective"));
            } else {
                out.add(r);
            }
        }
        return new Comparison(scenario.name(), scenario.seed(), scenario.replications(), scenario.horizonUs(),
                objective, out, cheapest);
    }

    private static DesignResult judge(DesignResult r, Objective o) {
        if (r.failedShare() > o.maxFailedShare()) {
            String what = r.isLambda() ? "throttled" : "did not serve";
            return r.judged(false, what + " " + percent(r.failedShare()) + " of requests (the objective allows "
                    + percent(o.maxFailedShare()) + ")");
        }
        if (o.p99LatencyUs().isPresent()) {
            double limitMs = o.p99LatencyUs().getAsLong() / 1000.0;
            if (Double.isNaN(r.p99LatencyMs()) || r.p99LatencyMs() > limitMs) {
                return r.judged(false, String.format(Locale.ROOT, "p99 latency %.1f ms is above the objective's %s",
                        r.p99LatencyMs(), TimeSpans.format(o.p99LatencyUs().getAsLong())));
            }
        }
        return r.judged(true, "meets the objective");
    }

    private static String describe(Design.Lambda l) {
        return "Lambda " + l.variant().memoryMb() + " MB " + l.variant().architecture().id()
                + (l.plan().isNone() ? "" : ", provisioned concurrency up to " + l.plan().maxLevel());
    }

    private static Evaluation lambda(String name, String function, String description, SimulationSpec spec,
                                       int replications, int threads) {
        List<RunResult> runs = SimulationRunner.run(spec, replications, threads).runs();
        BillingEngine engine = new BillingEngine();
        List<BigDecimal> monthly = new ArrayList<>();
        List<Replication> perReplication = new ArrayList<>();
        Bill firstMonth = null;
        for (RunResult r : runs) {
            Bill m = engine.bill(MonthlyExtrapolation.lambdaUsage(r.usage(), spec.horizonUs()), spec.edition(),
                    spec.billing());
            firstMonth = firstMonth == null ? m : firstMonth;
            monthly.add(m.totalUsd());
            perReplication.add(new Replication(m.totalUsd(), r.coldStartProbability(), r.throttleProbability(),
                    r.latency()));
        }
        BigDecimal cost = mean(runs.stream().map(r -> r.bill().totalUsd()).toList());
        double requests = meanOf(runs, r -> r.invocations());
        return new Evaluation(new DesignResult(name, "lambda", function, description, cost, mean(monthly),
                lambdaLines(runs.get(0).bill()), lambdaLines(firstMonth), requests, perMillion(cost, requests),
                meanOf(runs, RunResult::coldStartProbability), meanOf(runs, RunResult::throttleProbability),
                meanOf(runs, r -> r.latency().p50Ms()), meanOf(runs, r -> r.latency().p99Ms()),
                meanOf(runs, r -> r.avgEnvironments() == 0 ? 0 : r.avgBusy() / r.avgEnvironments()),
                false, "", List.of()), Optional.of(runs.get(0)), Optional.empty(), perReplication);
    }

    private Evaluation fleet(Design.Fleet d, Scenario scenario, int threads) {
        List<FleetResult> runs = fleetRuns(d, scenario, threads);
        List<BigDecimal> monthly = new ArrayList<>();
        List<Replication> perReplication = new ArrayList<>();
        FleetBill firstMonth = null;
        for (FleetResult r : runs) {
            FleetBill m = MonthlyExtrapolation.fleetBill(r.bill(), scenario.horizonUs());
            firstMonth = firstMonth == null ? m : firstMonth;
            monthly.add(m.totalUsd());
            perReplication.add(new Replication(m.totalUsd(), Double.NaN, r.unservedShare(), r.latency()));
        }
        BigDecimal cost = mean(runs.stream().map(r -> r.bill().totalUsd()).toList());
        double requests = meanOf(runs, r -> r.arrivals());
        return new Evaluation(new DesignResult(d.name(), d.type(), d.function(), d.fleet().compute().describe()
                + ", " + d.fleet().capacity().describe() + ", " + d.fleet().frontDoor().describe(), cost,
                mean(monthly), fleetLines(runs.get(0).bill()), fleetLines(firstMonth), requests,
                perMillion(cost, requests), Double.NaN, meanOf(runs, FleetResult::unservedShare),
                meanOf(runs, r -> r.latency().p50Ms()), meanOf(runs, r -> r.latency().p99Ms()),
                meanOf(runs, FleetResult::utilisation), false, "", runs.get(0).warnings()), Optional.empty(),
                Optional.of(runs.get(0)), perReplication);
    }

    private List<FleetResult> fleetRuns(Design.Fleet d, Scenario scenario, int threads) {
        int n = scenario.replications();
        if (threads <= 1 || n == 1) {
            List<FleetResult> out = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                out.add(new FleetSimulation(scenario.spec(), d.fleet(), fleetPrices, r).run());
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), runnable -> {
            Thread t = new Thread(runnable, "lambdasim-fleet-replication");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FleetResult>> futures = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                int rep = r;
                futures.add(pool.submit(() -> new FleetSimulation(scenario.spec(), d.fleet(), fleetPrices, rep).run()));
            }
            List<FleetResult> out = new ArrayList<>();
            for (Future<FleetResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("comparison interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<CostLine> lambdaLines(Bill bill) {
        List<CostLine> out = new ArrayList<>();
        for (BillLine l : bill.lines()) {
            out.add(new CostLine(l.item(), l.quantity(), l.unit(), l.usd()));
        }
        return out;
    }

    private static List<CostLine> fleetLines(FleetBill bill) {
        List<CostLine> out = new ArrayList<>();
        for (FleetCostLine l : bill.lines()) {
            out.add(new CostLine(l.item(), l.quantity(), l.unit(), l.usd()));
        }
        return out;
    }

    private static <T> double meanOf(List<T> runs, ToDoubleFunction<T> f) {
        double sum = 0;
        for (T r : runs) {
            sum += f.applyAsDouble(r);
        }
        return sum / runs.size();
    }

    /** The mean of amounts, to the cent (half up). */
    private static BigDecimal mean(List<BigDecimal> amounts) {
        BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(amounts.size()), 2, RoundingMode.HALF_UP);
    }

    private static double perMillion(BigDecimal cost, double requests) {
        return requests == 0 ? Double.NaN : cost.doubleValue() / requests * 1e6;
    }

    static String usd(BigDecimal v) {
        return "$" + v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.3f %%", share * 100);
    }
}
