package io.github.dockertutor.console;

import io.github.dockertutor.engine.Cancellation;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ctrl-C while something runs: it cancels that operation (a pull, a build, a log follow) and
 * never the shell. The terminal or the process signal handler calls {@link #interrupt()}; an
 * operation runs inside {@link #run}, which hands it the Cancellation to watch and enters it for
 * the engine calls that do not stream, so those stop waiting on Ctrl-C too (the shell runs every
 * command inside one).
 */
public final class Interrupts {
    private final AtomicReference<Cancellation> running = new AtomicReference<>();

    /** Called from a signal handler: cancels what runs, if anything. */
    public void interrupt() {
        Cancellation current = running.get();
        if (current != null) {
            current.cancel();
        }
    }

    /** Runs an operation that Ctrl-C may cancel. Operations do not nest: the inner one is the one cancelled. */
    public <T> T run(java.util.function.Function<Cancellation, T> operation) {
        Cancellation cancellation = new Cancellation();
        Cancellation previous = running.getAndSet(cancellation);
        try (Cancellation.Scope scope = cancellation.enter()) {
            return operation.apply(cancellation);
        } finally {
            running.set(previous);
        }
    }

    /** The same for an operation with no result. */
    public void runVoid(java.util.function.Consumer<Cancellation> operation) {
        run(cancellation -> {
            operation.accept(cancellation);
            return null;
        });
    }

    /** Whether an operation is running now. */
    public boolean busy() {
        return running.get() != null;
    }
}
