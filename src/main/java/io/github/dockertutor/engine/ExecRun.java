package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
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
        FrameLines callback = new FrameLines(lines);
        client.execStartCmd(execId).exec(callback);
        cancellation.attach(callback);
        callback.awaitCompletion();
        callback.finish();
        cancellation.throwIfCancelled();
        Long code = client.inspectExecCmd(execId).exec().getExitCodeLong();
        return code == null ? -1 : code.intValue();
    }
}
