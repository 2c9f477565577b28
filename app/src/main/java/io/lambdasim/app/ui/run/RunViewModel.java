package io.lambdasim.app.ui.run;

import io.lambdasim.model.compare.Comparison;
import io.lambdasim.model.compare.DesignComparison;
import io.lambdasim.model.compare.DesignResult;
import io.lambdasim.model.scenario.Design;
import io.lambdasim.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs the scenario's designs in the background with progress, an estimate of the time left and cancellation. The
 * last complete results stay in {@link #resultsProperty()} until a later run completes: a cancelled or failed run
 * leaves them in place.
 */
public final class RunViewModel {

    /** A run this short is repeated by itself after every edit ({@link #isQuick()}). */
    public static final long QUICK_RUN_MS = 2_000;

    private final TaskRunner runner;
    private final int threads;
    private final LongSupplier clockMs;
    private final ReadOnlyObjectWrapper<RunResults> results = new ReadOnlyObjectWrapper<>(this, "results");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Not run yet");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private TaskRunner.Handle handle;
    private long startedMs;
    private int generation;

    public RunViewModel(TaskRunner runner, int threads, LongSupplier clockMs) {
        this.runner = Objects.requireNonNull(runner, "runner");
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread, was " + threads);
        }
        this.threads = threads;
        this.clockMs = Objects.requireNonNull(clockMs, "clockMs");
    }

    /** The view model of the app: all cores, the system clock. */
    public static RunViewModel forApp(TaskRunner runner) {
        return new RunViewModel(runner, Runtime.getRuntime().availableProcessors(), System::currentTimeMillis);
    }

    public ReadOnlyObjectProperty<RunResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public RunResults results() {
        return results.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** 0 to 1 while running. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Simulating lambda-arm64 (2 of 3)… about 3 s left", "Ran 3 designs in 0.8 s", "Cancelled: ...". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last run's failure, empty if it did not fail. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the last complete run was short enough to repeat after every edit. */
    public boolean isQuick() {
        RunResults r = results.get();
        return r != null && r.elapsedMs() <= QUICK_RUN_MS;
    }

    /** Runs {@code scenario} (revision {@code revision} of its document); a run in progress is cancelled first. */
    public void run(Scenario scenario, int revision) {
        Objects.requireNonNull(scenario, "scenario");
        if (handle != null) {
            handle.cancel();
        }
        int mine = ++generation;
        startedMs = clockMs.getAsLong();
        running.set(true);
        progress.set(0);
        error.set("");
        List<Design> designs = scenario.designs();
        int total = Math.max(1, designs.size());
        status.set("Simulating " + total + (total == 1 ? " design" : " designs") + "…");
        handle = runner.run(p -> compute(scenario, revision, p), fraction -> {
            if (mine == generation) {
                progress.set(fraction);
                status.set(progressText(fraction, total));
            }
        }, r -> {
            if (mine == generation) {
                results.set(r);
                finish(String.format(Locale.ROOT, "Ran %d %s in %s", total, total == 1 ? "design" : "designs",
                        seconds(r.elapsedMs())));
            }
        }, t -> {
            if (mine == generation) {
                String message = t.getMessage() == null ? t.toString() : t.getMessage();
                error.set(message);
                finish("Run failed: " + message + (results.get() == null ? "" : " (showing the previous results)"));
            }
        }, () -> {
            if (mine == generation) {
                finish(results.get() == null ? "Cancelled" : "Cancelled: showing the previous results");
            }
        });
    }

    /** Cancels the run in progress, if any; the previous results stay. */
    public void cancel() {
        if (handle != null && running.get()) {
            handle.cancel();
        }
    }

    private void finish(String text) {
        running.set(false);
        progress.set(0);
        status.set(text);
        handle = null;
    }

    /**
     * Every design at once on {@code threads} threads (each design's replications in turn on its thread: a design is
     * the unit of work), results in the scenario's order, the same at any thread count.
     */
    private RunResults compute(Scenario scenario, int revision, TaskRunner.Progress p) throws InterruptedException {
        long start = clockMs.getAsLong();
        DesignComparison engine = new DesignComparison(DesignComparison.bundledPrices(scenario));
        List<Design> designs = scenario.designs();
        int total = Math.max(1, designs.size());
        p.update(0, total);
        List<DesignComparison.Evaluation> done = new ArrayList<>();
        if (designs.isEmpty()) {
            done.add(engine.evaluateAsConfigured(scenario, threads));
        } else {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                    Math.min(threads, designs.size()), r -> {
                        Thread t = new Thread(r, "lambdasim-design");
                        t.setDaemon(true);
                        return t;
                    });
            try {
                java.util.concurrent.atomic.AtomicInteger finished = new java.util.concurrent.atomic.AtomicInteger();
                List<java.util.concurrent.Future<DesignComparison.Evaluation>> futures = new ArrayList<>();
                for (Design d : designs) {
                    futures.add(pool.submit(() -> {
                        DesignComparison.Evaluation e = engine.evaluateDetailed(scenario, d, 1);
                        p.update(finished.incrementAndGet(), total);
                        return e;
                    }));
                }
                for (java.util.concurrent.Future<DesignComparison.Evaluation> f : futures) {
                    done.add(f.get());
                }
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        checkCancelled();
        Map<String, DesignComparison.Evaluation> evaluations = new LinkedHashMap<>();
        List<DesignResult> rows = new ArrayList<>();
        for (DesignComparison.Evaluation e : done) {
            evaluations.put(e.result().name(), e);
            rows.add(e.result());
        }
        Comparison c = DesignComparison.judge(scenario, rows);
        return new RunResults(scenario, revision, c, evaluations, clockMs.getAsLong() - start);
    }

    private static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("run cancelled");
        }
    }

    private String progressText(double fraction, int total) {
        int done = (int) Math.round(fraction * total);
        String text = String.format(Locale.ROOT, "Simulated %d of %d %s", done, total, total == 1 ? "design" : "designs");
        long elapsed = clockMs.getAsLong() - startedMs;
        if (fraction > 0 && fraction < 1) {
            long left = Math.round(elapsed * (1 - fraction) / fraction);
            text += "… about " + seconds(left) + " left";
        }
        return text;
    }

    static String seconds(long ms) {
        return ms < 10_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000.0)
                : String.format(Locale.ROOT, "%d s", Math.round(ms / 1000.0));
    }
}
