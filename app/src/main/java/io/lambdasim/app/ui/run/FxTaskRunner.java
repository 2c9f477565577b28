package io.lambdasim.app.ui.run;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/** Runs work in a JavaFX {@link Task} on a new daemon thread; callbacks on the JavaFX application thread. */
public final class FxTaskRunner implements TaskRunner {

    @Override
    public <T> Handle run(Work<T> work, DoubleConsumer onProgress, Consumer<T> onSuccess,
                          Consumer<Throwable> onFailure, Runnable onCancelled) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run((done, total) -> updateProgress(done, total));
            }
        };
        task.progressProperty().addListener((o, was, now) -> {
            if (now.doubleValue() >= 0) {
                onProgress.accept(now.doubleValue());
            }
        });
        task.stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED) {
                onSuccess.accept(task.getValue());
            } else if (now == Worker.State.CANCELLED) {
                onCancelled.run();
            } else if (now == Worker.State.FAILED) {
                Throwable t = task.getException();
                if (isCancellation(t)) {
                    onCancelled.run();
                } else {
                    onFailure.accept(t);
                }
            }
        });
        Thread thread = new Thread(task, "lambdasim-run");
        thread.setDaemon(true);
        thread.start();
        return () -> task.cancel(true);
    }

    /** Whether {@code t} or one of its causes says the work was interrupted or cancelled. */
    static boolean isCancellation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CancellationException || c instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }
}
