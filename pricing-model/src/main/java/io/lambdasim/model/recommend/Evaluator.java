package io.lambdasim.model.recommend;

import io.lambdasim.model.billing.BillingEngine;
import io.lambdasim.model.capacity.RunResult;
import io.lambdasim.model.capacity.SimulationRunner;
import io.lambdasim.model.capacity.SimulationSpec;
import io.lambdasim.model.compare.MonthlyExtrapolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;

/**
 * Simulates candidate configurations, several at once on {@code threads} threads. Every candidate runs the
 * scenario's replications with the scenario's seed (replication r on substream r, as {@link SimulationRunner} does)
 * and the results are gathered in the order the candidates were given, so the numbers do not depend on the thread
 * count.
 */
final class Evaluator {

    private final int replications;
    private final int threads;

    Evaluator(int replications, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread, was " + threads);
        }
        this.replications = replications;
        this.threads = threads;
    }

    /** The runs of {@code spec}, replications in parallel. */
    List<RunResult> runs(SimulationSpec spec) {
        return SimulationRunner.run(spec, replications, threads).runs();
    }

    /** Each spec's evaluation, in the order given. */
    List<Evaluation> evaluateAll(List<SimulationSpec> specs) {
        if (specs.isEmpty()) {
            return List.of();
        }
        List<Callable<Evaluation>> tasks = new ArrayList<>();
        for (SimulationSpec s : specs) {
            // Across candidates in parallel; each candidate's replications one after the other.
            tasks.add(() -> evaluate(s, SimulationRunner.run(s, replications, 1).runs()));
        }
        if (threads == 1 || tasks.size() == 1) {
            List<Evaluation> out = new ArrayList<>();
            for (SimulationSpec s : specs) {
                out.add(evaluate(s, runs(s)));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
            Thread t = new Thread(r, "lambdasim-recommend");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Evaluation>> futures = new ArrayList<>();
            for (Callable<Evaluation> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<Evaluation> out = new ArrayList<>();
            for (Future<Evaluation> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("recommendation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The evaluation of {@code runs} of {@code spec}: monthly cost extrapolated to 730 hours, behaviour averaged. */
    static Evaluation evaluate(SimulationSpec spec, List<RunResult> runs) {
        BillingEngine engine = new BillingEngine();
        BigDecimal sum = BigDecimal.ZERO;
        int peak = 0;
        for (RunResult r : runs) {
            sum = sum.add(engine.bill(MonthlyExtrapolation.lambdaUsage(r.usage(), spec.horizonUs()), spec.edition(),
                    spec.billing()).totalUsd());
            peak = Math.max(peak, r.peakConcurrency());
        }
        BigDecimal monthly = sum.divide(BigDecimal.valueOf(runs.size()), 2, RoundingMode.HALF_UP);
        return new Evaluation(mean(runs, r -> r.invocations()), monthly, mean(runs, r -> r.latency().meanMs()), mean(runs, r -> r.latency().p99Ms()),
                mean(runs, RunResult::coldStartProbability), mean(runs, RunResult::throttleProbability), peak);
    }

    private static double mean(List<RunResult> runs, ToDoubleFunction<RunResult> f) {
        double s = 0;
        for (RunResult r : runs) {
            s += f.applyAsDouble(r);
        }
        return s / runs.size();
    }
}
