package io.lambdasim.app.ui.run;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Runs long work away from the UI thread and reports back on it: {@link FxTaskRunner} in the app (a JavaFX
 * {@code Task} on a daemon thread), {@link DirectTaskRunner} in tests (the calling thread). View models depend on this
 * interface only.
 */
public interface TaskRunner {

    /** Work that reports its progress and stops when its thread is interrupted (cancelled). */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Where work reports how far it is. */
    @FunctionalInterface
    interface Progress {
        /** {@code done} of {@code total} units (any thread). */
        void update(double done, double total);
    }

    /** A running task. */
    interface Handle {
        /** Asks the work to stop (interrupts its thread); {@code onCancelled} follows, the other callbacks do not. */
        void cancel();
    }

    /**
     * Starts {@code work}; exactly one of {@code onSuccess}, {@code onFailure}, {@code onCancelled} is called
     * afterwards on the UI thread, and {@code onProgress} (a fraction 0 to 1) on the UI thread meanwhile.
     */
    <T> Handle run(Work<T> work, DoubleConsumer onProgress, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                   Runnable onCancelled);
}
