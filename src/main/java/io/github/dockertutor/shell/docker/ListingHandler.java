package io.github.dockertutor.shell.docker;

import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.ImageSummary;
import io.github.dockertutor.shell.ShellContext;
import io.github.dockertutor.shell.parse.ImagesCommand;
import io.github.dockertutor.shell.parse.InspectCommand;
import io.github.dockertutor.shell.parse.LogsCommand;
import io.github.dockertutor.shell.parse.PsCommand;
import java.util.List;

/** The read-only commands: images, ps, inspect, logs. */
final class ListingHandler {

    void images(ImagesCommand command, ShellContext context) {
        List<ImageSummary> images = context.engine().images();
        for (ImageSummary image : images) {
            if (command.quiet()) {
                context.out().println(image.id().replace("sha256:", "").substring(0, 12));
            } else {
                for (String tag : image.repoTags().isEmpty() ? List.of("<none>:<none>") : image.repoTags()) {
                    context.out().println(tag + "  " + image.id().replace("sha256:", "").substring(0, 12) + "  "
                            + Sizes.human(image.size()));
                }
            }
        }
        context.out().flush();
    }

    void ps(PsCommand command, ShellContext context) {
        for (ContainerSummary container : context.engine().containers(command.all())) {
            context.out().println(command.quiet() ? container.id().substring(0, 12)
                    : container.id().substring(0, 12) + "  " + container.image() + "  " + container.status() + "  "
                            + container.name());
        }
        context.out().flush();
    }

    void inspect(InspectCommand command, ShellContext context) {
        String type = command.type().map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).orElse(null);
        StringBuilder json = new StringBuilder("[");
        for (String target : command.targets()) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(context.engine().inspect(target, type));
        }
        json.append(']');
        context.out().println(json);
        context.out().flush();
    }

    void logs(LogsCommand command, ShellContext context) {
        Integer tail = command.tail().isPresent() ? command.tail().getAsInt() : null;
        context.interrupts().runVoid(cancellation -> context.engine().logs(command.container(), command.follow(), tail,
                line -> {
                    context.out().println(line);
                    context.out().flush();
                }, cancellation));
    }
}
