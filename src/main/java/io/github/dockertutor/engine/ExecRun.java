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
        return run(client, new ExecSpec(container, command, List.of(), java.util.Optional.empty(),
                java.util.Optional.empty(), false, detach, false, false), lines, cancellation);
    }

    static int run(DockerClient client, ExecSpec spec, Consumer<String> lines, Cancellation cancellation)
            throws InterruptedException {
        boolean detach = spec.detach();
        var create = client.execCreateCmd(spec.container()).withCmd(spec.command().toArray(new String[0]))
                .withAttachStdout(!detach).withAttachStderr(!detach).withTty(spec.tty())
                .withAttachStdin(spec.stdin() && !detach);
        if (!spec.env().isEmpty()) {
            create.withEnv(spec.env());
        }
        spec.workdir().ifPresent(create::withWorkingDir);
        spec.user().ifPresent(create::withUser);
        if (spec.privileged()) {
            create.withPrivileged(true);
        }
        String execId = create.exec().getId();
        if (detach) {
            client.execStartCmd(execId).withDetach(true).exec(new ResultCallback.Adapter<>()).awaitCompletion();
            return 0;
        }
        FrameLines callback = new FrameLines(lines);
        client.execStartCmd(execId).withTty(spec.tty()).exec(callback);
        cancellation.attach(callback);
        callback.awaitCompletion();
        callback.finish();
        cancellation.throwIfCancelled();
        Long code = client.inspectExecCmd(execId).exec().getExitCodeLong();
        return code == null ? -1 : code.intValue();
    }
}
