package io.github.dockertutor.session;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.LocateResult;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Follows the engine's events and checks the current step soon after each one, so a learner who
 * does a step with the docker CLI in another terminal moves on just as if they had typed it here.
 * Events come in bursts (a build sends dozens): one check runs a quarter second after the first
 * of a burst. While a command of the learner's runs, events are left to the check that follows
 * the command. When the engine goes away the stream ends; while the learner is idle the watch
 * looks for the engine every few seconds, says so when it answers again, and follows it anew.
 */
public final class EngineWatch implements AutoCloseable {
    private static final long SETTLE_MILLIS = 250;
    private static final long RECONNECT_SECONDS = 2;

    private final ShellContext context;
    private final StepFlow flow;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dockertutor-engine-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean following = new AtomicBoolean();
    private final AtomicBoolean checkPending = new AtomicBoolean();
    /** Set when the engine was missing or went away: the next engine found is announced. */
    private final AtomicBoolean lost = new AtomicBoolean();
    private volatile boolean commandRunning;
    /** Events came while a command ran: checked once it ends, as not every command checks the step. */
    private final AtomicBoolean eventsWhileBusy = new AtomicBoolean();
    private volatile Cancellation cancellation = new Cancellation();

    public EngineWatch(ShellContext context, StepFlow flow) {
        this.context = context;
        this.flow = flow;
    }

    /** Starts following events if not already, and keeps looking for the engine while it is away. */
    public void follow() {
        followIfConnected();
        if (!following.get()) {
            lost.set(true);
        }
        scheduler.scheduleWithFixedDelay(this::reconnect, RECONNECT_SECONDS, RECONNECT_SECONDS, TimeUnit.SECONDS);
    }

    /** Called after every command of the learner's, which may have reconnected the engine. */
    public void followAgain() {
        followIfConnected();
    }

    private void followIfConnected() {
        if (following.get() || context.engineSession().current().isEmpty()) {
            return;
        }
        Cancellation fresh = new Cancellation();
        try {
            following.set(true);
            cancellation = fresh;
            context.engine().subscribe(event -> onEvent(), () -> onStreamEnd(fresh), fresh);
            context.log().note("engine events: following "
                    + context.engineSession().current().map(engine -> engine.endpoint().host().toString()).orElse("?"));
        } catch (EngineException e) {
            following.set(false);
            context.log().note("engine events: " + e.fault() + " " + e.getMessage());
        }
    }

    /** Runs on docker-java's thread; the ping and the reconnect happen on ours. */
    private void onStreamEnd(Cancellation ended) {
        if (cancellation != ended) {
            return;
        }
        following.set(false);
        scheduler.execute(() -> {
            if (!context.engine().answers()) {
                lost.set(true);
                context.log().note("engine events: the stream ended and the engine does not answer");
            }
        });
    }

    /** Every few seconds: while idle and not following, look for the engine and follow it again. */
    private void reconnect() {
        if (following.get() || commandRunning) {
            return;
        }
        try {
            boolean wasLost = lost.get();
            if (context.engineSession().current().isEmpty()) {
                LocateResult result = context.engineSession().connect();
                if (!result.found()) {
                    lost.set(true);
                    return;
                }
                if (wasLost && !commandRunning) {
                    context.say("faults.engineBack", result.chosen().orElseThrow().endpoint().host());
                }
            }
            lost.set(false);
            followIfConnected();
        } catch (RuntimeException e) {
            context.log().record("reconnect to the engine", e);
        }
    }

    /** Marks the learner's command as running (events wait) or done (events that waited are checked). */
    public void commandRunning(boolean running) {
        this.commandRunning = running;
        if (!running && eventsWhileBusy.getAndSet(false)) {
            onEvent();
        }
    }

    private void onEvent() {
        if (commandRunning) {
            // e.g. the learner's docker CLI in another terminal while 'start 3' is still drawing
            eventsWhileBusy.set(true);
            return;
        }
        if (!checkPending.compareAndSet(false, true)) {
            return;
        }
        scheduler.schedule(() -> {
            checkPending.set(false);
            if (commandRunning) {
                eventsWhileBusy.set(true);
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
