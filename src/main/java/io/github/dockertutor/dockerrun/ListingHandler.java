package io.github.dockertutor.dockerrun;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dockertutor.console.EngineFaults;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.ImagesCommand;
import io.github.dockertutor.dockercli.InspectCommand;
import io.github.dockertutor.dockercli.LogsCommand;
import io.github.dockertutor.dockercli.PsCommand;
import io.github.dockertutor.engine.EngineException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The read-only commands: images, ps, inspect, logs, laid out as the docker CLI lays them out. */
final class ListingHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    void images(ImagesCommand command, ShellContext context) {
        var images = context.engine().images().stream()
                .filter(image -> command.repository().isEmpty() || image.repoTags().stream()
                        .anyMatch(tag -> tag.startsWith(command.repository().get() + ":")))
                .toList();
        ImagesTable.print(context.screen(), images, Instant.now(), command.quiet());
    }

    void ps(PsCommand command, ShellContext context) {
        PsTable.print(context.screen(), context.engine().containers(command.all()), Instant.now(), command.quiet());
    }

    void inspect(InspectCommand command, ShellContext context) {
        String type = command.type().map(t -> t.name().toLowerCase(Locale.ROOT)).orElse(null);
        List<JsonNode> found = new ArrayList<>();
        for (String target : command.targets()) {
            try {
                found.add(JSON.readTree(context.engine().inspect(target, type)));
            } catch (EngineException e) {
                if (e.fault() == EngineException.Fault.ENGINE_GONE) {
                    throw e;
                }
                EngineFaults.report(e, context);
            } catch (JsonProcessingException e) {
                context.log().record("inspect " + target, e);
            }
        }
        new InspectView(context.screen()).show(found);
    }

    void logs(LogsCommand command, ShellContext context) {
        Integer tail = command.tail().isPresent() ? command.tail().getAsInt() : null;
        context.interrupts().runVoid(cancellation -> context.engine().logs(command.container(), command.follow(), tail,
                line -> {
                    context.screen().println(line);
                    context.screen().flush();
                }, cancellation));
    }
}
