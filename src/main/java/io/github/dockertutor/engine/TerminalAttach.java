package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.model.WaitContainerCondition;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Attach and exec with a terminal, in docker-java terms. The stdin handed in must be a stream
 * that the caller feeds and ends (a pipe), never the terminal itself: docker-java copies it on a
 * thread of its own that keeps reading after the session.
 */
final class TerminalAttach {
    /** How long the engine may take to answer an attach or a wait before we call it gone. */
    private static final long ANSWER_SECONDS = 15;

    private TerminalAttach() {
    }

    /**
     * Attaches to a container created with a TTY and open stdin. The exit watch and the attach are
     * both in place before this returns, so the caller may start the container next without
     * losing its first output (the shell's prompt) or its exit code.
     */
    static Attachment attach(DockerEngine engine, DockerClient client, String container, InputStream stdin,
            OutputStream output) throws Exception {
        InspectContainerResponse info = client.inspectContainerCmd(container).exec();
        String id = info.getId();
        boolean running = info.getState() != null && Boolean.TRUE.equals(info.getState().getRunning());
        ExitWatch watch = client.waitContainerCmd(id)
                .withCondition(running ? WaitContainerCondition.NOT_RUNNING : WaitContainerCondition.NEXT_EXIT)
                .exec(new ExitWatch());
        TerminalStream stream = new TerminalStream(output);
        try {
            if (!watch.awaitRegistered(ANSWER_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("the engine did not answer the wait for " + container);
            }
            if (watch.code().isCompletedExceptionally()) {
                watch.code().get();
            }
            client.attachContainerCmd(id)
                    .withStdIn(stdin)
                    .withStdOut(true)
                    .withStdErr(true)
                    .withFollowStream(true)
                    .withLogs(false)
                    .exec(stream);
            awaitReady(stream, container);
        } catch (Exception e) {
            stream.close();
            watch.close();
            throw unwrap(e);
        }
        return new Attachment(engine, stream,
                (columns, rows) -> client.resizeContainerCmd(id).withSize(rows, columns).exec(),
                patience -> containerExit(watch, patience), watch, running);
    }

    /** Runs a command in a running container with a terminal, as {@code docker exec -it}. */
    static Attachment exec(DockerEngine engine, DockerClient client, ExecSpec spec, InputStream stdin,
            OutputStream output) throws Exception {
        String container = spec.container();
        var create = client.execCreateCmd(container)
                .withTty(true)
                .withAttachStdin(true)
                .withAttachStdout(true)
                .withAttachStderr(true)
                .withCmd(spec.command().toArray(String[]::new));
        if (!spec.env().isEmpty()) {
            create.withEnv(spec.env());
        }
        spec.workdir().ifPresent(create::withWorkingDir);
        spec.user().ifPresent(create::withUser);
        if (spec.privileged()) {
            create.withPrivileged(true);
        }
        String execId = create.exec().getId();
        TerminalStream stream = new TerminalStream(output);
        try {
            client.execStartCmd(execId).withDetach(false).withTty(true).withStdIn(stdin).exec(stream);
            awaitReady(stream, container);
        } catch (Exception e) {
            stream.close();
            throw unwrap(e);
        }
        return new Attachment(engine, stream,
                (columns, rows) -> client.resizeExecCmd(execId).withSize(rows, columns).exec(),
                patience -> execExit(client, execId, patience), () -> { }, true);
    }

    private static void awaitReady(TerminalStream stream, String container) throws Exception {
        if (!stream.awaitReady(ANSWER_SECONDS, TimeUnit.SECONDS)) {
            throw new IOException("the engine did not answer the attach to " + container);
        }
        if (stream.failure().isPresent()) {
            Throwable failure = stream.failure().get();
            throw failure instanceof Exception exception ? exception : new IOException(failure);
        }
    }

    private static OptionalInt containerExit(ExitWatch watch, Duration patience) throws Exception {
        try {
            return OptionalInt.of(watch.code().get(patience.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return OptionalInt.empty();
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    /** The exec's process may still be marked running for a moment after its stream ended. */
    private static OptionalInt execExit(DockerClient client, String execId, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            InspectExecResponse exec = client.inspectExecCmd(execId).exec();
            if (!Boolean.TRUE.equals(exec.isRunning())) {
                return exec.getExitCode() == null ? OptionalInt.empty() : OptionalInt.of(exec.getExitCode());
            }
            if (System.nanoTime() > deadline) {
                return OptionalInt.empty();
            }
            Thread.sleep(50);
        }
    }

    private static Exception unwrap(Exception e) {
        if (e instanceof ExecutionException && e.getCause() instanceof Exception cause) {
            return cause;
        }
        return e;
    }
}
