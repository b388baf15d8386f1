package io.github.dockertutor.shell;

import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.EngineException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Follows the engine's events and checks the current step soon after each one, so a learner who
 * does a step with the docker CLI in another terminal moves on just as if they had typed it here.
 * Events come in bursts (a build sends dozens): one check runs a quarter second after the first
 * of a burst. While a command of the learner's runs, events are left to the check that follows
 * the command. When the engine goes away the stream ends; {@link #follow()} starts it again once
 * the engine answers.
 */
final class EngineWatch implements AutoCloseable {
    private static final long SETTLE_MILLIS = 250;

    private final ShellContext context;
    private final StepFlow flow;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dockertutor-engine-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean following = new AtomicBoolean();
    private final AtomicBoolean checkPending = new AtomicBoolean();
    private volatile boolean commandRunning;
    private volatile Cancellation cancellation = new Cancellation();

    EngineWatch(ShellContext context, StepFlow flow) {
        this.context = context;
        this.flow = flow;
    }

    /** Starts following events if not already, when an engine is connected. */
    void follow() {
        if (following.get() || context.engineSession().current().isEmpty()) {
            return;
        }
        Cancellation fresh = new Cancellation();
        try {
            following.set(true);
            cancellation = fresh;
            context.engine().subscribe(event -> onEvent(), () -> following.set(false), fresh);
        } catch (EngineException e) {
            following.set(false);
        }
    }

    /** Marks the learner's command as running (events wait) or done. */
    void commandRunning(boolean running) {
        this.commandRunning = running;
    }

    private void onEvent() {
        if (commandRunning || !checkPending.compareAndSet(false, true)) {
            return;
        }
        scheduler.schedule(() -> {
            checkPending.set(false);
            if (commandRunning) {
                return;
            }
            try {
                flow.afterCommand();
            } catch (RuntimeException e) {
                context.log().record("check after an engine event", e);
            }
        }, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        cancellation.cancel();
        scheduler.shutdownNow();
    }
}
