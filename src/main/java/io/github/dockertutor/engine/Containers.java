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
            exposed.addAll(HostSettingsApplier.exposed(spec.host()));
            command.withExposedPorts(exposed);
            host.withPortBindings(bindings);
        } else if (!spec.host().expose().isEmpty()) {
            command.withExposedPorts(HostSettingsApplier.exposed(spec.host()));
        }
        if (!spec.volumes().isEmpty()) {
            List<Bind> binds = new ArrayList<>();
            List<com.github.dockerjava.api.model.Volume> anonymous = new ArrayList<>();
            for (String volume : spec.volumes()) {
                // -v /data alone is an anonymous volume, which the engine takes as a volume, not a bind
                if (volume.startsWith("/") && volume.indexOf(':') < 0) {
                    anonymous.add(new com.github.dockerjava.api.model.Volume(volume));
                } else {
                    binds.add(Bind.parse(volume));
                }
            }
            if (!binds.isEmpty()) {
                host.withBinds(binds);
            }
            if (!anonymous.isEmpty()) {
                command.withVolumes(anonymous);
            }
        }
        HostSettingsApplier.apply(spec.host(), command, host);
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
        logs(client, new LogQuery(id, follow, tail, false, java.util.Optional.empty(), java.util.Optional.empty()),
                lines, cancellation, deadline);
    }

    static void logs(DockerClient client, LogQuery query, Consumer<String> lines, Cancellation cancellation,
            java.time.Duration deadline) throws InterruptedException {
        FrameLines callback = new FrameLines(lines);
        var command = client.logContainerCmd(query.container()).withStdOut(true).withStdErr(true)
                .withFollowStream(query.follow()).withTimestamps(query.timestamps());
        if (query.tail() != null) {
            command = command.withTail(query.tail());
        }
        if (query.since().isPresent()) {
            command = command.withSince(epochSeconds(query.since().get()));
        }
        if (query.until().isPresent()) {
            command = command.withUntil(epochSeconds(query.until().get()));
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

    /** docker-java takes seconds as an int: a time after 2038 becomes the latest it can say, not a negative one. */
    static int epochSeconds(long seconds) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, seconds));
    }
}
