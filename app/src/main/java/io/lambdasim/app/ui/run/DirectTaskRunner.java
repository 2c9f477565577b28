package io.lambdasim.app.ui.run;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Runs work at once on the calling thread (tests): progress, then the outcome, before {@link #run} returns. A test can
 * cancel from inside the work through {@link #cancelNext()}: the work then sees its thread interrupted.
 */
public final class DirectTaskRunner implements TaskRunner {

    private boolean cancelNext;

    /** Makes the next run start with its thread interrupted, as a Cancel click during it would. */
    public void cancelNext() {
        cancelNext = true;
    }

    @Override
    public <T> Handle run(Work<T> work, DoubleConsumer onProgress, Consumer<T> onSuccess,
                          Consumer<Throwable> onFailure, Runnable onCancelled) {
        boolean cancel = cancelNext;
        cancelNext = false;
        if (cancel) {
            Thread.currentThread().interrupt();
        }
        try {
            Thread caller = Thread.currentThread();
            // Progress from the work's own pool threads is dropped: it would reach the UI from another thread.
            T value = work.run((done, total) -> {
                if (Thread.currentThread() == caller) {
                    onProgress.accept(total <= 0 ? 0 : done / total);
                }
            });
            if (Thread.interrupted()) {
                onCancelled.run();
            } else {
                onSuccess.accept(value);
            }
        } catch (CancellationException | InterruptedException e) {
            Thread.interrupted();
            onCancelled.run();
        } catch (Exception e) {
            Thread.interrupted();
            if (FxTaskRunner.isCancellation(e)) {
                onCancelled.run();
            } else {
                onFailure.accept(e);
            }
        }
        return () -> { };
    }
}
