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
 * Follows the engine's events and has the current step checked after them ({@link StepRecheck}),
 * so a learner who does a step with the docker CLI in another terminal moves on just as if they
 * had typed it here. It follows only while a step is open: before that no event could move the
 * learner on, and a start that only greets need not load docker-java for the stream. When the engine goes away the stream ends; while the learner is idle the
 * watch looks for the engine every few seconds, says so when it answers again, and follows it anew.
 */
public final class EngineWatch implements AutoCloseable {
    private static final long RECONNECT_SECONDS = 2;

    private final ShellContext context;
    private final StepRecheck recheck;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dockertutor-engine-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean following = new AtomicBoolean();
    /** Set when the engine was missing or went away: the next engine found is announced. */
    private final AtomicBoolean lost = new AtomicBoolean();
    private volatile Cancellation cancellation = new Cancellation();

    public EngineWatch(ShellContext context, StepRecheck recheck) {
        this.context = context;
        this.recheck = recheck;
    }

    /**
     * Starts following events if not already, and keeps looking for the engine while it is away.
     * The first subscription is made before this returns, so a script reads what it brings (a step
     * done meanwhile in another terminal) in the same place every time.
     */
    public void follow() {
        startFollowing();
        scheduler.scheduleWithFixedDelay(this::reconnect, RECONNECT_SECONDS, RECONNECT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * As {@link #follow}, with the first subscription made on the watch's own thread. It loads
     * docker-java's client and its JSON mappers, 60 ms of a start on a quiet machine and far more
     * on a busy one; a learner who comes back to an open step sees the prompt without waiting for
     * it, and what the subscription brings is printed above the prompt (bench/README).
     */
    public void followSoon() {
        scheduler.execute(this::startFollowing);
        scheduler.scheduleWithFixedDelay(this::reconnect, RECONNECT_SECONDS, RECONNECT_SECONDS, TimeUnit.SECONDS);
    }

    private void startFollowing() {
        try {
            followIfConnected();
            if (context.engineSession().current().isEmpty()) {
                lost.set(true);
            }
        } catch (RuntimeException e) {
            context.log().record("follow the engine's events", e);
        }
    }

    /** Called after every command of the learner's, which may have reconnected the engine. */
    public void followAgain() {
        followIfConnected();
    }

    private void followIfConnected() {
        // the watch's thread and a command's end may both get here: one of them subscribes
        if (!recheck.stepOpen() || context.engineSession().current().isEmpty() || !following.compareAndSet(false, true)) {
            return;
        }
        Cancellation fresh = new Cancellation();
        try {
            cancellation = fresh;
            context.engine().subscribe(event -> recheck.changed(), () -> onStreamEnd(fresh), fresh);
            context.log().note("engine events: following "
                    + context.engineSession().current().map(engine -> engine.endpoint().host().toString()).orElse("?"));
            // what another terminal did between the step's opening and now sent no event here: one
            // check sees it in the engine's state
            recheck.changed();
        } catch (EngineException e) {
            following.set(false);
            context.log().note("engine events: " + e.fault() + " " + e.getMessage());
        } catch (RuntimeException e) {
            following.set(false);
            throw e;
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
        if (following.get() || recheck.commandRunning()) {
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
                if (wasLost && !recheck.commandRunning()) {
                    context.say("faults.engineBack", result.chosen().orElseThrow().endpoint().host());
                }
            }
            lost.set(false);
            followIfConnected();
        } catch (RuntimeException e) {
            context.log().record("reconnect to the engine", e);
        }
    }

    @Override
    public void close() {
        cancellation.cancel();
        scheduler.shutdownNow();
    }
}
