package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/** {@code docker exec} without a terminal: run, stream the output, return the exit code. */
final class ExecRun {
    private ExecRun() {
    }

    static int run(DockerClient client, String container, List<String> command, boolean detach, Consumer<String> lines,
            Cancellation cancellation) throws InterruptedException {
        String execId = client.execCreateCmd(container).withCmd(command.toArray(new String[0]))
                .withAttachStdout(!detach).withAttachStderr(!detach).exec().getId();
        if (detach) {
            client.execStartCmd(execId).withDetach(true).exec(new ResultCallback.Adapter<>()).awaitCompletion();
            return 0;
        }
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
                    lines.accept(pending.substring(0, newline));
                    pending.delete(0, newline + 1);
                }
            }
        };
        client.execStartCmd(execId).exec(callback);
        cancellation.attach(callback);
        callback.awaitCompletion();
        if (pending.length() > 0) {
            lines.accept(pending.toString());
        }
        cancellation.throwIfCancelled();
        Long code = client.inspectExecCmd(execId).exec().getExitCodeLong();
        return code == null ? -1 : code.intValue();
    }
}
