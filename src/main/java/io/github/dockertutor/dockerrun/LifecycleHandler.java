package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.EngineFaults;
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
import java.util.List;
import java.util.function.Consumer;

/**
 * stop, start, restart, rm, rmi, tag. Like the docker CLI, each name is handled on its own: one
 * that fails is reported and the others still go, and each success prints the name it acted on.
 */
final class LifecycleHandler {

    void handle(DockerCommand command, ShellContext context) {
        if (command instanceof StopCommand stop) {
            each(stop.containers(), name -> context.interrupts().runVoid(
                    c -> context.engine().stop(name, stop.timeoutSeconds().isPresent()
                            ? stop.timeoutSeconds().getAsInt() : null)), context);
        } else if (command instanceof StartCommand start) {
            each(start.containers(), name -> context.engine().start(name), context);
        } else if (command instanceof RestartCommand restart) {
            each(restart.containers(), name -> context.engine().restart(name, restart.timeoutSeconds().isPresent()
                    ? restart.timeoutSeconds().getAsInt() : null), context);
        } else if (command instanceof RmCommand rm) {
            each(rm.containers(), name -> context.engine().removeContainer(name, rm.force()), context);
        } else if (command instanceof RmiCommand rmi) {
            each(rmi.images(), name -> {
                context.engine().removeImage(name, rmi.force());
                context.out().print("Untagged: ");
            }, context);
        } else if (command instanceof TagCommand tag) {
            ImageReference target = tag.target().normalize();
            context.engine().tag(tag.source().normalize().familiarName(), target.familiarRepository(), target.tagOrLatest());
        }
    }

    private static void each(List<String> names, Consumer<String> action, ShellContext context) {
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
