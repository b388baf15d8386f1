package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.Ports;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Container operations in docker-java terms: create, start, wait, logs. */
final class Containers {
    private Containers() {
    }

    static String create(DockerClient client, RunSpec spec) {
        CreateContainerCmd command = client.createContainerCmd(spec.image())
                .withLabels(spec.labels())
                .withTty(spec.tty())
                .withStdinOpen(spec.stdinOpen())
                .withAttachStdin(spec.stdinOpen())
                .withAttachStdout(true)
                .withAttachStderr(true);
        spec.name().ifPresent(command::withName);
        if (!spec.command().isEmpty()) {
            command.withCmd(spec.command());
        }
        if (!spec.env().isEmpty()) {
            command.withEnv(spec.env());
        }
        spec.workdir().ifPresent(command::withWorkingDir);
        spec.entrypoint().ifPresent(entrypoint -> command.withEntrypoint(entrypoint));
        spec.user().ifPresent(command::withUser);
        spec.platform().ifPresent(command::withPlatform);
        HostConfig host = HostConfig.newHostConfig().withAutoRemove(spec.autoRemove());
        spec.network().ifPresent(host::withNetworkMode);
        if (!spec.ports().isEmpty()) {
            Ports bindings = new Ports();
            List<ExposedPort> exposed = new ArrayList<>();
            for (PortMapping mapping : spec.ports()) {
                ExposedPort port = new ExposedPort(mapping.containerPort(), InternetProtocol.parse(mapping.protocol()));
                exposed.add(port);
                bindings.bind(port, binding(mapping));
            }
            command.withExposedPorts(exposed);
            host.withPortBindings(bindings);
        }
        if (!spec.volumes().isEmpty()) {
            List<Bind> binds = new ArrayList<>();
            for (String volume : spec.volumes()) {
                binds.add(Bind.parse(volume));
            }
            host.withBinds(binds);
        }
        command.withHostConfig(host);
        return command.exec().getId();
    }

    private static Ports.Binding binding(PortMapping mapping) {
        boolean anyIp = mapping.hostIp().isEmpty();
        if (mapping.hostPort() == 0) {
            return anyIp ? Ports.Binding.empty() : Ports.Binding.bindIp(mapping.hostIp());
        }
        return anyIp ? Ports.Binding.bindPort(mapping.hostPort())
                : Ports.Binding.bindIpAndPort(mapping.hostIp(), mapping.hostPort());
    }

    /** Blocks until the container ends; returns its exit code. */
    static int waitFor(DockerClient client, String id, Cancellation cancellation) {
        WaitContainerResultCallback callback = client.waitContainerCmd(id).exec(new WaitContainerResultCallback());
        cancellation.attach(callback);
        Integer code = callback.awaitStatusCode();
        cancellation.throwIfCancelled();
        return code == null ? -1 : code;
    }

    /**
     * Streams a container's output, line by line, stdout and stderr alike (as the docker command
     * shows them on one screen). With follow, it returns when the container ends or on Ctrl-C.
     * The stream itself has no deadline, but its start does: an engine that does not begin to
     * answer within {@code deadline} is frozen, and the learner hears so instead of waiting.
     */
    static void logs(DockerClient client, String id, boolean follow, Integer tail, Consumer<String> lines,
            Cancellation cancellation, java.time.Duration deadline) throws InterruptedException {
        FrameLines callback = new FrameLines(lines);
        var command = client.logContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(follow);
        if (tail != null) {
            command = command.withTail(tail);
        }
        command.exec(callback);
        cancellation.attach(callback);
        if (!callback.awaitAnswer(deadline) && !cancellation.isCancelled()) {
            closeQuietly(callback);
            throw new EngineException(EngineException.Fault.ENGINE_GONE, "engine.error.noAnswer", null,
                    deadline.toSeconds());
        }
        callback.awaitCompletion();
        callback.finish();
        cancellation.throwIfCancelled();
    }

    private static void closeQuietly(java.io.Closeable callback) {
        try {
            callback.close();
        } catch (java.io.IOException | RuntimeException e) {
            // a stream that never began has nothing to close
        }
    }
}
