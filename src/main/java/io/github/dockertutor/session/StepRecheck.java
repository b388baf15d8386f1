package io.github.dockertutor.session;

import io.github.dockertutor.console.ShellContext;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Checks the current step soon after something changed that no command of the learner's here did:
 * an engine event (the docker CLI in another terminal), a file saved in the workspace (VS Code).
 * Changes come in bursts (a build sends dozens of events, an editor writes a file in steps): one
 * check runs a quarter second after the first of a burst. While a command of the learner's runs,
 * nothing is checked from here: the changes wait for the command to end and are checked then,
 * as not every command checks the step itself.
 */
public final class StepRecheck implements AutoCloseable {
    private static final long SETTLE_MILLIS = 250;

    private final ShellContext context;
    private final StepFlow flow;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dockertutor-recheck");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean checkPending = new AtomicBoolean();
    /** Changes came while a command ran: checked once it ends. */
    private final AtomicBoolean changedWhileBusy = new AtomicBoolean();
    private volatile boolean commandRunning;

    public StepRecheck(ShellContext context, StepFlow flow) {
        this.context = context;
        this.flow = flow;
    }

    /** Something changed: the step is checked soon, unless a check is already on its way. */
    public void changed() {
        if (commandRunning) {
            changedWhileBusy.set(true);
            return;
        }
        if (!checkPending.compareAndSet(false, true)) {
            return;
        }
        try {
            scheduler.schedule(this::check, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            checkPending.set(false); // closing: the tutor is on its way out
        }
    }

    /** Marks the learner's command as running (changes wait) or done (changes that waited are checked). */
    public void commandRunning(boolean running) {
        this.commandRunning = running;
        if (!running && changedWhileBusy.getAndSet(false)) {
            changed();
        }
    }

    /** Whether a step is open that a change could complete, so changes are worth following. */
    public boolean stepOpen() {
        return flow.stepOpen();
    }

    /** Whether a command of the learner's runs now, so nothing else may print. */
    public boolean commandRunning() {
        return commandRunning;
    }

    private void check() {
        checkPending.set(false);
        if (commandRunning) {
            changedWhileBusy.set(true);
            return;
        }
        try {
            flow.afterCommand();
        } catch (RuntimeException e) {
            context.log().record("check after a change outside the tutor", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
