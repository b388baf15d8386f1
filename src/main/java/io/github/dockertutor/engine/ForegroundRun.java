package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import java.io.Closeable;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * {@code docker run} in the foreground, with Ctrl-C as docker's CLI treats it: the signal goes to
 * the container (its {@code --sig-proxy}) and the output is followed until the container ends. A
 * container that ignores SIGINT (a shell or {@code sleep} as PID 1 does) would keep the learner
 * waiting for ever: after a grace time, or a second Ctrl-C, watching stops and it is left running.
 */
final class ForegroundRun {
    private ForegroundRun() {
    }

    static ForegroundEnd startAndStream(DockerClient client, String id, Consumer<String> lines,
            Cancellation cancellation, boolean forward, Duration grace) throws InterruptedException {
        FrameLines callback = new FrameLines(lines);
        // a container that never ran has no old output to replay, and its first lines must not be missed;
        // one started again (docker start -a) shows only what it prints from now on, as in docker
        String startedAt = client.inspectContainerCmd(id).exec().getState().getStartedAt();
        boolean neverRan = startedAt == null || startedAt.startsWith("0001-01-01");
        client.attachContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(true).withLogs(neverRan)
                .exec(callback);
        AtomicInteger interrupts = new AtomicInteger();
        AtomicBoolean stoppedWatching = new AtomicBoolean();
        AtomicBoolean ended = new AtomicBoolean();
        Closeable onInterrupt = () -> {
            if (!forward || interrupts.incrementAndGet() > 1) {
                stoppedWatching.set(true);
                callback.close();
                return;
            }
            Thread proxy = new Thread(() -> forwardAndWait(client, id, grace, ended, stoppedWatching, callback),
                    "sig-proxy");
            proxy.setDaemon(true);
            proxy.start();
        };
        cancellation.attach(onInterrupt);
        callback.awaitStarted();
        client.startContainerCmd(id).exec();
        callback.awaitCompletion();
        ended.set(true);
        callback.finish();
        return new ForegroundEnd(interrupts.get() > 0 || (!forward && cancellation.isCancelled()),
                stoppedWatching.get());
    }

    private static void forwardAndWait(DockerClient client, String id, Duration grace, AtomicBoolean ended,
            AtomicBoolean stoppedWatching, Closeable stream) {
        try {
            client.killContainerCmd(id).withSignal("SIGINT").exec();
            Thread.sleep(grace.toMillis());
        } catch (RuntimeException e) {
            // it ended on its own meanwhile (a container that is not running cannot be signalled)
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!ended.get()) {
            stoppedWatching.set(true);
            try {
                stream.close();
            } catch (java.io.IOException | RuntimeException ignored) {
                // already closed: nothing left to stop
            }
        }
    }
}
