package io.github.dockertutor.shell;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.CommandSpec;
import io.github.dockertutor.dockercli.DockerCommandCatalog;
import io.github.dockertutor.dockercli.FlagSpec;
import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.engine.ImageSummary;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.session.StepFlow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: the tutor's commands and {@code docker}; docker's subcommands and their flags
 * (from the same specs the parser uses); lesson numbers; local image names and container names,
 * asked of the engine (at most every two seconds, and never while it is away); workspace files.
 */
final class TutorCompleter implements Completer {
    private static final long ENGINE_CACHE_MILLIS = 2000;
    private static final Set<String> CONTAINER_COMMANDS = Set.of("rm", "stop", "start", "restart", "logs", "exec",
            "inspect");
    private static final Set<String> IMAGE_COMMANDS = Set.of("run", "create", "rmi", "tag", "pull", "inspect");

    private final ShellContext context;
    private final StepFlow flow;
    private long cachedAt;
    private List<String> images = List.of();
    private List<String> containers = List.of();

    TutorCompleter(ShellContext context, StepFlow flow) {
        this.context = context;
        this.flow = flow;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words().subList(0, line.wordIndex());
        String current = line.word();
        for (String text : suggestions(words, current)) {
            candidates.add(new Candidate(text, text, null, null, null, null, !text.endsWith("/")));
        }
    }

    /** What may come next after the words already typed; the reader filters by what is being typed. */
    List<String> suggestions(List<String> before, String current) {
        if (before.isEmpty()) {
            List<String> names = new ArrayList<>();
            names.add("docker");
            context.commands().all().forEach(command -> names.add(command.name()));
            return names;
        }
        String first = before.get(0);
        if (first.equals("docker")) {
            return dockerSuggestions(before.subList(1, before.size()), current);
        }
        switch (first) {
            case "start":
                return flow.tutor().course().lessons().stream().map(Lesson::number).map(String::valueOf).toList();
            case "lang":
                return List.of("en", "zh-TW");
            case "help":
                return context.commands().all().stream().map(ShellCommand::name).toList();
            case "edit":
            case "cat":
            case "ls":
                return workspaceFiles(current);
            case "answer":
                return List.of("a", "b", "c", "d");
            default:
                return List.of();
        }
    }

    private List<String> dockerSuggestions(List<String> args, String current) {
        if (args.isEmpty()) {
            List<String> names = new ArrayList<>(DockerCommandCatalog.commands().keySet());
            names.addAll(DockerCommandCatalog.groups());
            return names;
        }
        List<String> path = DockerCommandCatalog.groups().contains(args.get(0)) && args.size() >= 2
                ? args.subList(0, 2) : args.subList(0, 1);
        if (DockerCommandCatalog.groups().contains(args.get(0)) && args.size() == 1) {
            return new ArrayList<>(DockerCommandCatalog.group(args.get(0)).keySet());
        }
        Optional<CommandSpec> spec = DockerCommandCatalog.find(path);
        if (spec.isEmpty()) {
            return List.of();
        }
        String previous = args.get(args.size() - 1);
        if (previous.equals("-f") || previous.equals("--file")) {
            return workspaceFiles(current);
        }
        if (current.startsWith("-")) {
            List<String> flags = new ArrayList<>();
            for (FlagSpec flag : spec.get().flags()) {
                flags.addAll(flag.spellings());
            }
            return flags;
        }
        String name = spec.get().name();
        List<String> names = new ArrayList<>();
        if (CONTAINER_COMMANDS.contains(name)) {
            names.addAll(containerNames());
        }
        if (IMAGE_COMMANDS.contains(name)) {
            names.addAll(imageNames());
        }
        if (name.equals("build")) {
            names.add(".");
        }
        return names;
    }

    private synchronized void refreshEngineNames() {
        long now = System.currentTimeMillis();
        if (now - cachedAt < ENGINE_CACHE_MILLIS) {
            return;
        }
        cachedAt = now;
        if (context.engineSession().current().isEmpty()) {
            images = List.of();
            containers = List.of();
            return;
        }
        try {
            Set<String> tags = new TreeSet<>();
            for (ImageSummary image : context.engine().images()) {
                tags.addAll(image.repoTags());
            }
            images = List.copyOf(tags);
            Set<String> names = new TreeSet<>();
            for (ContainerSummary container : context.engine().containers(true)) {
                names.add(container.name());
                names.add(container.id().substring(0, Math.min(12, container.id().length())));
            }
            containers = List.copyOf(names);
        } catch (EngineException e) {
            images = List.of();
            containers = List.of();
        }
    }

    private List<String> imageNames() {
        refreshEngineNames();
        return images;
    }

    private List<String> containerNames() {
        refreshEngineNames();
        return containers;
    }

    private List<String> workspaceFiles(String current) {
        String folder = current.contains("/") ? current.substring(0, current.lastIndexOf('/') + 1) : "";
        Optional<Path> dir = context.workspace().resolve(folder.isEmpty() ? "." : folder);
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            return List.of();
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir.get())) {
            entries.sorted().forEach(entry -> files.add(folder + entry.getFileName()
                    + (Files.isDirectory(entry) ? "/" : "")));
        } catch (IOException e) {
            return List.of();
        }
        return files;
    }
}
