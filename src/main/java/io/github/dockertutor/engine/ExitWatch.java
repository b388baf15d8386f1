package io.github.dockertutor.engine;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.WaitResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a container's exit, registered before the container starts (condition next-exit),
 * so the exit code is known even for a {@code --rm} container that is gone a moment later.
 * Unlike docker-java's own wait callback, asking for the code with a time-out does not close it.
 */
final class ExitWatch extends ResultCallback.Adapter<WaitResponse> {
    private final CompletableFuture<Integer> code = new CompletableFuture<>();
    private final CountDownLatch registered = new CountDownLatch(1);

    @Override
    public void onStart(java.io.Closeable stream) {
        super.onStart(stream);
        // the engine registers the wait before it sends the response header
        registered.countDown();
    }

    @Override
    public void onNext(WaitResponse response) {
        if (response.getStatusCode() != null) {
            code.complete(response.getStatusCode());
        }
    }

    @Override
    public void onError(Throwable throwable) {
        code.completeExceptionally(throwable);
        registered.countDown();
        super.onError(throwable);
    }

    @Override
    public void onComplete() {
        code.completeExceptionally(new IOException("the wait ended without an exit code"));
        registered.countDown();
        super.onComplete();
    }

    boolean awaitRegistered(long timeout, TimeUnit unit) throws InterruptedException {
        return registered.await(timeout, unit);
    }

    CompletableFuture<Integer> code() {
        return code;
    }

    @Override
    public void close() {
        try {
            super.close();
        } catch (IOException | RuntimeException ignored) {
            // already closed by the engine's end of the stream
        }
    }
}
