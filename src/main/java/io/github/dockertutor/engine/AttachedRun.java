package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import java.util.function.Consumer;

/**
 * {@code docker run} without {@code -d}: attach to the container's output BEFORE starting it, so
 * not a line of a short-lived container is lost, then start it and stream until it ends.
 */
final class AttachedRun {
    private AttachedRun() {
    }

    /** Starts the created container and streams its output; returns when it ends or on Ctrl-C. */
    static void startAndStream(DockerClient client, String id, Consumer<String> lines, Cancellation cancellation)
            throws InterruptedException {
        FrameLines callback = new FrameLines(lines);
        client.attachContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(true).withLogs(true)
                .exec(callback);
        cancellation.attach(callback);
        callback.awaitStarted();
        client.startContainerCmd(id).exec();
        callback.awaitCompletion();
        callback.finish();
        cancellation.throwIfCancelled();
    }
}
