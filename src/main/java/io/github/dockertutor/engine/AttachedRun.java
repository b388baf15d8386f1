package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.nio.charset.StandardCharsets;
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
        StringBuilder pending = new StringBuilder();
        ResultCallback.Adapter<Frame> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                if (frame.getPayload() == null) {
                    return;
                }
                pending.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                int newline;
                while ((newline = pending.indexOf("\n")) >= 0) {
                    String line = pending.substring(0, newline);
                    pending.delete(0, newline + 1);
                    lines.accept(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
                }
            }
        };
        client.attachContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(true).withLogs(true)
                .exec(callback);
        cancellation.attach(callback);
        callback.awaitStarted();
        client.startContainerCmd(id).exec();
        callback.awaitCompletion();
        if (pending.length() > 0) {
            lines.accept(pending.toString());
        }
        cancellation.throwIfCancelled();
    }
}
