package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.EngineFaults;
import io.github.dockertutor.console.InteractiveRunner;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.ContainerOptions;
import io.github.dockertutor.dockercli.EnvVar;
import io.github.dockertutor.dockercli.ImageReference;
import io.github.dockertutor.dockercli.Label;
import io.github.dockertutor.dockercli.VolumeMapping;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.PortMapping;
import io.github.dockertutor.engine.RunSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code docker run} (and {@code docker create}): creates the container with the tutor's label,
 * pulls the image first when it is not there (as the CLI does), then runs it detached, attached
 * until it ends, or with the learner's terminal for {@code -it}.
 */
final class RunHandler {
    private final InteractiveRunner interactive;

    RunHandler(InteractiveRunner interactive) {
        this.interactive = interactive;
    }

    void run(ContainerOptions options, boolean detach, boolean start, ShellContext context) {
        boolean terminal = options.interactive() && options.tty();
        if (start && !detach && terminal && !interactive.available()) {
            context.say("docker.run.needsTerminal");
            return;
        }
        if (!new RunSafety(context).allows(options)) {
            return;
        }
        RunSpec spec = toSpec(options, detach && start, context);
        Optional<String> created = createOfferingName(spec, options.image(), context);
        if (created.isEmpty()) {
            return;
        }
        String id = created.get();
        context.created().container(id);
        if (!start) {
            context.out().println(id);
            context.out().flush();
            return;
        }
        try {
            start(id, spec, options, detach, terminal, context);
        } catch (EngineException e) {
            if (!RunFailures.explain(e, id, spec, context)) {
                RunFailures.removeIfRm(options.remove(), id, context);
                throw e;
            }
        }
    }

    private void start(String id, RunSpec spec, ContainerOptions options, boolean detach, boolean terminal,
            ShellContext context) {
        String shown = options.name().orElse(id.substring(0, 12));
        if (detach) {
            context.engine().start(id);
            context.out().println(id);
            context.out().flush();
            EarlyExit.watch(id, shown, spec.image(), context);
            return;
        }
        if (terminal) {
            // the session itself says how it ended; a detached container keeps running, --rm or not
            OptionalInt code = interactive.attachAndStart(id, context);
            if (code.isPresent() && options.remove()) {
                remove(id, context);
            }
            return;
        }
        boolean[] wrongPlatform = {false};
        boolean ended = context.interrupts().run(cancellation -> {
            try {
                context.engine().startAttached(id, line -> {
                    wrongPlatform[0] |= PlatformMismatch.mentionedIn(line);
                    context.out().println(line);
                    context.out().flush();
                }, cancellation);
                return true;
            } catch (EngineException e) {
                if (e.fault() == EngineException.Fault.CANCELLED) {
                    return false;
                }
                throw e;
            }
        });
        if (!ended) {
            context.say("docker.run.stillRunning", shown);
            return;
        }
        int code = context.interrupts().run(cancellation -> context.engine().waitFor(id, cancellation));
        if (code != 0) {
            ExitCodes.explain(code, context);
        }
        if (wrongPlatform[0]) {
            PlatformMismatch.explain(spec.image(), context);
        }
        if (options.remove()) {
            remove(id, context);
        }
    }

    private static void remove(String id, ShellContext context) {
        try {
            context.engine().removeContainer(id, true);
        } catch (EngineException e) {
            EngineFaults.report(e, context);
        }
    }

    /** Creates the container; a name already taken is offered for removal, and on yes the create runs again. */
    private static Optional<String> createOfferingName(RunSpec spec, ImageReference image, ShellContext context) {
        try {
            return Optional.of(createPullingIfMissing(spec, image, context));
        } catch (EngineException e) {
            if (e.fault() != EngineException.Fault.NAME_IN_USE || spec.name().isEmpty()) {
                throw e;
            }
        }
        if (!NameConflict.offerRemoval(spec.name().get(), context)) {
            return Optional.empty();
        }
        return Optional.of(createPullingIfMissing(spec, image, context));
    }

    private static String createPullingIfMissing(RunSpec spec, ImageReference image, ShellContext context) {
        try {
            return context.engine().create(spec);
        } catch (EngineException e) {
            if (e.fault() != EngineException.Fault.IMAGE_NOT_FOUND) {
                throw e;
            }
        }
        context.say("docker.run.pulling", image.normalize().familiarName());
        // with its tag spelled out: docker run, unlike docker pull, does not say "Using default tag"
        ImageReference tagged = image.digest().isPresent() ? image
                : new ImageReference(image.domain(), image.path(), Optional.of(image.tagOrLatest()), Optional.empty());
        new PullHandler().pull(tagged, spec.platform(), false, context);
        return context.engine().create(spec);
    }

    private static RunSpec toSpec(ContainerOptions options, boolean detached, ShellContext context) {
        List<PortMapping> ports = new ArrayList<>();
        for (io.github.dockertutor.dockercli.PortMapping mapping : options.publish()) {
            int size = mapping.containerPorts().size();
            for (int i = 0; i < size; i++) {
                int hostPort = mapping.hostPorts().map(range -> range.start()).orElse(0);
                ports.add(new PortMapping(mapping.hostIp().orElse(""), hostPort == 0 ? 0 : hostPort + i,
                        mapping.containerPorts().start() + i, mapping.protocol()));
            }
        }
        List<String> env = new ArrayList<>();
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
        for (Label label : options.labels()) {
            labels.put(label.key(), label.value());
        }
        labels.putAll(context.creationLabels());
        // attached, the tutor removes the container itself after reading its exit code
        boolean autoRemove = options.remove() && detached;
        return new RunSpec(options.image().normalize().familiarName(), options.name(), options.command(), ports, env,
                volumes, labels, autoRemove, options.tty(), options.interactive(), options.workdir(),
                options.entrypoint(), options.user(), options.platform(), options.network());
    }

    /** Relative bind sources ("./www") are read from the workspace, where the learner's files are. */
    private static String volumeSpec(VolumeMapping volume, ShellContext context) {
        if (volume.kind() == VolumeMapping.Kind.BIND && volume.source().isPresent()) {
            String source = volume.source().get();
            if (source.startsWith(".")) {
                Optional<java.nio.file.Path> inside = context.workspace().resolve(source);
                if (inside.isPresent()) {
                    return inside.get() + ":" + volume.target() + (volume.readOnly() ? ":ro" : "");
                }
            }
        }
        return volume.toString();
    }
}
