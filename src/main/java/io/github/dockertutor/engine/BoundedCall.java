package io.github.dockertutor.engine;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One engine call that does not stream, bounded in time and stoppable by Ctrl-C. docker-java's
 * own timeouts cannot do this: the response timeout does not bound a read on a unix socket, and
 * one set on the client would also cut the long streams (logs -f, attach, events). So the call
 * runs on a worker thread and the caller waits for its answer, its deadline or a cancel, whichever
 * comes first. A worker cannot be stopped in the middle of a request; it is left to finish, and
 * an answer that comes after the caller gave up goes to {@code late} (a container the engine
 * created after all is removed there), so nothing the learner cancelled goes on to run.
 */
final class BoundedCall {
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "dockertutor-engine-call");
        // a call the engine never answers must not keep the tutor from ending
        thread.setDaemon(true);
        return thread;
    });

    private BoundedCall() {
    }

    /** The caller stopped waiting: the deadline passed. */
    static final class TimedOut extends Exception {
        TimedOut() {
            super(null, null, false, false);
        }
    }

    /**
     * Runs {@code work}, waiting at most {@code deadline}; the work's own exception when it
     * fails, {@link TimedOut} at the deadline, a CANCELLED {@link EngineException} on cancel.
     */
    static <T> T run(Callable<T> work, Duration deadline, Cancellation cancellation, Consumer<T> late)
            throws Exception {
        cancellation.throwIfCancelled();
        CompletableFuture<T> answer = new CompletableFuture<>();
        WORKERS.execute(() -> {
            try {
                T value = work.call();
                if (!answer.complete(value)) {
                    lateAnswer(late, value);
                }
            } catch (Throwable e) {
                answer.completeExceptionally(e);
            }
        });
        java.io.Closeable wake = () -> answer.cancel(false);
        cancellation.attach(wake);
        try {
            try {
                return answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (answer.completeExceptionally(new TimedOut())) {
                    throw new TimedOut();
                }
                return answer.get(); // answered at the very last moment
            } catch (InterruptedException e) {
                answer.cancel(false);
                throw e;
            }
        } catch (CancellationException e) {
            throw new EngineException(EngineException.Fault.CANCELLED, "engine.cancelled", null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw (Error) cause;
        } finally {
            cancellation.detach(wake);
        }
    }

    private static <T> void lateAnswer(Consumer<T> late, T value) {
        try {
            late.accept(value);
        } catch (RuntimeException e) {
            // best effort on a thread no one waits for: the engine may have gone again
        }
    }
}
