package io.github.dockertutor.dockerrun;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dockertutor.console.EngineFaults;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.DockerTime;
import io.github.dockertutor.dockercli.ImagesCommand;
import io.github.dockertutor.dockercli.InspectCommand;
import io.github.dockertutor.dockercli.ListFilter;
import io.github.dockertutor.dockercli.LogsCommand;
import io.github.dockertutor.dockercli.OutputFormat;
import io.github.dockertutor.dockercli.PsCommand;
import io.github.dockertutor.engine.ContainerQuery;
import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.ImageSummary;
import io.github.dockertutor.engine.LogQuery;
import io.github.dockertutor.gotemplate.TemplateException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The read-only commands: images, ps, inspect, logs, laid out as the docker CLI lays them out, or as --format asks. */
final class ListingHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    void images(ImagesCommand command, ShellContext context) {
        Map<String, List<String>> filters = ListFilter.asMap(command.filters());
        // docker images NAME lists that repository's rows only, not the other names the same image has
        List<ImageSummary> images = context.engine().images(command.all(), filters).stream()
                .map(image -> command.repository().isEmpty() ? image : namedOnly(image, command.repository().get()))
                .filter(image -> image != null)
                .toList();
        Instant now = Instant.now();
        if (command.quiet()) {
            List<String> ids = command.noTrunc() ? images.stream().map(ImageSummary::id).toList()
                    : ImagesTable.quiet(images);
            ids.forEach(context.screen()::println);
            context.screen().flush();
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ImageSummary image : images) {
            rows.addAll(ListingRows.image(image, now, command.noTrunc()));
        }
        FormatView.print(command.format(), rows, ListingRows.IMAGE_HEADERS,
                () -> ImagesTable.lines(images, now, command.digests(), command.noTrunc()), context);
    }

    /** docker images NAME lists the tags of that repository; NAME:TAG that one tag: the image with those names only, or null. */
    private static ImageSummary namedOnly(ImageSummary image, String reference) {
        boolean tagged = reference.lastIndexOf(':') > reference.lastIndexOf('/');
        List<String> names = image.repoTags().stream().filter(tag -> tagged ? tag.equals(reference)
                : tag.startsWith(reference + ":")).toList();
        return names.isEmpty() ? null : new ImageSummary(image.id(), names, image.created(), image.size(), image.labels(),
                image.repoDigests(), image.containers(), image.parentId());
    }

    void ps(PsCommand command, ShellContext context) {
        int limit = command.latest() ? 1 : command.last().orElse(0);
        List<ContainerSummary> containers = context.engine().containers(new ContainerQuery(command.all(),
                command.size(), Math.max(0, limit), ListFilter.asMap(command.filters())));
        Instant now = Instant.now();
        if (command.quiet()) {
            containers.stream().map(c -> command.noTrunc() ? c.id() : io.github.dockertutor.engine.DockerIds.shortId(c.id()))
                    .forEach(context.screen()::println);
            context.screen().flush();
            return;
        }
        List<Map<String, Object>> rows = containers.stream()
                .map(container -> ListingRows.container(container, now, command.noTrunc())).toList();
        FormatView.print(command.format(), rows, ListingRows.CONTAINER_HEADERS,
                () -> PsTable.lines(containers, now, command.size(), command.noTrunc()), context);
    }

    void inspect(InspectCommand command, ShellContext context) {
        String type = command.type().map(t -> t.name().toLowerCase(Locale.ROOT)).orElse(null);
        List<JsonNode> found = new ArrayList<>();
        List<String> formatted = new ArrayList<>();
        for (String target : command.targets()) {
            try {
                JsonNode node = JSON.readTree(context.engine().inspect(target, type, command.size()));
                if (command.format().isPresent() && command.format().get().kind() == OutputFormat.Kind.TEMPLATE) {
                    formatted.addAll(List.of(command.format().get().template().orElseThrow()
                            .execute(JSON.convertValue(node, Object.class)).split("\n", -1)));
                } else if (command.format().isPresent()) {
                    formatted.add(node.toString());
                } else {
                    found.add(node);
                }
            } catch (EngineException e) {
                if (e.fault() == EngineException.Fault.ENGINE_GONE) {
                    throw e;
                }
                EngineFaults.report(e, context);
            } catch (TemplateException e) {
                context.say("docker.format.failed", e.detail());
                return;
            } catch (JsonProcessingException e) {
                context.log().record("inspect " + target, e);
            }
        }
        if (command.format().isPresent()) {
            formatted.forEach(context.screen()::println);
            context.screen().flush();
        } else if (!found.isEmpty() || command.targets().size() > 0) {
            new InspectView(context.screen()).show(found);
        }
    }

    void logs(LogsCommand command, ShellContext context) {
        Integer tail = command.tail().isPresent() ? command.tail().getAsInt() : null;
        Instant now = Instant.now();
        LogQuery query = new LogQuery(command.container(), command.follow(), tail, command.timestamps(),
                command.since().map(time -> time.at(now).getEpochSecond()),
                command.until().map(time -> time.at(now).getEpochSecond()));
        context.interrupts().runVoid(cancellation -> context.engine().logs(query, line -> {
            context.screen().println(line);
            context.screen().flush();
        }, cancellation));
    }

    static long seconds(DockerTime time, Instant now) {
        return time.at(now).getEpochSecond();
    }
}
