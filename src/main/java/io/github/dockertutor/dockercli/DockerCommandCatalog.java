package io.github.dockertutor.dockercli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which docker subcommands exist and what the tutor does with each: the ones it runs (with their
 * specs, under every name docker accepts), and the real ones it leaves to a real terminal.
 * Help and completion list commands from here.
 */
public final class DockerCommandCatalog {
    /** {@code --help}, which every command accepts but no spec lists, for completers and help footers. */
    public static final FlagSpec HELP = FlagSpec.bool("help", (char) 0, "docker.flag.help");

    private static final Map<String, CommandSpec> TOP_LEVEL = ordered(
            "run", ContainerCommandSpecs.RUN,
            "exec", ContainerCommandSpecs.EXEC,
            "ps", ContainerCommandSpecs.PS,
            "build", ImageCommandSpecs.BUILD,
            "pull", ImageCommandSpecs.PULL,
            "images", ImageCommandSpecs.IMAGES,
            "create", ContainerCommandSpecs.CREATE,
            "inspect", ImageCommandSpecs.INSPECT,
            "logs", ContainerCommandSpecs.LOGS,
            "restart", ContainerCommandSpecs.RESTART,
            "rm", ContainerCommandSpecs.RM,
            "rmi", ImageCommandSpecs.RMI,
            "start", ContainerCommandSpecs.START,
            "stop", ContainerCommandSpecs.STOP,
            "tag", ImageCommandSpecs.TAG);

    private static final Map<String, CommandSpec> IMAGE_GROUP = ordered(
            "build", ImageCommandSpecs.BUILD,
            "inspect", ImageCommandSpecs.IMAGE_INSPECT,
            "ls", ImageCommandSpecs.IMAGES,
            "list", ImageCommandSpecs.IMAGES,
            "prune", ImageCommandSpecs.IMAGE_PRUNE,
            "pull", ImageCommandSpecs.PULL,
            "rm", ImageCommandSpecs.RMI,
            "remove", ImageCommandSpecs.RMI,
            "tag", ImageCommandSpecs.TAG);

    private static final Map<String, CommandSpec> CONTAINER_GROUP = ordered(
            "create", ContainerCommandSpecs.CREATE,
            "exec", ContainerCommandSpecs.EXEC,
            "inspect", ImageCommandSpecs.CONTAINER_INSPECT,
            "logs", ContainerCommandSpecs.LOGS,
            "ls", ContainerCommandSpecs.PS,
            "list", ContainerCommandSpecs.PS,
            "ps", ContainerCommandSpecs.PS,
            "restart", ContainerCommandSpecs.RESTART,
            "rm", ContainerCommandSpecs.RM,
            "remove", ContainerCommandSpecs.RM,
            "run", ContainerCommandSpecs.RUN,
            "start", ContainerCommandSpecs.START,
            "stop", ContainerCommandSpecs.STOP);

    private static final Map<String, Map<String, CommandSpec>> GROUPS = ordered(
            "container", CONTAINER_GROUP, "image", IMAGE_GROUP);

    /** Real docker commands the tutor leaves to a real terminal. */
    private static final Set<String> NOT_RUN_TOP_LEVEL = Set.of(
            "attach", "bake", "builder", "buildx", "checkpoint", "commit", "compose", "config", "context", "cp",
            "debug", "diff", "events", "export", "history", "import", "info", "init", "kill", "load", "login",
            "logout", "manifest", "network", "node", "pause", "plugin", "port", "push", "rename", "save", "sbom",
            "scout", "search", "secret", "service", "stack", "stats", "swarm", "system", "top", "trust", "unpause",
            "update", "version", "volume", "wait");

    private static final Map<String, Set<String>> NOT_RUN_IN_GROUP = Map.of(
            "image", Set.of("history", "import", "load", "push", "save"),
            "container", Set.of("attach", "commit", "cp", "diff", "export", "kill", "pause", "port", "prune",
                    "rename", "stats", "top", "unpause", "update", "wait"));

    private DockerCommandCatalog() {
    }

    /** The top-level subcommands the tutor runs, by name, in the order docker's help lists them. */
    public static Map<String, CommandSpec> commands() {
        return TOP_LEVEL;
    }

    /** The management groups the tutor knows: {@code container} and {@code image}. */
    public static Set<String> groups() {
        return GROUPS.keySet();
    }

    /** A group's subcommands by every name docker accepts ({@code ls} and {@code list}); empty for an unknown group. */
    public static Map<String, CommandSpec> group(String name) {
        return GROUPS.getOrDefault(name, Map.of());
    }

    /** The one-line description of {@code docker} itself ({@code ""}) or of a group ({@code image}, {@code container}). */
    public static String groupDescriptionKey(String group) {
        return group.isEmpty() ? "docker.cmd.docker" : "docker.cmd." + group;
    }

    /** The spec behind a command path such as {@code [run]} or {@code [image, ls]}. */
    public static Optional<CommandSpec> find(List<String> path) {
        if (path.size() == 1) {
            return Optional.ofNullable(TOP_LEVEL.get(path.get(0)));
        }
        if (path.size() == 2) {
            return Optional.ofNullable(group(path.get(0)).get(path.get(1)));
        }
        return Optional.empty();
    }

    /** Whether docker has this top-level command although the tutor does not run it. */
    public static boolean isNotRunHere(String name) {
        return NOT_RUN_TOP_LEVEL.contains(name);
    }

    static boolean isNotRunHere(String group, String name) {
        return NOT_RUN_IN_GROUP.getOrDefault(group, Set.of()).contains(name);
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... namesAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], (V) namesAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
