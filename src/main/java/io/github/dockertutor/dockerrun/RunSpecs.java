package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.ContainerOptions;
import io.github.dockertutor.dockercli.EnvVar;
import io.github.dockertutor.dockercli.HostOptions;
import io.github.dockertutor.dockercli.Label;
import io.github.dockertutor.dockercli.MountSpec;
import io.github.dockertutor.dockercli.VolumeMapping;
import io.github.dockertutor.engine.HostSettings;
import io.github.dockertutor.engine.MountPoint;
import io.github.dockertutor.engine.PortMapping;
import io.github.dockertutor.engine.RunSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a parsed {@code docker run} into what the engine creates: ports one by one, variables
 * (with --env-file), labels (the learner's, the files', then the tutor's own), and bind sources
 * read as docker's CLI reads them, from the current folder, which here is the workspace.
 */
final class RunSpecs {
    private RunSpecs() {
    }

    /**
     * The spec, or empty when an env or label file could not be read (already said).
     *
     * @param engineRemoves whether --rm goes to the engine (detached runs, create) rather than to the tutor
     */
    static Optional<RunSpec> of(ContainerOptions options, boolean engineRemoves, ShellContext context) {
        List<PortMapping> ports = new ArrayList<>();
        for (io.github.dockertutor.dockercli.PortMapping mapping : options.publish()) {
            int size = mapping.containerPorts().size();
            for (int i = 0; i < size; i++) {
                int hostPort = mapping.hostPorts().map(range -> range.start()).orElse(0);
                ports.add(new PortMapping(mapping.hostIp().orElse(""), hostPort == 0 ? 0 : hostPort + i,
                        mapping.containerPorts().start() + i, mapping.protocol()));
            }
        }
        Optional<List<String>> fromFiles = EnvFiles.variables(options.envFiles(), context);
        Optional<List<String>> labelLines = EnvFiles.labels(options.labelFiles(), context);
        if (fromFiles.isEmpty() || labelLines.isEmpty()) {
            return Optional.empty();
        }
        // docker applies the files first and -e after them, so -e wins
        List<String> env = new ArrayList<>(fromFiles.get());
        for (EnvVar variable : options.env()) {
            // a bare NAME takes the value from the tutor's environment, as docker does from the shell's
            String value = variable.value().orElse(context.environment().get(variable.name()));
            if (value != null) {
                env.add(variable.name() + "=" + value);
            }
        }
        List<String> volumes = new ArrayList<>();
        for (VolumeMapping volume : options.volumes()) {
            volumes.add(volumeSpec(volume, context));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (String line : labelLines.get()) {
            int equals = line.indexOf('=');
            labels.put(line.substring(0, equals), line.substring(equals + 1));
        }
        for (Label label : options.labels()) {
            labels.put(label.key(), label.value());
        }
        labels.putAll(context.creationLabels());
        // attached, the tutor removes the container itself after reading its exit code
        boolean autoRemove = options.remove() && engineRemoves;
        // the image as typed, as docker passes it: a container of "busybox" shows busybox, not busybox:latest
        return Optional.of(new RunSpec(options.image().familiarName(), options.name(), options.command(),
                ports, env, volumes, labels, autoRemove, options.tty(), options.interactive(), options.workdir(),
                options.entrypoint(), options.user(), options.platform(), options.network(),
                host(options.host(), options.privileged(), context)));
    }

    private static HostSettings host(HostOptions host, boolean privileged, ShellContext context) {
        List<MountPoint> mounts = new ArrayList<>();
        for (MountSpec mount : host.mounts()) {
            Optional<String> source = mount.source();
            if (mount.type().equals(MountSpec.BIND) && source.isPresent()) {
                source = Optional.of(hostPath(source.get(), context));
            }
            mounts.add(new MountPoint(mount.type(), source, mount.target(), mount.readOnly(), mount.volumeNoCopy(),
                    mount.volumeOptions(), mount.volumeLabels(), mount.volumeDriver(), mount.tmpfsSize(),
                    mount.tmpfsMode(), mount.propagation()));
        }
        List<String> expose = host.expose().stream()
                .flatMap(port -> java.util.stream.IntStream.rangeClosed(port.containerPorts().start(),
                        port.containerPorts().end()).mapToObj(number -> number + "/" + port.protocol()))
                .toList();
        return new HostSettings(host.publishAll(), privileged, host.hostname(), mounts,
                host.restart().map(policy -> policy.name()), host.restart().map(policy -> policy.maxRetries()).orElse(0),
                host.memory(), host.memorySwap(), host.memoryReservation(), host.nanoCpus(), host.cpuShares(),
                host.cpusetCpus(), host.networkAliases(), host.ip(), host.dns(), host.dnsSearch(), host.dnsOptions(),
                host.tmpfs(), host.readOnly(), host.extraHosts(), host.volumesFrom(), host.capAdd(), host.capDrop(),
                host.groupAdd(), expose, host.init(), host.links(), host.shmSize(), host.devices(), host.stopSignal(),
                host.stopTimeout(), host.pidsLimit(), host.runtime(), host.gpus());
    }

    /** Relative bind sources ("./www", "."), are read from the workspace, where the learner's files are. */
    private static String volumeSpec(VolumeMapping volume, ShellContext context) {
        if (volume.kind() == VolumeMapping.Kind.BIND && volume.source().isPresent()) {
            String source = volume.source().get();
            if (source.startsWith(".")) {
                return hostPath(source, context) + ":" + volume.target() + (volume.readOnly() ? ":ro" : "");
            }
        }
        return volume.toString();
    }

    /** A host path as docker's CLI makes it absolute: relative to the current folder, the workspace here. */
    static String hostPath(String source, ShellContext context) {
        Path path = Path.of(source);
        if (path.isAbsolute() || source.startsWith("~")) {
            return source;
        }
        Optional<Path> inside = context.workspace().resolve(source);
        return inside.map(Path::toString).orElse(context.workspace().root().resolve(source).normalize().toString());
    }
}
