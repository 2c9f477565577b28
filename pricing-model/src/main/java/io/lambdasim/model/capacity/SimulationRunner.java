package io.lambdasim.model.capacity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs independent replications of a simulation, in parallel on {@code threads} threads. Replication r draws from
 * substream r of every named random stream and is computed alone, and the results are merged in replication order, so
 * the numbers are the same at any thread count.
 */
public final class SimulationRunner {

    private SimulationRunner() {
    }

    /** The runs and, for each figure of {@link RunResult#metrics()}, its mean and 95 % confidence half-width. */
    public record Report(List<RunResult> runs, Map<String, ConfidenceInterval> summary) {
    }

    public static Report run(SimulationSpec spec, int replications, int threads) {
        return run(spec, replications, threads, r -> { });
    }

    /** As {@link #run(SimulationSpec, int, int)}, calling {@code onDone} with each replication as it finishes. */
    public static Report run(SimulationSpec spec, int replications, int threads, IntConsumer onDone) {
        if (replications < 1) {
            throw new IllegalArgumentException("at least one replication, was " + replications);
        }
        List<RunResult> runs = new ArrayList<>(replications);
        if (threads <= 1 || replications == 1) {
            for (int r = 0; r < replications; r++) {
                runs.add(new LambdaSimulation(spec, r).run());
                onDone.accept(r);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, replications), runnable -> {
                Thread t = new Thread(runnable, "lambdasim-replication");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<RunResult>> futures = new ArrayList<>();
                for (int r = 0; r < replications; r++) {
                    int rep = r;
                    futures.add(pool.submit(() -> {
                        RunResult result = new LambdaSimulation(spec, rep).run();
                        onDone.accept(rep);
                        return result;
                    }));
                }
                for (Future<RunResult> f : futures) {
                    runs.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("simulation interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(cause);
            } finally {
                pool.shutdownNow();
            }
        }
        return new Report(List.copyOf(runs), summarize(runs));
    }

    static Map<String, ConfidenceInterval> summarize(List<RunResult> runs) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (RunResult r : runs) {
            r.metrics().forEach((k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        Map<String, ConfidenceInterval> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, ConfidenceInterval.of(v)));
        return out;
    }
}
