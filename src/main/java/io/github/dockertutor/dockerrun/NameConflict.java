package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.engine.ContainerSummary;
import java.util.Optional;

/**
 * A container name already in use: says which container has it and offers {@code docker rm -f
 * NAME}; only a yes removes it (the old container may hold work), and then the command runs again.
 */
final class NameConflict {
    private NameConflict() {
    }

    /** True when the learner said yes and the old container is gone, so the command may run again. */
    static boolean offerRemoval(String name, ShellContext context) {
        Optional<ContainerSummary> holder = context.engine().containers(true).stream()
                .filter(container -> container.name().equals(name)).findFirst();
        holder.ifPresent(container -> context.say("fault.name.taken", name, container.id().substring(0, Math.min(12, container.id().length())),
                container.image(), context.messages().get(container.running() ? "fault.name.running" : "fault.name.stopped")));
        if (!context.confirm("fault.name.offer", name)) {
            context.say("fault.name.kept", name);
            return false;
        }
        context.engine().removeContainer(name, true);
        context.say("fault.name.removed", name);
        return true;
    }
}
