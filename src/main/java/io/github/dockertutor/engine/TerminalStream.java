package io.github.dockertutor.engine;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Copies a TTY stream's bytes to an output as they come, untouched (escape sequences and
 * half-received UTF-8 alike: the terminal puts them together). Its own latch says when the stream
 * ended, because {@code awaitCompletion(timeout)} of docker-java closes the stream on time-out.
 */
final class TerminalStream extends ResultCallback.Adapter<Frame> {
    private final OutputStream output;
    private final CountDownLatch end = new CountDownLatch(1);
    private final CountDownLatch ready = new CountDownLatch(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicBoolean closedByUs = new AtomicBoolean();

    TerminalStream(OutputStream output) {
        this.output = output;
    }

    @Override
    public void onStart(Closeable stream) {
        super.onStart(stream);
        ready.countDown();
    }

    @Override
    public void onNext(Frame frame) {
        byte[] payload = frame.getPayload();
        if (payload == null || payload.length == 0) {
            return;
        }
        try {
            output.write(payload);
            output.flush();
        } catch (IOException e) {
            onError(e);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        if (!closedByUs.get()) {
            failure.compareAndSet(null, throwable);
        }
        end.countDown();
        ready.countDown();
        super.onError(throwable);
    }

    @Override
    public void onComplete() {
        end.countDown();
        ready.countDown();
        super.onComplete();
    }

    /**
     * Waits until the engine answered the attach (HTTP 101: from now on nothing the container
     * prints is lost) or refused it; false on time-out.
     */
    boolean awaitReady(long timeout, TimeUnit unit) throws InterruptedException {
        return ready.await(timeout, unit);
    }

    boolean ended() {
        return end.getCount() == 0;
    }

    boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        return end.await(timeout, unit);
    }

    Optional<Throwable> failure() {
        return Optional.ofNullable(failure.get());
    }

    @Override
    public void close() {
        // errors that the cut itself causes are ours, not the engine's
        closedByUs.set(true);
        try {
            super.close();
        } catch (IOException | RuntimeException ignored) {
            // a stream the engine already closed is as closed as it gets
        } finally {
            end.countDown();
            ready.countDown();
        }
    }
}
