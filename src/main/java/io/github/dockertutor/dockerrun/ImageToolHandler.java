package io.github.dockertutor.dockerrun;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dockertutor.console.EngineFaults;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.ImageReference;
import io.github.dockertutor.dockercli.ImageToolCommand;
import io.github.dockertutor.engine.DockerConfig;
import io.github.dockertutor.engine.DockerIds;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.ImageSummary;
import io.github.dockertutor.render.Columns;
import io.github.dockertutor.tui.ColumnTable;
import io.github.dockertutor.tui.HumanUnits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * history, save, load, push, login and logout. Files are read and written in the workspace; a
 * login is checked with the registry through the engine and kept where docker keeps it, so a push
 * from the tutor and one from a terminal use the same.
 */
final class ImageToolHandler {
    private static final Map<String, String> HISTORY_HEADERS = new LinkedHashMap<>();

    static {
        HISTORY_HEADERS.put("ID", "IMAGE");
        HISTORY_HEADERS.put("CreatedSince", "CREATED");
        HISTORY_HEADERS.put("CreatedAt", "CREATED AT");
        HISTORY_HEADERS.put("CreatedBy", "CREATED BY");
        HISTORY_HEADERS.put("Size", "SIZE");
        HISTORY_HEADERS.put("Comment", "COMMENT");
    }

    void handle(ImageToolCommand command, ShellContext context) {
        if (command instanceof ImageToolCommand.History history) {
            history(history, context);
        } else if (command instanceof ImageToolCommand.Save save) {
            save(save, context);
        } else if (command instanceof ImageToolCommand.Load load) {
            load(load, context);
        } else if (command instanceof ImageToolCommand.Push push) {
            push(push, context);
        } else if (command instanceof ImageToolCommand.Login login) {
            login(login, context);
        } else if (command instanceof ImageToolCommand.Logout logout) {
            logout(logout, context);
        }
    }

    private static void history(ImageToolCommand.History history, ShellContext context) {
        JsonNode layers = Inspected.read(context.engine().history(history.image()));
        Instant now = Instant.now();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode layer : layers) {
            String id = layer.path("Id").asText();
            long created = layer.path("Created").asLong();
            String createdBy = layer.path("CreatedBy").asText().replace('\t', ' ');
            long size = layer.path("Size").asLong();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ID", id.startsWith("sha256:") && !history.noTrunc() ? DockerIds.shortId(id) : id);
            row.put("CreatedSince", history.human() ? HumanUnits.ago(created, now)
                    : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.ofEpochSecond(created).atOffset(ZoneOffset.UTC)));
            row.put("CreatedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    Instant.ofEpochSecond(created).atOffset(ZoneOffset.UTC)));
            row.put("CreatedBy", history.noTrunc() ? createdBy : Columns.ellipsize(createdBy, 45));
            row.put("Size", history.human() ? HumanUnits.size(size) : Long.toString(size));
            row.put("Comment", layer.path("Comment").asText());
            rows.add(row);
        }
        if (history.quiet()) {
            rows.forEach(row -> context.screen().println(String.valueOf(row.get("ID"))));
            context.screen().flush();
            return;
        }
        FormatView.print(history.format(), rows, HISTORY_HEADERS, () -> {
            ColumnTable table = ColumnTable.dockerStyle().row("IMAGE", "CREATED", "CREATED BY", "SIZE", "COMMENT");
            rows.forEach(row -> table.row(String.valueOf(row.get("ID")), String.valueOf(row.get("CreatedSince")),
                    String.valueOf(row.get("CreatedBy")), String.valueOf(row.get("Size")),
                    String.valueOf(row.get("Comment"))));
            return table.lines();
        }, context);
    }

    private static void save(ImageToolCommand.Save save, ShellContext context) {
        if (save.output().isEmpty()) {
            // docker's own refusal when its output is a terminal
            context.say("docker.save.needsOutput");
            return;
        }
        Optional<Path> file = context.workspace().resolve(save.output().get());
        if (file.isEmpty()) {
            context.say("docker.file.outsideWorkspace", save.output().get(), context.workspace().root());
            return;
        }
        List<String> references = save.images().stream().map(ImageToolHandler::named).toList();
        Path partial = file.get().resolveSibling(file.get().getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            context.engine().saveImages(references, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (EngineException e) {
            deleteQuietly(partial);
            throw e;
        }
        try {
            Files.move(partial, file.get(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image named as docker save takes it: a name gets its tag spelled out, an id stays as it is. */
    private static String named(String typed) {
        return ImageReference.read(typed).filter(reference -> !typed.matches("[0-9a-f]{12,64}|sha256:[0-9a-f]{64}"))
                .map(reference -> reference.normalize().familiarRepository() + ":" + reference.tagOrLatest())
                .orElse(typed);
    }

    private static void load(ImageToolCommand.Load load, ShellContext context) {
        if (load.input().isEmpty()) {
            context.say("docker.load.needsInput");
            return;
        }
        Optional<Path> file = context.workspace().resolve(load.input().get());
        if (file.isEmpty()) {
            context.say("docker.file.outsideWorkspace", load.input().get(), context.workspace().root());
            return;
        }
        if (!Files.isRegularFile(file.get())) {
            context.say("docker.file.missing", load.input().get());
            return;
        }
        List<String> lines;
        try (InputStream in = Files.newInputStream(file.get())) {
            lines = context.engine().loadImagesReporting(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines.forEach(context.out()::println);
        context.out().flush();
    }

    private static void push(ImageToolCommand.Push push, ShellContext context) {
        ImageReference image = push.image().normalize();
        String repository = image.familiarRepository();
        List<String> tags = new ArrayList<>();
        if (push.allTags()) {
            for (ImageSummary summary : context.engine().images()) {
                for (String repoTag : summary.repoTags()) {
                    ImageReference.normalized(repoTag).filter(tagged -> tagged.sameRepository(image))
                            .ifPresent(tagged -> tags.add(tagged.tagOrLatest()));
                }
            }
            if (tags.isEmpty()) {
                context.say("docker.push.noTags", repository);
                return;
            }
        } else {
            tags.add(image.tagOrLatest());
        }
        Optional<String> auth = config(context).auth(DockerConfig.serverFor(image.domain()));
        for (String tag : tags) {
            context.interrupts().runVoid(cancellation -> context.engine().push(repository, tag, auth, line -> {
                if (!push.quiet()) {
                    context.screen().println(line);
                    context.screen().flush();
                }
            }, cancellation));
        }
        if (push.quiet()) {
            context.screen().println(image.fullName());
            context.screen().flush();
        }
    }

    private static void login(ImageToolCommand.Login login, ShellContext context) {
        if (login.password().isEmpty() || login.username().isEmpty()) {
            // a password typed here would show on the screen; docker's own prompt hides it
            context.say("docker.login.needsTerminal");
            return;
        }
        String server = login.server().map(ImageToolHandler::serverOf).orElse(DockerConfig.DOCKER_HUB);
        context.engine().login(server, login.username().get(), login.password().get());
        DockerConfig config = config(context);
        Optional<String> helper = config.credentialHelper();
        if (helper.isPresent()) {
            context.say("docker.login.helper", server, helper.get());
            return;
        }
        try {
            config.store(server, login.username().get(), login.password().get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.say("docker.login.insecure");
        context.out().println("Login Succeeded");
        context.out().flush();
    }

    private static void logout(ImageToolCommand.Logout logout, ShellContext context) {
        String server = logout.server().map(ImageToolHandler::serverOf).orElse(DockerConfig.DOCKER_HUB);
        try {
            if (config(context).remove(server)) {
                context.out().println("Removing login credentials for " + server);
            } else {
                context.out().println("Not logged in to " + server);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.out().flush();
    }

    /** A server as typed ({@code https://localhost:5000/}, {@code docker.io}) as docker keys it. */
    private static String serverOf(String typed) {
        String host = typed.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
        return DockerConfig.serverFor(host);
    }

    private static DockerConfig config(ShellContext context) {
        return new DockerConfig(DockerConfig.directory(context.environment().variables(), context.environment().home()));
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover part file is harmless; the learner's file was not touched
        }
    }

    static void report(EngineException e, ShellContext context) {
        EngineFaults.report(e, context);
    }
}
