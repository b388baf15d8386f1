package io.github.dockertutor.engine;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A container's output (logs, an attached run, an exec) handed on as whole lines. Bytes are kept
 * until a line ends and only then decoded, so a Chinese character split across two frames of the
 * stream still arrives whole; a Windows line end loses its CR.
 */
final class FrameLines extends ResultCallback.Adapter<Frame> {
    private final Consumer<String> lines;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    /** Counted down when the engine answers at all: the stream starts, or fails at once (no such container). */
    private final java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(1);

    FrameLines(Consumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public void onStart(java.io.Closeable stream) {
        super.onStart(stream);
        answered.countDown();
    }

    @Override
    public void onError(Throwable throwable) {
        answered.countDown();
        super.onError(throwable);
    }

    @Override
    public void close() throws java.io.IOException {
        answered.countDown();
        super.close();
    }

    /** Waits until the engine answered (its stream began, or it refused); false when it did not in time. */
    boolean awaitAnswer(java.time.Duration deadline) throws InterruptedException {
        return answered.await(deadline.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public void onNext(Frame frame) {
        byte[] payload = frame.getPayload();
        if (payload == null) {
            return;
        }
        synchronized (pending) {
            for (byte b : payload) {
                if (b == '\n') {
                    emit();
                } else {
                    pending.write(b);
                }
            }
        }
    }

    /** Hands on a last line that had no line end; call it once the stream is over. */
    void finish() {
        synchronized (pending) {
            if (pending.size() > 0) {
                emit();
            }
        }
    }

    private void emit() {
        String line = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        lines.accept(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
}
