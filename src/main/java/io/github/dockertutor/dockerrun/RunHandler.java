package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.EngineFaults;
import io.github.dockertutor.console.InteractiveRunner;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.ContainerOptions;
import io.github.dockertutor.dockercli.ImageReference;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.ForegroundEnd;
import io.github.dockertutor.engine.RunSpec;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code docker run} (and {@code docker create}): creates the container with the tutor's label,
 * pulls the image first when it is not there (as the CLI does; {@code --pull} says otherwise), then
 * runs it detached, attached until it ends (Ctrl-C goes to the container, as docker's CLI sends
 * it), or with the learner's terminal for {@code -it}.
 */
final class RunHandler {
    /** How long a container may take to end after Ctrl-C before the tutor stops watching it. */
    static final Duration INTERRUPT_GRACE = Duration.ofSeconds(3);
    private static final int LAST_LINES = 10;

    private final InteractiveRunner interactive;

    RunHandler(InteractiveRunner interactive) {
        this.interactive = interactive;
    }

    void run(ContainerOptions options, boolean detach, boolean start, boolean sigProxy, ShellContext context) {
        boolean terminal = options.interactive() && options.tty();
        if (start && !detach && terminal && !interactive.available()) {
            context.say("docker.run.needsTerminal");
            return;
        }
        if (!new RunSafety(context).allows(options)) {
            return;
        }
        // the engine removes an --rm container itself, except one the tutor runs attached (it reads its exit code first)
        Optional<RunSpec> made = RunSpecs.of(options, detach || !start, context);
        if (made.isEmpty()) {
            return;
        }
        RunSpec spec = made.get();
        if (options.pull().filter("always"::equals).isPresent()) {
            pull(options, spec, context);
        }
        Optional<String> created = createOfferingName(spec, options, context);
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
            start(id, spec, options, detach, terminal, sigProxy, context);
        } catch (EngineException e) {
            boolean passOn = e.fault() == EngineException.Fault.ENGINE_GONE
                    || e.fault() == EngineException.Fault.CANCELLED;
            boolean explained = !passOn && RunFailures.explain(e, id, spec, !options.remove(), context);
            // --rm: a container that could not start is removed, as docker removes it (after a
            // Ctrl-C too); an engine that does not answer could not remove it either
            if (options.remove() && e.fault() != EngineException.Fault.ENGINE_GONE) {
                removeQuietly(id, context);
            }
            if (!explained) {
                throw e;
            }
        }
    }

    private void start(String id, RunSpec spec, ContainerOptions options, boolean detach, boolean terminal,
            boolean sigProxy, ShellContext context) {
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
        Deque<String> last = new ArrayDeque<>();
        ForegroundEnd end = context.interrupts().run(cancellation -> context.engine().startForwardingInterrupt(id,
                line -> {
                    wrongPlatform[0] |= PlatformMismatch.mentionedIn(line);
                    synchronized (last) {
                        last.addLast(line);
                        if (last.size() > LAST_LINES) {
                            last.removeFirst();
                        }
                    }
                    context.out().println(line);
                    context.out().flush();
                }, cancellation, sigProxy, INTERRUPT_GRACE));
        if (end.stillRunning()) {
            context.say(end.interrupted() && sigProxy ? "docker.run.ignoredInterrupt" : "docker.run.stillRunning",
                    shown);
            return;
        }
        int code = context.interrupts().run(cancellation -> context.engine().waitFor(id, cancellation));
        if (code != 0) {
            List<String> output;
            synchronized (last) {
                output = new ArrayList<>(last);
            }
            ExitCodes.explain(code, output, context);
        }
        if (wrongPlatform[0]) {
            PlatformMismatch.explain(spec.image(), context);
        }
        if (options.remove()) {
            remove(id, context);
        }
    }

    private static void removeQuietly(String id, ShellContext context) {
        try {
            context.engine().removeContainer(id, true, true);
        } catch (EngineException e) {
            context.log().record("removing a --rm container that did not start", e);
        }
    }

    /** --rm: the container goes with its anonymous volumes, as docker's automatic removal takes them. */
    private static void remove(String id, ShellContext context) {
        try {
            context.engine().removeContainer(id, true, true);
        } catch (EngineException e) {
            EngineFaults.report(e, context);
        }
    }

    /** Creates the container; a name already taken is offered for removal, and on yes the create runs again. */
    private static Optional<String> createOfferingName(RunSpec spec, ContainerOptions options, ShellContext context) {
        try {
            return Optional.of(createPullingIfMissing(spec, options, context));
        } catch (EngineException e) {
            if (e.fault() != EngineException.Fault.NAME_IN_USE || spec.name().isEmpty()) {
                throw e;
            }
        }
        if (!NameConflict.offerRemoval(spec.name().get(), context)) {
            return Optional.empty();
        }
        return Optional.of(createPullingIfMissing(spec, options, context));
    }

    private static String createPullingIfMissing(RunSpec spec, ContainerOptions options, ShellContext context) {
        try {
            return context.engine().create(spec);
        } catch (EngineException e) {
            // --pull never: docker reports the missing image and pulls nothing
            if (e.fault() != EngineException.Fault.IMAGE_NOT_FOUND
                    || options.pull().filter("never"::equals).isPresent()) {
                throw e;
            }
        }
        if (!options.quiet()) {
            context.say("docker.run.pulling", options.image().normalize().familiarName());
        }
        pull(options, spec, context);
        return context.engine().create(spec);
    }

    private static void pull(ContainerOptions options, RunSpec spec, ShellContext context) {
        ImageReference image = options.image();
        // with its tag spelled out: docker run, unlike docker pull, does not say "Using default tag"
        ImageReference tagged = image.digest().isPresent() ? image
                : new ImageReference(image.domain(), image.path(), Optional.of(image.tagOrLatest()), Optional.empty());
        if (options.quiet()) {
            new PullHandler().silently(tagged, spec.platform(), context);
        } else {
            new PullHandler().pull(tagged, spec.platform(), false, context);
        }
    }
}
