package io.github.dockertutor.engine;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lets the shell stop a running operation (a pull, a build, a log follow) on Ctrl-C. Cancelling
 * closes the operation's stream, which is how docker-java stops a callback; the operation then
 * ends with a {@link EngineException.Fault#CANCELLED} failure.
 */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Closeable> stream = new AtomicReference<>();

    public void cancel() {
        cancelled.set(true);
        closeQuietly(stream.get());
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Called by an operation when its stream opens; closes it at once if already cancelled. */
    void attach(Closeable closeable) {
        stream.set(closeable);
        if (cancelled.get()) {
            closeQuietly(closeable);
        }
    }

    void throwIfCancelled() {
        if (cancelled.get()) {
            throw new EngineException(EngineException.Fault.CANCELLED, "engine.cancelled", null);
        }
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException | RuntimeException ignored) {
            // a stream that is already gone is as closed as it gets
        }
    }
}
