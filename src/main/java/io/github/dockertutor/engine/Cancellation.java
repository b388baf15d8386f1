package io.github.dockertutor.engine;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lets the shell stop a running operation (a pull, a build, a log follow) on Ctrl-C. Cancelling
 * closes the operation's stream, which is how docker-java stops a callback; the operation then
 * ends with a {@link EngineException.Fault#CANCELLED} failure.
 *
 * <p>Calls that do not stream take no Cancellation: they obey the one {@link #enter entered} on
 * the calling thread, which the shell enters around every command, so Ctrl-C stops a
 * {@code docker images} waiting on a frozen engine as it stops a pull.
 */
public final class Cancellation {
    private static final ThreadLocal<Cancellation> CURRENT = new ThreadLocal<>();

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Closeable> stream = new AtomicReference<>();

    public void cancel() {
        cancelled.set(true);
        closeQuietly(stream.get());
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** While the scope is open, the engine calls of this thread that do not stream obey this cancellation. */
    public Scope enter() {
        Cancellation previous = CURRENT.get();
        CURRENT.set(this);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** The cancellation this thread entered, if any. */
    static Optional<Cancellation> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** An entered cancellation, left on close. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Called by an operation when its stream opens; closes it at once if already cancelled. */
    void attach(Closeable closeable) {
        stream.set(closeable);
        if (cancelled.get()) {
            closeQuietly(closeable);
        }
    }

    /** The operation that attached {@code closeable} is over: cancelling no longer needs to close it. */
    void detach(Closeable closeable) {
        stream.compareAndSet(closeable, null);
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
