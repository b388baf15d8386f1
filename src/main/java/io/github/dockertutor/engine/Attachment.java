package io.github.dockertutor.engine;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * A live link to a container's terminal ({@code docker run -it}, {@code docker attach},
 * {@code docker exec -it}): the keys fed into the stdin stream go to the container, its screen
 * output goes to the output stream. Closing it detaches: the stream is cut, the container (or the
 * exec'd process) keeps running.
 */
public final class Attachment implements AutoCloseable {
    /** How to size the container's terminal; differs between a container and an exec. */
    interface Resizer {
        void resize(int columns, int rows);
    }

    /** Where the exit code comes from once the stream ended; empty while the process still runs. */
    interface ExitSource {
        OptionalInt exitCode(Duration patience) throws Exception;
    }

    private final DockerEngine engine;
    private final TerminalStream stream;
    private final Resizer resizer;
    private final ExitSource exit;
    private final AutoCloseable exitWatch;
    private final boolean wasRunning;

    Attachment(DockerEngine engine, TerminalStream stream, Resizer resizer, ExitSource exit,
            AutoCloseable exitWatch, boolean wasRunning) {
        this.engine = engine;
        this.stream = stream;
        this.resizer = resizer;
        this.exit = exit;
        this.exitWatch = exitWatch;
        this.wasRunning = wasRunning;
    }

    /** Whether the container was already running when attached; if not, the caller starts it now. */
    public boolean wasRunning() {
        return wasRunning;
    }

    /** Whether the engine ended the stream: the process exited, or the link broke. */
    public boolean ended() {
        return stream.ended();
    }

    /** Waits up to the timeout for the stream to end; true when it has. */
    public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        return stream.awaitEnd(timeout, unit);
    }

    /** Why the stream broke off, if it did not simply end; an engine gone away is ENGINE_GONE. */
    public Optional<EngineException> failure() {
        return stream.failure().map(engine::translate);
    }

    /** Tells the container's terminal its new size, in character cells. */
    public void resize(int columns, int rows) {
        engine.call(client -> {
            resizer.resize(columns, rows);
            return null;
        });
    }

    /**
     * The process's exit code once the stream ended, waiting up to {@code patience} for the engine
     * to report it; empty when the process still runs (the stream ended without it exiting).
     * Throws {@link EngineException} (ENGINE_GONE) when the engine no longer answers.
     */
    public OptionalInt exitCode(Duration patience) {
        return engine.call(client -> exit.exitCode(patience));
    }

    /** Cuts the stream; the container keeps running. Safe to call more than once. */
    @Override
    public void close() {
        stream.close();
        try {
            exitWatch.close();
        } catch (Exception ignored) {
            // the exit watch is a second stream of the same link: if it cannot close, it is gone
        }
    }
}
