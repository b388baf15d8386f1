package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.EngineFaults;
import io.github.dockertutor.console.InteractiveRunner;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.DockerCommand;
import io.github.dockertutor.dockercli.ImageReference;
import io.github.dockertutor.dockercli.RestartCommand;
import io.github.dockertutor.dockercli.RmCommand;
import io.github.dockertutor.dockercli.RmiCommand;
import io.github.dockertutor.dockercli.StartCommand;
import io.github.dockertutor.dockercli.StopCommand;
import io.github.dockertutor.dockercli.TagCommand;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.ForegroundEnd;
import java.util.List;
import java.util.function.Consumer;

/**
 * stop, start, restart, rm, rmi, tag. Like the docker CLI, each name is handled on its own: one
 * that fails is reported and the others still go, and each success prints the name it acted on
 * (rmi, docker's Untagged and Deleted lines). {@code start -a} follows the container's output.
 */
final class LifecycleHandler {
    private final InteractiveRunner interactive;

    LifecycleHandler(InteractiveRunner interactive) {
        this.interactive = interactive;
    }

    void handle(DockerCommand command, ShellContext context) {
        if (command instanceof StopCommand stop) {
            each(stop.containers(), name -> context.interrupts().runVoid(
                    c -> context.engine().stop(name, stop.timeoutSeconds().isPresent()
                            ? stop.timeoutSeconds().getAsInt() : null)), context);
        } else if (command instanceof StartCommand start) {
            if (start.attach() || start.interactive()) {
                startAttached(start, context);
            } else {
                each(start.containers(), name -> context.engine().start(name), context);
            }
        } else if (command instanceof RestartCommand restart) {
            each(restart.containers(), name -> context.engine().restart(name, restart.timeoutSeconds().isPresent()
                    ? restart.timeoutSeconds().getAsInt() : null), context);
        } else if (command instanceof RmCommand rm) {
            each(rm.containers(), name -> context.engine().removeContainer(name, rm.force(), rm.volumes()), context);
        } else if (command instanceof RmiCommand rmi) {
            for (String name : rmi.images()) {
                try {
                    for (String line : context.engine().removeImageReporting(name, rmi.force(), rmi.noPrune())) {
                        context.out().println(line);
                    }
                    context.out().flush();
                } catch (EngineException e) {
                    EngineFaults.report(e, context);
                }
            }
        } else if (command instanceof TagCommand tag) {
            ImageReference target = tag.target().normalize();
            context.engine().tag(tag.source().normalize().familiarName(), target.familiarRepository(), target.tagOrLatest());
        }
    }

    /**
     * {@code docker start -a [-i] NAME}: a container with a terminal gets the learner's, as
     * {@code run -it} does; any other one is followed until it ends, with Ctrl-C passed on to it.
     */
    private void startAttached(StartCommand start, ShellContext context) {
        if (start.containers().size() > 1) {
            context.say("docker.start.attachOne");
            return;
        }
        String name = start.containers().get(0);
        boolean tty = Inspected.container(name, context).path("Config").path("Tty").asBoolean();
        if (start.interactive() && tty) {
            if (!interactive.available()) {
                context.say("docker.run.needsTerminal");
                return;
            }
            interactive.attachAndStart(name, context);
            return;
        }
        ForegroundEnd end = context.interrupts().run(cancellation -> context.engine().startForwardingInterrupt(name,
                line -> {
                    context.out().println(line);
                    context.out().flush();
                }, cancellation, true, RunHandler.INTERRUPT_GRACE));
        if (end.stillRunning()) {
            context.say(end.interrupted() ? "docker.run.ignoredInterrupt" : "docker.run.stillRunning", name);
        }
    }

    /**
     * Does one thing to each named container as docker does: the name printed when it is done, a
     * failure reported and the next name tried (also for kill and pause).
     */
    static void each(List<String> names, Consumer<String> action, ShellContext context) {
        for (String name : names) {
            try {
                action.accept(name);
                context.out().println(name);
                context.out().flush();
            } catch (EngineException e) {
                EngineFaults.report(e, context);
            }
        }
    }
}
